/**
 * Versions: each supported SuiteTalk version (2023_2 … 2025_2) has its endpoint NetSuitePort_<v>, answers
 * in its own namespaces, and serves a WSDL (at /wsdl/v<v>_0/netsuite.wsdl and at <endpoint>?wsdl) whose
 * namespaces carry <v> and whose soap:address points back at this server, so a client generated from it
 * works unchanged.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus } from '../support/nodeSoapClient';
import { addCustomer, readRecord } from '../support/records';
import { call, describeReply, dig } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const VERSIONS = ['2023_2', '2024_1', '2024_2', '2025_1', '2025_2'];

describe(`versions (${TEST_DB})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  async function fetchText(url: string): Promise<{ status: number; type: string; text: string }> {
    const res = await fetch(url);
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  }

  for (const v of VERSIONS) {
    describe(v, () => {
      it(`answers on NetSuitePort_${v} in the ${v} namespaces`, async () => {
        const id = await addCustomer(s.endpoint(v), `Customer ${v}`, { version: v });
        const r = await call(
          s.endpoint(v),
          'get',
          `<msgs:get><msgs:baseRef xsi:type="core:RecordRef" type="customer" internalId="${id}"/></msgs:get>`,
          { version: v },
        );
        expect(r.status, describeReply(r)).to.equal(200);
        const root = /<soapenv:Envelope[^>]*>/.exec(r.text)![0];
        expect(root).to.include(`"urn:messages_${v}.platform.webservices.netsuite.com"`);
        expect(root).to.include(`"urn:core_${v}.platform.webservices.netsuite.com"`);
        expect(root).to.include(`"urn:relationships_${v}.lists.webservices.netsuite.com"`);
        const others = VERSIONS.filter((o) => o !== v);
        for (const o of others) expect(r.text).to.not.include(`_${o}.`);
        expect(dig(r.body, 'getResponse', 'readResponse', 'record', 'companyName')).to.equal(`Customer ${v}`);
      });

      it(`serves /wsdl/v${v}_0/netsuite.wsdl in the ${v} namespaces, addressed to this server`, async () => {
        const w = await fetchText(s.wsdlUrl(v));
        expect(w.status).to.equal(200);
        expect(w.type).to.match(/xml/);
        expect(w.text).to.include(`targetNamespace="urn:platform_${v}.webservices.netsuite.com"`);
        expect(w.text).to.include(`<soap:address location="${s.url}/services/NetSuitePort_${v}"/>`);
        expect(w.text).to.include(`urn:messages_${v}.platform.webservices.netsuite.com`);
        for (const o of VERSIONS.filter((x) => x !== v)) expect(w.text).to.not.include(`_${o}.`);
      });

      it(`serves the same WSDL at NetSuitePort_${v}?wsdl`, async () => {
        const w = await fetchText(`${s.endpoint(v)}?wsdl`);
        expect(w.status).to.equal(200);
        expect(w.text).to.equal((await fetchText(s.wsdlUrl(v))).text);
      });

      it(`serves every XSD the ${v} WSDL imports, in the ${v} namespaces`, async () => {
        const wsdl = (await fetchText(s.wsdlUrl(v))).text;
        const locations = [...wsdl.matchAll(/schemaLocation="([^"]+)"/g)].map((m) => m[1]!);
        expect(locations.length).to.be.greaterThan(5);
        for (const loc of locations) {
          expect(loc.startsWith(`${s.url}/wsdl/v${v}_0/xsd/`), loc).to.equal(true);
          const x = await fetchText(loc);
          expect(x.status, loc).to.equal(200);
          expect(x.text, loc).to.match(new RegExp(`targetNamespace="urn:(types\\.)?\\w+_${v}\\.`));
          for (const o of VERSIONS.filter((y) => y !== v)) expect(x.text, loc).to.not.include(`_${o}.`);
        }
      });

      it(`works with a node-soap client generated from the ${v} WSDL`, async () => {
        const ns = await nodeSoapClient(s, { version: v });
        const res = await ns.call('add', {
          record: { attributes: ns.type('listRel', 'Customer'), companyName: `Node ${v}` },
        });
        expect(nsStatus(dig(res, 'writeResponse', 'status'))).to.deep.equal({ isSuccess: true });
        const id = String(dig(res, 'writeResponse', 'baseRef', 'attributes', 'internalId'));
        expect(dig(await readRecord(s.endpoint(v), 'customer', id, { version: v }), 'companyName')).to.equal(
          `Node ${v}`,
        );
      });
    });
  }

  it('does not serve a WSDL for an unsupported version', async () => {
    expect((await fetchText(`${s.url}/wsdl/v2019_1_0/netsuite.wsdl`)).status).to.equal(404);
    expect((await fetchText(`${s.url}/services/NetSuitePort_2019_1?wsdl`)).status).to.equal(404);
  });

  it('shares one account across versions: a record added on 2023_2 reads on 2025_2', async () => {
    const id = await addCustomer(s.endpoint('2023_2'), 'Across versions');
    const rec = await readRecord(s.endpoint('2025_2'), 'customer', id, { version: '2025_2' });
    expect(dig(rec, 'companyName')).to.equal('Across versions');
  });
});
