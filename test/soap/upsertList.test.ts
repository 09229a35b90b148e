/**
 * upsertList: up to 100 records in, one writeResponse per record out, in order; each record is added or
 * updated by its externalId, and a bad one fails alone, writing nothing.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import {
  addInvoice,
  getRecord,
  invoiceParties,
  invoiceXml,
  outcomeOf,
  readRecord,
  writeResponsesOf,
} from '../support/records';
import { call, dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`upsertList (${TEST_DB})`, () => {
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

  const upsertList = async (records: string[]) =>
    writeResponsesOf(
      await call(url, 'upsertList', `<msgs:upsertList>${records.join('')}</msgs:upsertList>`),
      'upsertList',
    );

  it('adds new externalIds, updates known ones, and fails a bad record alone without writing it', async () => {
    const existing = await addInvoice(url, {
      customer,
      externalId: 'UL-OLD',
      memo: 'old',
      lines: [{ item, rate: '10' }],
    });
    const wrs = await upsertList([
      invoiceXml({ customer, externalId: 'UL-NEW', memo: 'new', lines: [{ item, rate: '5' }] }),
      invoiceXml({ customer, externalId: 'UL-BAD', memo: 'bad', lines: [{ item: '987654', rate: '5' }] }),
      invoiceXml({ customer, externalId: 'UL-OLD', memo: 'old, updated', lines: [{ item, rate: '20' }] }),
      invoiceXml({ customer, memo: 'no externalId', lines: [{ item, rate: '5' }] }),
    ]);
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal([
      'ok',
      'INVALID_KEY_OR_REF',
      'ok',
      'EXTERNALID_REQD',
    ]);
    expect(dig(wrs[2], 'baseRef', '@internalId')).to.equal(existing);
    expect(dig(await readRecord(url, 'invoice', { externalId: 'UL-NEW' }), 'memo')).to.equal('new');
    expect((await getRecord(url, 'invoice', { externalId: 'UL-BAD' })).status.code).to.equal(
      'RCRD_DSNT_EXIST',
    );
    const updated = await readRecord(url, 'invoice', existing);
    expect(updated).to.deep.include({ memo: 'old, updated', total: '20.00' });
  });

  it('upserts the same externalId twice in one list into one record', async () => {
    const wrs = await upsertList([
      invoiceXml({ customer, externalId: 'UL-TWICE', memo: 'one', lines: [{ item, rate: '1' }] }),
      invoiceXml({ customer, externalId: 'UL-TWICE', memo: 'two', lines: [{ item, rate: '2' }] }),
    ]);
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal(['ok', 'ok']);
    expect(dig(wrs[1], 'baseRef', '@internalId')).to.equal(dig(wrs[0], 'baseRef', '@internalId'));
    expect(dig(await readRecord(url, 'invoice', { externalId: 'UL-TWICE' }), 'memo')).to.equal('two');
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('upserts a list and reads one status per record', async () => {
      const record = (externalId: string, itemId: string) => ({
        attributes: { ...ns.type('tranSales', 'Invoice'), externalId },
        entity: { attributes: { internalId: customer } },
        itemList: { item: [{ item: { attributes: { internalId: itemId } }, rate: '3' }] },
      });
      const res = await ns.call('upsertList', { record: [record('ULN-1', item), record('ULN-2', '987654')] });
      const wrs = many(dig(res, 'writeResponseList', 'writeResponse'));
      expect(wrs.map((w) => nsStatus(dig(w, 'status')))).to.deep.equal([
        { isSuccess: true },
        { isSuccess: false, code: 'INVALID_KEY_OR_REF' },
      ]);
    });
  });
});
