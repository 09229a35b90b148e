/**
 * Requests a SOAP endpoint must refuse cleanly. Each gets a SOAP 1.1 Fault (HTTP 500, text/xml) with
 * unqualified faultcode, faultstring and detail, a FaultCodeType code in the detail, and no trace of the
 * server's insides (no stack frames, no source file names). Afterwards the server still answers a good
 * request. Nothing here is parsed with entities expanded, so no document can make the server read a file or
 * blow up in memory.
 */
import { expect } from 'chai';
import http from 'node:http';
import { baseRefXml, customerXml } from '../support/records';
import { call, describeReply, envelope, parseReply, postXml, type SoapReply } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

/** FaultCodeType (facts sheet §8.2): the only codes a strict client accepts in a fault detail. */
const FAULT_CODES = new Set([
  'ACCT_TEMP_UNAVAILABLE',
  'EMAIL_ADDRS_REQD',
  'INSUFFICIENT_PERMISSION',
  'INVALID_ACCT',
  'INVALID_JOB_ID',
  'INVALID_LOGIN_CREDENTIALS',
  'INVALID_PAGE_INDEX',
  'INVALID_ROLE',
  'INVALID_WS_VERSION',
  'JOB_NOT_COMPLETE',
  'LOGIN_DISABLED',
  'MAX_RCRDS_EXCEEDED',
  'OI_FEATURE_REQD',
  'OI_PERMISSION_REQD',
  'PSWD_REQD',
  'ROLE_REQUIRED',
  'SESSION_TIMED_OUT',
  'UNEXPECTED_ERROR',
  'UNSUPPORTED_WS_VERSION',
  'USER_ERROR',
  'WS_CONCUR_SESSION_DISALLWD',
  'WS_FEATURE_REQD',
  'WS_PERMISSION_REQD',
  'WS_LOG_IN_REQD',
  'WS_REQUEST_BLOCKED',
]);

function expectCleanFault(r: SoapReply): void {
  expect(r.status, describeReply(r)).to.equal(500);
  expect(r.contentType).to.match(/^text\/xml/);
  expect(r.fault, r.text.slice(0, 500)).to.not.equal(undefined);
  expect(r.text).to.match(/<faultcode>[^<]+<\/faultcode>/);
  expect(r.text).to.match(/<faultstring>[^<]+<\/faultstring>/);
  expect(r.text).to.match(/<detail><\w+:\w+Fault>/);
  expect([...FAULT_CODES]).to.include(r.fault!.code);
  expect(r.text).to.not.include('    at ');
  expect(r.text).to.not.match(/\.(ts|js):\d/);
}

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
  '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">' +
  '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">' +
  '<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">' +
  '<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">' +
  '<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">' +
  '<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">' +
  '<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>';

/** An add of a customer whose record element is `record` (to plant bad content in a valid envelope). */
const addWith = (record: string) => envelope(`<msgs:add>${record}</msgs:add>`);

