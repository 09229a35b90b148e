/**
 * NetSuite's governance limits on records per request (facts sheet §9): addList and deleteList 200,
 * updateList and upsertList 100, getList 1,000. One record over the limit refuses the whole request with an
 * ExceededRecordCountFault (code MAX_RCRDS_EXCEEDED) and writes nothing; at the limit the request runs.
 */
import { expect } from 'chai';
import { nodeSoapClient, type NodeSoapClient } from '../support/nodeSoapClient';
import { baseRefXml, customerXml, getRecord, outcomeOf, writeResponsesOf } from '../support/records';
import { call, describeReply, dig, many, type SoapReply } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const times = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

function expectExceededRecordCount(r: SoapReply): void {
  expect(r.status, describeReply(r)).to.equal(500);
  expect(r.fault).to.include({
    faultcode: 'soapenv:Server.userException',
    detailElement: 'exceededRecordCountFault',
    code: 'MAX_RCRDS_EXCEEDED',
  });
}

describe(`record-count limits (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
  });
  after(() => s.close());

  const records = (n: number, prefix: string) =>
    times(n, (i) => customerXml(`C${i}`, { externalId: `${prefix}-${i}` }));
  const refs = (n: number) => times(n, (i) => baseRefXml('invoice', String(900000 + i)));

  it('refuses addList with 201 records with exceededRecordCountFault, adding none of them', async () => {
    const r = await call(url, 'addList', `<msgs:addList>${records(201, 'AL201').join('')}</msgs:addList>`);
    expectExceededRecordCount(r);
    expect((await getRecord(url, 'customer', { externalId: 'AL201-0' })).status.code).to.equal(
      'RCRD_DSNT_EXIST',
    );
  });

  it('refuses deleteList with 201 refs', async () => {
    expectExceededRecordCount(
      await call(url, 'deleteList', `<msgs:deleteList>${refs(201).join('')}</msgs:deleteList>`),
    );
  });

  it('runs deleteList with exactly 200 refs, answering each', async () => {
    const r = await call(url, 'deleteList', `<msgs:deleteList>${refs(200).join('')}</msgs:deleteList>`);
    const wrs = writeResponsesOf(r, 'deleteList');
    expect(wrs).to.have.length(200);
    expect(new Set(wrs.map((w) => outcomeOf(dig(w, 'status'))))).to.deep.equal(new Set(['RCRD_DSNT_EXIST']));
  });

  it('refuses updateList with 101 records', async () => {
    const body = times(101, (i) => `<msgs:record xsi:type="rel:Customer" internalId="${900000 + i}"/>`).join(
      '',
    );
    expectExceededRecordCount(await call(url, 'updateList', `<msgs:updateList>${body}</msgs:updateList>`));
  });

  it('runs updateList with exactly 100 records', async () => {
    const body = times(100, (i) => `<msgs:record xsi:type="rel:Customer" internalId="${900000 + i}"/>`).join(
      '',
    );
    const wrs = writeResponsesOf(
      await call(url, 'updateList', `<msgs:updateList>${body}</msgs:updateList>`),
      'updateList',
    );
    expect(wrs).to.have.length(100);
  });

  it('refuses upsertList with 101 records, upserting none of them', async () => {
    const r = await call(
      url,
      'upsertList',
      `<msgs:upsertList>${records(101, 'UL101').join('')}</msgs:upsertList>`,
    );
    expectExceededRecordCount(r);
    expect((await getRecord(url, 'customer', { externalId: 'UL101-0' })).status.code).to.equal(
      'RCRD_DSNT_EXIST',
    );
  });

  it('runs upsertList with exactly 100 records', async () => {
    const r = await call(
      url,
      'upsertList',
      `<msgs:upsertList>${records(100, 'UL100').join('')}</msgs:upsertList>`,
    );
    const wrs = writeResponsesOf(r, 'upsertList');
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal(times(100, () => 'ok'));
  });

  it('refuses getList with 1,001 refs', async () => {
    expectExceededRecordCount(
      await call(url, 'getList', `<msgs:getList>${refs(1001).join('')}</msgs:getList>`),
    );
  });

  it('runs getList with exactly 1,000 refs', async () => {
    const r = await call(url, 'getList', `<msgs:getList>${refs(1000).join('')}</msgs:getList>`);
    expect(r.status).to.equal(200);
    expect(many(dig(r.body, 'getListResponse', 'readResponseList', 'readResponse'))).to.have.length(1000);
  });

  it('writes the fault detail in the platformFaults namespace', async () => {
    const r = await call(url, 'getList', `<msgs:getList>${refs(1001).join('')}</msgs:getList>`);
    expect(r.text).to.match(
      /<detail><(\w+):exceededRecordCountFault><\1:code>MAX_RCRDS_EXCEEDED<\/\1:code><\1:message>[^<]+<\/\1:message><\/\1:exceededRecordCountFault><\/detail>/,
    );
    const prefix = /<(\w+):exceededRecordCountFault>/.exec(r.text)![1];
    expect(r.text).to.include(`xmlns:${prefix}="urn:faults_2023_2.platform.webservices.netsuite.com"`);
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('rejects the call with the parsed exceededRecordCountFault', async () => {
      const f = await ns.fault('addList', {
        record: times(201, (i) => ({ attributes: ns.type('listRel', 'Customer'), companyName: `N${i}` })),
      });
      expect(f.faultcode).to.equal('soapenv:Server.userException');
      expect(dig(f.detail, 'exceededRecordCountFault', 'code')).to.equal('MAX_RCRDS_EXCEEDED');
    });
  });
});
