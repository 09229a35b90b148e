/**
 * The schema-driven decoder: request XML -> wire values, checked against our schema. Prefixes are only
 * names for namespace URIs (any prefix, default namespaces, redeclarations), xsi:type must name a kind of
 * the declared type, required content must be there, and scalars must be what their XML Schema type says.
 */
import { expect } from 'chai';
import { readEnvelope } from '../../src/soap/envelope';
import { VersionMismatchError, WireFormatError, type WireObject } from '../../src/soap/codec/wire';
import { XmlSyntaxError } from '../../src/soap/xml/parse';

const V = '2023_2';
const SOAP = 'http://schemas.xmlsoap.org/soap/envelope/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const MSGS = `urn:messages_${V}.platform.webservices.netsuite.com`;
const CORE = `urn:core_${V}.platform.webservices.netsuite.com`;
const COMMON = `urn:common_${V}.platform.webservices.netsuite.com`;
const SALES = `urn:sales_${V}.transactions.webservices.netsuite.com`;
const REL = `urn:relationships_${V}.lists.webservices.netsuite.com`;

/** The decoded operation element of a SOAP envelope whose Body is `body` (prefixes: s, xsi, m, c, t, r). */
function decode(body: string, extraNs = ''): WireObject {
  const xml =
    `<s:Envelope xmlns:s="${SOAP}" xmlns:xsi="${XSI}" xmlns:m="${MSGS}" xmlns:c="${CORE}" xmlns:t="${SALES}" xmlns:r="${REL}"${extraNs}>` +
    `<s:Body>${body}</s:Body></s:Envelope>`;
  return readEnvelope(xml, V).decodeBody();
}

const addInvoice = (inner: string, attrs = '') =>
  `<m:add><m:record xsi:type="t:Invoice"${attrs}>${inner}</m:record></m:add>`;
const record = (w: WireObject) => w.record as WireObject;

function refused(f: () => unknown, pattern: RegExp): void {
  expect(f).to.throw(WireFormatError, pattern);
}

