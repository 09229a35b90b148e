/**
 * The schema-driven encoder: wire values -> XML. Elements come out in the schema's sequence order whatever
 * the object's key order, each with the prefix of the schema that declares it; xsi:type is written on
 * abstract slots (record, baseRef, customField) and derived values; text and attributes are escaped.
 */
import { expect } from 'chai';
import { XmlOut, writeValue } from '../../src/soap/codec/encode';
import type { WireValue } from '../../src/soap/codec/wire';
import { envelopeOpen, readEnvelope } from '../../src/soap/envelope';
import { schema } from '../../src/soap/schema/defs';

/** Encodes `value` as an element of the given schema type (e.g. 'msgs:ReadResponse'). */
function encode(value: WireValue, type: string, tag: string): string {
  const out = new XmlOut();
  writeValue(value, schema.valueKind(type), out, tag);
  return out.text;
}

const tags = (xml: string) => [...xml.matchAll(/<([\w]+:[\w]+)/g)].map((m) => m[1]);

describe('encoder (schema-driven)', () => {
  it('writes elements in the schema sequence order, whatever the key order', () => {
    const xml = encode(
      {
        $type: 'Invoice',
        customFieldList: {
          customField: [{ $type: 'StringCustomFieldRef', scriptId: 'custbody_a', value: 'v' }],
        },
        total: '10.00',
        memo: 'm',
        itemList: { item: [{ rate: '10', quantity: '1', line: 1, item: { internalId: '2' } }] },
        entity: { internalId: '1' },
        createdDate: '2024-03-01T00:00:00.000-08:00',
      },
      'core:Record',
      'platformMsgs:record',
    );
    expect(tags(xml)).to.deep.equal([
      'platformMsgs:record',
      'tranSales:createdDate',
      'tranSales:entity',
      'tranSales:memo',
      'tranSales:total',
      'tranSales:itemList',
      'tranSales:item',
      'tranSales:item',
      'tranSales:line',
      'tranSales:quantity',
      'tranSales:rate',
      'tranSales:customFieldList',
      'platformCore:customField',
      'platformCore:value',
    ]);
  });

  it('writes xsi:type on an abstract slot: the record and the custom field', () => {
    const xml = encode(
      {
        $type: 'Invoice',
        customFieldList: { customField: [{ $type: 'BooleanCustomFieldRef', scriptId: 'c', value: true }] },
      },
      'core:Record',
      'platformMsgs:record',
    );
    expect(xml).to.include('<platformMsgs:record xsi:type="tranSales:Invoice">');
    expect(xml).to.include(
      '<platformCore:customField xsi:type="platformCore:BooleanCustomFieldRef" scriptId="c"><platformCore:value>true</platformCore:value></platformCore:customField>',
    );
  });

  it('writes a writeResponse: status in platformCore, baseRef typed platformCore:RecordRef, attributes in schema order', () => {
    const xml = encode(
      {
        baseRef: { $type: 'RecordRef', type: 'invoice', externalId: 'E', internalId: '9' },
        status: { isSuccess: true },
      },
      'msgs:WriteResponse',
      'platformMsgs:writeResponse',
    );
    expect(xml).to.equal(
      '<platformMsgs:writeResponse><platformCore:status isSuccess="true"/>' +
        '<platformMsgs:baseRef xsi:type="platformCore:RecordRef" internalId="9" externalId="E" type="invoice"/>' +
        '</platformMsgs:writeResponse>',
    );
  });

  it('writes no xsi:type where the declared type is concrete (a RecordRef field)', () => {
    const xml = encode(
      { $type: 'Invoice', entity: { internalId: '1', name: 'Acme' } },
      'core:Record',
      'platformMsgs:record',
    );
    expect(xml).to.include(
      '<tranSales:entity internalId="1"><platformCore:name>Acme</platformCore:name></tranSales:entity>',
    );
  });

  it('keeps platformCommon for Address fields inside a tranSales record', () => {
    const xml = encode(
      { $type: 'Invoice', billingAddress: { $type: 'Address', city: 'Austin', country: '_unitedStates' } },
      'core:Record',
      'platformMsgs:record',
    );
    expect(xml).to.include(
      '<tranSales:billingAddress><platformCommon:country>_unitedStates</platformCommon:country><platformCommon:city>Austin</platformCommon:city></tranSales:billingAddress>',
    );
  });

  it('writes a statusDetail with its code and message in platformCore', () => {
    const xml = encode(
      { isSuccess: false, statusDetail: [{ type: 'ERROR', code: 'RCRD_DSNT_EXIST', message: 'gone' }] },
      'core:Status',
      'platformCore:status',
    );
    expect(xml).to.equal(
      '<platformCore:status isSuccess="false"><platformCore:statusDetail type="ERROR"><platformCore:code>RCRD_DSNT_EXIST</platformCore:code>' +
        '<platformCore:message>gone</platformCore:message></platformCore:statusDetail></platformCore:status>',
    );
  });

  it('escapes text and attribute values, and drops characters XML cannot carry', () => {
    const xml = encode(
      { $type: 'Invoice', externalId: 'a"b<c>&d', memo: 'Fish & chips <3 >\u0001' },
      'core:Record',
      'platformMsgs:record',
    );
    expect(xml).to.include('externalId="a&quot;b&lt;c&gt;&amp;d"');
    expect(xml).to.include('<tranSales:memo>Fish &amp; chips &lt;3 &gt;</tranSales:memo>');
  });

  it('writes booleans as true/false and numbers as they are', () => {
    const xml = encode(
      { $type: 'Invoice', isTaxable: false, itemList: { item: [{ line: 3 }] } },
      'core:Record',
      'r',
    );
    expect(xml).to.include('<tranSales:isTaxable>false</tranSales:isTaxable>');
    expect(xml).to.include('<tranSales:line>3</tranSales:line>');
  });

  it('refuses to write an abstract value without $type (a programming error, never a silent guess)', () => {
    expect(() => encode({ memo: 'x' }, 'core:Record', 'platformMsgs:record')).to.throw(
      /abstract type Record/,
    );
  });

  it('writes what the decoder reads back unchanged (round trip through a SOAP envelope)', () => {
    const record = {
      $type: 'Invoice',
      externalId: 'RT-1',
      entity: { $type: 'RecordRef', internalId: '1' },
      tranDate: '2024-03-01T00:00:00.000-08:00',
      memo: 'a & b',
      billingAddress: { $type: 'Address', country: '_unitedStates', city: 'Austin' },
      itemList: {
        replaceAll: false,
        item: [{ item: { $type: 'RecordRef', internalId: '2' }, line: 1, quantity: '3' }],
      },
      customFieldList: {
        customField: [{ $type: 'DoubleCustomFieldRef', scriptId: 'custbody_x', value: '1.50' }],
      },
    };
    const body = encode({ record }, 'msgs:AddRequest', 'platformMsgs:add');
    const xml = `${envelopeOpen('2023_2')}<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`;
    expect(readEnvelope(xml, '2023_2').decodeBody()).to.deep.equal({ record });
  });
});