describe(`bad input (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
  });
  after(() => s.close());

  async function expectStillServing(): Promise<void> {
    const r = await call(url, 'get', `<msgs:get>${baseRefXml('customer', '1')}</msgs:get>`);
    expect(r.status, describeReply(r)).to.equal(200);
  }

  const cases: [string, () => string, ((r: SoapReply) => void)?][] = [
    [
      'a DOCTYPE with an internal entity',
      () => envelope('<msgs:get>&x;</msgs:get>').replace('?>', '?><!DOCTYPE e [<!ENTITY x "boom">]>'),
    ],
    [
      'the billion laughs (nested entity expansion)',
      () => BILLION_LAUGHS + envelope('<msgs:get>&lol9;</msgs:get>').replace(/^<\?xml[^>]*\?>/, ''),
    ],
    [
      'an external entity pointing at a local file (XXE)',
      () =>
        envelope(`<msgs:add>${customerXml('&xxe;')}</msgs:add>`).replace(
          '?>',
          '?><!DOCTYPE e [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        ),
      (r) => expect(r.text).to.not.include('root:'),
    ],
    ['a processing instruction', () => envelope('<?php echo 1; ?><msgs:get/>')],
    ['malformed XML (an unclosed element)', () => envelope('<msgs:get>').replace('</soapenv:Body>', '')],
    ['a body that is not XML at all', () => 'this is not xml'],
    ['an empty body', () => ''],
    [
      'an XML document that is not an Envelope',
      () => '<?xml version="1.0"?><invoice><total>1</total></invoice>',
    ],
    [
      'an Envelope in no SOAP namespace',
      () => envelope('<msgs:get/>').replace('http://schemas.xmlsoap.org/soap/envelope/', 'urn:not-soap'),
    ],
    [
      'a SOAP 1.2 Envelope (answered with VersionMismatch)',
      () =>
        envelope('<msgs:get/>').replace(
          'http://schemas.xmlsoap.org/soap/envelope/',
          'http://www.w3.org/2003/05/soap-envelope',
        ),
      (r) => expect(r.fault!.faultcode).to.match(/:VersionMismatch$/),
    ],
    ['an Envelope without Body', () => envelope('').replace(/<soapenv:Body>.*<\/soapenv:Body>/, '')],
    [
      'an operation Billwire does not know',
      () => envelope(`<msgs:frobnicate>${baseRefXml('customer', '1')}</msgs:frobnicate>`),
    ],
    [
      'an operation element in the wrong namespace',
      () => envelope(`<core:get>${baseRefXml('customer', '1')}</core:get>`),
    ],
    [
      'two operation elements in one Body',
      () =>
        envelope(
          `<msgs:get>${baseRefXml('customer', '1')}</msgs:get><msgs:get>${baseRefXml('customer', '1')}</msgs:get>`,
        ),
    ],
    [
      'an element the schema does not have',
      () =>
        addWith(
          '<msgs:record xsi:type="rel:Customer"><rel:companyName>A</rel:companyName><rel:colour>red</rel:colour></msgs:record>',
        ),
    ],
    [
      'a record field in the wrong namespace',
      () =>
        addWith(
          '<msgs:record xsi:type="rel:Customer"><sales:companyName>A</sales:companyName></msgs:record>',
        ),
    ],
    [
      'a bad xsd:double',
      () =>
        addWith(
          '<msgs:record xsi:type="rel:Customer"><rel:companyName>A</rel:companyName><rel:creditLimit>lots</rel:creditLimit></msgs:record>',
        ),
    ],
    [
      'a bad xsd:boolean',
      () =>
        addWith(
          '<msgs:record xsi:type="rel:Customer"><rel:isPerson>maybe</rel:isPerson><rel:companyName>A</rel:companyName></msgs:record>',
        ),
    ],
    [
      'an abstract record without xsi:type',
      () => addWith('<msgs:record><rel:companyName>A</rel:companyName></msgs:record>'),
    ],
    [
      'an xsi:type that names no known type',
      () => addWith('<msgs:record xsi:type="rel:Unicorn"><rel:companyName>A</rel:companyName></msgs:record>'),
    ],
    [
      'an xsi:type that is not a kind of the declared type',
      () => addWith('<msgs:record xsi:type="core:RecordRef" internalId="1"/>'),
    ],
    [
      'an undeclared namespace prefix',
      () =>
        addWith('<msgs:record xsi:type="nope:Customer"><nope:companyName>A</nope:companyName></msgs:record>'),
    ],
    ['a missing required element (add without record)', () => envelope('<msgs:add/>')],
    [
      'an unknown entity reference',
      () =>
        addWith(
          '<msgs:record xsi:type="rel:Customer"><rel:companyName>&nbsp;</rel:companyName></msgs:record>',
        ),
    ],
    [
      'a request in the 2024_1 namespaces sent to the 2023_2 endpoint',
      () => envelope(`<msgs:get>${baseRefXml('customer', '1')}</msgs:get>`, { version: '2024_1' }),
      (r) => expect(r.fault!.code).to.equal('INVALID_WS_VERSION'),
    ],
  ];

  for (const [what, body, more] of cases) {
    it(`refuses ${what} with a clean Fault, and keeps serving`, async () => {
      const r = await postXml(url, body(), 'get');
      expectCleanFault(r);
      more?.(r);
      await expectStillServing();
    });
  }

  it('refuses an endpoint version Billwire does not serve (NetSuitePort_2019_1) with UNSUPPORTED_WS_VERSION', async () => {
    const r = await postXml(
      s.endpoint('2019_1'),
      envelope(`<msgs:get>${baseRefXml('customer', '1')}</msgs:get>`, { version: '2019_1' }),
      'get',
    );
    expectCleanFault(r);
    expect(r.fault!.code).to.equal('UNSUPPORTED_WS_VERSION');
    await expectStillServing();
  });

  it('refuses 100,000 nested elements quickly with a clean Fault, and keeps serving', async () => {
    const depth = 100_000;
    const started = Date.now();
    const r = await postXml(
      url,
      envelope(`<msgs:get>${'<msgs:baseRef>'.repeat(depth)}${'</msgs:baseRef>'.repeat(depth)}</msgs:get>`),
      'get',
    );
    expectCleanFault(r);
    expect(Date.now() - started).to.be.below(5000);
    await expectStillServing();
  });

  describe('a body over the size limit (BILLWIRE_MAX_BODY_BYTES=4096)', () => {
    let small: TestServer;
    before(async () => {
      small = await startTestServer({ env: { BILLWIRE_MAX_BODY_BYTES: '4096' } });
    });
    after(() => small.close());

    const bigAdd = () =>
      envelope(
        `<msgs:add>${customerXml('Big', { inner: `<rel:comments>${'x'.repeat(10_000)}</rel:comments>` })}</msgs:add>`,
      );

    function expectTooLarge(r: SoapReply): void {
      expectCleanFault(r);
      expect(r.fault).to.include({ detailElement: 'exceededRequestSizeFault' });
    }

    it('refuses a 10 KB request with Content-Length with exceededRequestSizeFault', async () => {
      expectTooLarge(await postXml(small.endpoint(), bigAdd(), 'add'));
      const ok = await call(small.endpoint(), 'get', `<msgs:get>${baseRefXml('customer', '1')}</msgs:get>`);
      expect(ok.status).to.equal(200);
    });

    it('refuses a chunked 10 KB upload without Content-Length with exceededRequestSizeFault', async () => {
      expectTooLarge(await postChunked(small.endpoint(), bigAdd()));
      const ok = await call(small.endpoint(), 'get', `<msgs:get>${baseRefXml('customer', '1')}</msgs:get>`);
      expect(ok.status).to.equal(200);
    });

    it('accepts a request under the limit', async () => {
      const r = await call(small.endpoint(), 'add', `<msgs:add>${customerXml('Small')}</msgs:add>`);
      expect(r.status, describeReply(r)).to.equal(200);
    });
  });
});

/** POSTs `xml` with Transfer-Encoding: chunked (no Content-Length), in 1 KB chunks. */
function postChunked(url: string, xml: string): Promise<SoapReply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'text/xml; charset=utf-8',
          SOAPAction: '"add"',
          'transfer-encoding': 'chunked',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve(parseReply(res.statusCode ?? 0, text, res.headers['content-type'] ?? '')),
        );
      },
    );
    // The server may answer and close before the last chunk: a write error after that is expected.
    req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
    const buf = Buffer.from(xml);
    for (let i = 0; i < buf.length; i += 1024) req.write(buf.subarray(i, i + 1024));
    req.end();
  });
}