describe('decoder (schema-driven)', () => {
  describe('namespaces', () => {
    const expected = {
      record: {
        $type: 'Invoice',
        externalId: 'X-1',
        memo: 'hello',
        entity: { $type: 'RecordRef', internalId: '7' },
      },
    };

    it('reads the same record whatever the prefixes', () => {
      const a = decode(addInvoice('<t:entity internalId="7"/><t:memo>hello</t:memo>', ' externalId="X-1"'));
      const b = readEnvelope(
        `<env:Envelope xmlns:env="${SOAP}"><env:Body><ops:add xmlns:ops="${MSGS}">` +
          `<ops:record xmlns:i="${XSI}" xmlns:inv="${SALES}" i:type="inv:Invoice" externalId="X-1">` +
          '<inv:entity internalId="7"/><inv:memo>hello</inv:memo></ops:record></ops:add></env:Body></env:Envelope>',
        V,
      ).decodeBody();
      expect(a).to.deep.equal(expected);
      expect(b).to.deep.equal(expected);
    });

    it('reads default namespaces (xmlns="…") on the operation and on the record', () => {
      const w = readEnvelope(
        `<Envelope xmlns="${SOAP}"><Body><add xmlns="${MSGS}"><record xmlns:x="${XSI}" xmlns:q="${SALES}" x:type="q:Invoice" externalId="X-1">` +
          `<entity xmlns="${SALES}" internalId="7"/><memo xmlns="${SALES}">hello</memo></record></add></Body></Envelope>`,
        V,
      ).decodeBody();
      expect(w).to.deep.equal(expected);
    });

    it('honours a prefix redeclared on an inner element', () => {
      const w = decode(
        `<m:add xmlns:x="${REL}"><m:record xmlns:x="${SALES}" xsi:type="x:Invoice" externalId="X-1">` +
          '<x:entity internalId="7"/><x:memo>hello</x:memo></m:record></m:add>',
      );
      expect(w).to.deep.equal(expected);
    });

    it('puts each child in the namespace of the schema that declares it (Address fields in platformCommon)', () => {
      const w = decode(
        addInvoice(`<t:billingAddress><co:city>Austin</co:city></t:billingAddress>`),
        ` xmlns:co="${COMMON}"`,
      );
      expect(record(w).billingAddress).to.deep.equal({ $type: 'Address', city: 'Austin' });
      refused(
        () => decode(addInvoice('<t:billingAddress><t:city>Austin</t:city></t:billingAddress>')),
        /no element/,
      );
    });

    it('refuses a field in another namespace than its record declares', () => {
      refused(
        () => decode(addInvoice('<r:memo>hello</r:memo>')),
        /Invoice has no element \{urn:relationships/,
      );
    });

    it('refuses an undeclared prefix', () => {
      refused(() => decode(addInvoice('<zz:memo>hello</zz:memo>')), /Undeclared namespace prefix "zz"/);
    });

    it('refuses a NetSuite namespace of another version anywhere in the request', () => {
      expect(() =>
        decode(
          addInvoice('<t:memo>x</t:memo>'),
          ` xmlns:old="urn:sales_2022_1.transactions.webservices.netsuite.com"`,
        ),
      ).to.throw(VersionMismatchError);
    });
  });

  describe('xsi:type', () => {
    it('resolves the type through the namespace of its prefix', () => {
      const w = decode(
        `<m:add><m:record xsi:type="r:Customer"><r:companyName>A</r:companyName></m:record></m:add>`,
      );
      expect(record(w)).to.deep.equal({ $type: 'Customer', companyName: 'A' });
    });

    it('refuses an abstract slot without xsi:type', () => {
      refused(() => decode('<m:add><m:record><t:memo>x</t:memo></m:record></m:add>'), /abstract type Record/);
    });

    it('refuses a type that is not a kind of the declared type', () => {
      refused(
        () => decode('<m:add><m:record xsi:type="c:RecordRef" internalId="1"/></m:add>'),
        /RecordRef is not a kind of Record/,
      );
    });

    it('refuses a type name looked up in the wrong namespace', () => {
      refused(
        () => decode('<m:add><m:record xsi:type="r:Invoice"/></m:add>'),
        /names a type Billwire does not know/,
      );
    });

    it('refuses an abstract xsi:type', () => {
      refused(() => decode('<m:add><m:record xsi:type="c:Record"/></m:add>'), /abstract/);
    });

    it('reads polymorphic custom fields by their xsi:type', () => {
      const w = decode(
        addInvoice(
          '<t:customFieldList><c:customField xsi:type="c:LongCustomFieldRef" scriptId="custbody_n"><c:value>42</c:value></c:customField></t:customFieldList>',
        ),
      );
      expect(record(w).customFieldList).to.deep.equal({
        customField: [{ $type: 'LongCustomFieldRef', scriptId: 'custbody_n', value: 42 }],
      });
    });
  });

  describe('structure', () => {
    it('refuses an element the type does not have', () => {
      refused(() => decode(addInvoice('<t:colour>red</t:colour>')), /no element .*colour/);
    });

    it('refuses an attribute the type does not have', () => {
      refused(() => decode(addInvoice('<t:entity internalId="7" colour="red"/>')), /no attribute "colour"/);
    });

    it('refuses a missing required element', () => {
      refused(() => decode('<m:add/>'), /required element record is missing/);
      refused(
        () =>
          decode(
            addInvoice(
              '<t:customFieldList><c:customField xsi:type="c:StringCustomFieldRef" scriptId="x"/></t:customFieldList>',
            ),
          ),
        /required element value is missing/,
      );
    });

    it('refuses a single element sent twice', () => {
      refused(() => decode(addInvoice('<t:memo>a</t:memo><t:memo>b</t:memo>')), /memo may appear only once/);
    });

    it('reads repeated elements as arrays, even a single one', () => {
      const one = decode(addInvoice('<t:itemList><t:item><t:item internalId="1"/></t:item></t:itemList>'));
      expect((record(one).itemList as WireObject).item).to.have.length(1);
      const two = decode(addInvoice('<t:itemList replaceAll="false"><t:item/><t:item/></t:itemList>'));
      expect(record(two).itemList).to.deep.equal({ replaceAll: false, item: [{}, {}] });
    });

    it('refuses text where the type has only elements', () => {
      refused(() => decode(addInvoice('stray text')), /does not take text content/);
    });

    it('drops an element sent with xsi:nil="true"', () => {
      expect(record(decode(addInvoice('<t:memo xsi:nil="true"/>')))).to.deep.equal({ $type: 'Invoice' });
    });
  });

  describe('scalars', () => {
    const line = (inner: string) => addInvoice(`<t:itemList><t:item>${inner}</t:item></t:itemList>`);
    const firstLine = (w: WireObject) => ((record(w).itemList as WireObject).item as WireObject[])[0]!;

    it('reads xsd:long as a number and refuses fractions and unsafe integers', () => {
      expect(firstLine(decode(line('<t:line>12</t:line>'))).line).to.equal(12);
      refused(() => decode(line('<t:line>1.5</t:line>')), /not a valid xsd:long/);
      refused(() => decode(line('<t:line>99999999999999999999</t:line>')), /not a valid xsd:long/);
    });

    it('keeps xsd:double as decimal text (no float) and refuses non-numbers', () => {
      expect(firstLine(decode(line('<t:quantity> 0.10 </t:quantity>'))).quantity).to.equal('0.10');
      expect(firstLine(decode(line('<t:quantity>1e3</t:quantity>'))).quantity).to.equal('1e3');
      refused(() => decode(line('<t:quantity>three</t:quantity>')), /not a valid xsd:double/);
      refused(() => decode(line('<t:quantity>1,5</t:quantity>')), /not a valid xsd:double/);
    });

    it('reads xsd:boolean true/false/1/0 and refuses anything else', () => {
      expect(firstLine(decode(line('<t:isTaxable>1</t:isTaxable>'))).isTaxable).to.equal(true);
      expect(firstLine(decode(line('<t:isTaxable>false</t:isTaxable>'))).isTaxable).to.equal(false);
      refused(() => decode(line('<t:isTaxable>yes</t:isTaxable>')), /not a valid xsd:boolean/);
    });

    it('accepts a dateTime with offset and refuses text that is no dateTime', () => {
      expect(
        record(decode(addInvoice('<t:tranDate>2024-03-01T00:00:00.000-08:00</t:tranDate>'))).tranDate,
      ).to.equal('2024-03-01T00:00:00.000-08:00');
      refused(() => decode(addInvoice('<t:tranDate>March 1st</t:tranDate>')), /not a valid xsd:dateTime/);
    });

    it('refuses a dateTime whose month or day does not exist', () => {
      refused(
        () => decode(addInvoice('<t:tranDate>2024-13-45T00:00:00Z</t:tranDate>')),
        /not a valid xsd:dateTime/,
      );
    });

    it('refuses a value a closed enumeration does not list', () => {
      refused(
        () => decode(addInvoice('<t:revenueStatus>_someday</t:revenueStatus>')),
        /_someday.*RevenueStatus/,
      );
    });

    it("accepts any token of an open enumeration, whose list is a subset of NetSuite's (Country)", () => {
      const w = decode(
        addInvoice('<t:billingAddress><co:country>_latvia</co:country></t:billingAddress>'),
        ` xmlns:co="${COMMON}"`,
      );
      expect(record(w)).to.have.nested.property('billingAddress.country', '_latvia');
    });

    it('resolves the predefined entities and character references in text and attributes', () => {
      const w = decode(
        addInvoice('<t:memo>Fish &amp; chips &lt;3 &#x41;&#66;</t:memo>', ' externalId="a&quot;b"'),
      );
      expect(record(w)).to.include({ memo: 'Fish & chips <3 AB', externalId: 'a"b' });
    });

    it('refuses an entity XML does not predefine', () => {
      expect(() => decode(addInvoice('<t:memo>&nbsp;</t:memo>'))).to.throw(
        XmlSyntaxError,
        /Undefined entity/,
      );
    });
  });
});
