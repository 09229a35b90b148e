/**
 * addList: up to 200 records in, one writeResponse per record out, in the order sent. Each record succeeds
 * or fails on its own: a bad record gets its error status and leaves nothing behind, the others are added.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import {
  customerXml,
  getRecord,
  invoiceParties,
  invoiceXml,
  outcomeOf,
  readRecord,
  writeResponsesOf,
} from '../support/records';
import { call, dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`addList (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let customer: string;
  let item: string;
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    ({ customer, item } = await invoiceParties(url));
  });
  after(() => s.close());

  const addList = async (records: string[]) =>
    writeResponsesOf(
      await call(url, 'addList', `<msgs:addList>${records.join('')}</msgs:addList>`),
      'addList',
    );

  it('answers one writeResponse per record, in the order sent', async () => {
    const wrs = await addList([
      invoiceXml({ customer, externalId: 'AL-1', lines: [{ item, rate: '1' }] }),
      invoiceXml({ customer, externalId: 'AL-2', lines: [{ item, rate: '2' }] }),
      invoiceXml({ customer, externalId: 'AL-3', lines: [{ item, rate: '3' }] }),
    ]);
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal(['ok', 'ok', 'ok']);
    expect(wrs.map((w) => dig(w, 'baseRef', '@externalId'))).to.deep.equal(['AL-1', 'AL-2', 'AL-3']);
    for (const w of wrs) {
      const rec = await readRecord(url, 'invoice', String(dig(w, 'baseRef', '@internalId')));
      expect(dig(rec, '@externalId')).to.equal(dig(w, 'baseRef', '@externalId'));
    }
  });

  it('fails only the bad record, which leaves nothing behind; the others are added', async () => {
    const wrs = await addList([
      invoiceXml({ customer, externalId: 'ALB-1', lines: [{ item, rate: '1' }] }),
      invoiceXml({ customer: '987654', externalId: 'ALB-2', lines: [{ item, rate: '2' }] }),
      invoiceXml({ customer, externalId: 'ALB-3', lines: [{ item, rate: '3' }] }),
    ]);
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal(['ok', 'INVALID_KEY_OR_REF', 'ok']);
    expect(dig(wrs[1], 'baseRef')).to.equal(undefined);
    expect((await getRecord(url, 'invoice', { externalId: 'ALB-2' })).status.code).to.equal(
      'RCRD_DSNT_EXIST',
    );
    expect(dig(await readRecord(url, 'invoice', { externalId: 'ALB-1' }), 'total')).to.equal('1.00');
    expect(dig(await readRecord(url, 'invoice', { externalId: 'ALB-3' }), 'total')).to.equal('3.00');
  });

  it('mixes record types in one list', async () => {
    const wrs = await addList([
      customerXml('Listed Customer', { externalId: 'ALM-C' }),
      invoiceXml({ customer, externalId: 'ALM-I', lines: [{ item, rate: '4' }] }),
    ]);
    expect(wrs.map((w) => dig(w, 'baseRef', '@type'))).to.deep.equal(['customer', 'invoice']);
  });

  it('fails a duplicate externalId within the same list on the second record only', async () => {
    const wrs = await addList([
      customerXml('One', { externalId: 'ALD' }),
      customerXml('Two', { externalId: 'ALD' }),
    ]);
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal(['ok', 'DUP_RCRD']);
    expect(dig(await readRecord(url, 'customer', { externalId: 'ALD' }), 'companyName')).to.equal('One');
  });

  it('lets a record refer by externalId to a record added earlier in the same list', async () => {
    const byExternalId = (memo: string) =>
      invoiceXml({ customer: { externalId: 'ALR-C' }, memo, lines: [{ item, rate: '1' }] });
    const wrs = await addList([
      byExternalId('before the customer exists'),
      customerXml('Referenced', { externalId: 'ALR-C' }),
      byExternalId('after the customer was added'),
    ]);
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal(['INVALID_KEY_OR_REF', 'ok', 'ok']);
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('adds a list of records and reads one status per record', async () => {
      const invoice = (externalId: string, customerId: string) => ({
        attributes: { ...ns.type('tranSales', 'Invoice'), externalId },
        entity: { attributes: { internalId: customerId } },
        itemList: { item: [{ item: { attributes: { internalId: item } }, rate: '9' }] },
      });
      const res = await ns.call('addList', {
        record: [invoice('ALN-1', customer), invoice('ALN-2', '987654'), invoice('ALN-3', customer)],
      });
      const wrs = many(dig(res, 'writeResponseList', 'writeResponse'));
      expect(wrs.map((w) => nsStatus(dig(w, 'status')))).to.deep.equal([
        { isSuccess: true },
        { isSuccess: false, code: 'INVALID_KEY_OR_REF' },
        { isSuccess: true },
      ]);
    });
  });
});
