/**
 * updateList: up to 100 records in, one writeResponse per record out, in order. A record that fails
 * (missing, bad reference) keeps its stored version untouched; the others are updated.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import {
  addInvoice,
  invoiceParties,
  invoiceXml,
  outcomeOf,
  readRecord,
  writeResponsesOf,
} from '../support/records';
import { call, dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`updateList (${TEST_DB})`, () => {
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

  const newInvoice = (memo: string) => addInvoice(url, { customer, memo, lines: [{ item, rate: '10' }] });
  const updateList = async (records: string[]) =>
    writeResponsesOf(
      await call(url, 'updateList', `<msgs:updateList>${records.join('')}</msgs:updateList>`),
      'updateList',
    );

  it('answers one writeResponse per record, in order; a bad record fails alone and keeps its stored version', async () => {
    const a = await newInvoice('a before');
    const b = await newInvoice('b before');
    const c = await newInvoice('c before');
    const wrs = await updateList([
      invoiceXml({ internalId: a, memo: 'a after' }),
      invoiceXml({ internalId: '987654', memo: 'nobody' }),
      invoiceXml({ internalId: b, memo: 'b after', customer: '987654' }),
      invoiceXml({ internalId: c, memo: 'c after' }),
    ]);
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal([
      'ok',
      'RCRD_DSNT_EXIST',
      'INVALID_KEY_OR_REF',
      'ok',
    ]);
    expect(wrs.map((w) => dig(w, 'baseRef', '@internalId'))).to.deep.equal([a, undefined, undefined, c]);
    expect(dig(await readRecord(url, 'invoice', a), 'memo')).to.equal('a after');
    const stillB = await readRecord(url, 'invoice', b);
    expect(dig(stillB, 'memo')).to.equal('b before');
    expect(dig(stillB, 'entity', '@internalId')).to.equal(customer);
    expect(dig(await readRecord(url, 'invoice', c), 'memo')).to.equal('c after');
  });

  it('applies two updates of the same record in the order sent', async () => {
    const a = await newInvoice('start');
    await updateList([
      invoiceXml({ internalId: a, memo: 'first' }),
      invoiceXml({ internalId: a, memo: 'second' }),
    ]);
    expect(dig(await readRecord(url, 'invoice', a), 'memo')).to.equal('second');
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('updates a list and reads one status per record', async () => {
      const a = await newInvoice('ns before');
      const record = (internalId: string) => ({
        attributes: { ...ns.type('tranSales', 'Invoice'), internalId },
        memo: 'ns after',
      });
      const res = await ns.call('updateList', { record: [record('987654'), record(a)] });
      const wrs = many(dig(res, 'writeResponseList', 'writeResponse'));
      expect(wrs.map((w) => nsStatus(dig(w, 'status')))).to.deep.equal([
        { isSuccess: false, code: 'RCRD_DSNT_EXIST' },
        { isSuccess: true },
      ]);
      expect(dig(await readRecord(url, 'invoice', a), 'memo')).to.equal('ns after');
    });
  });
});
