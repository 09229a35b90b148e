/**
 * getDeleted: every delete of every record type is logged with its time; GetDeletedFilter narrows by type
 * (anyOf/noneOf), deletedDate (any date operator, predefined values included) and scriptId; results come
 * oldest first as RecordRefs with the deletion time in the account's zone, in pages of 1,000. Problems are
 * the getDeletedResult's status.
 */
import { expect } from 'chai';
import { credentialsFor, writeAccountsFile, type AccountsFile } from '../support/accounts';
import {
  addCustomer,
  addInvoice,
  baseRefXml,
  customerXml,
  invoiceParties,
  statusOf,
  type StatusView,
} from '../support/records';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { call, dig, many, type EnvelopeOptions, type Node } from '../support/soap';

interface DeletedView {
  status: StatusView;
  totalRecords?: number;
  pageSize?: number;
  totalPages?: number;
  pageIndex?: number;
  records: { type: string; internalId: string; externalId?: string; deletedDate: string }[];
}

async function getDeleted(
  url: string,
  filterXml: string,
  pageIndex = 1,
  o: EnvelopeOptions = {},
): Promise<DeletedView> {
  const reply = await call(
    url,
    'getDeleted',
    `<msgs:getDeleted><msgs:getDeletedFilter>${filterXml}</msgs:getDeletedFilter><msgs:pageIndex>${pageIndex}</msgs:pageIndex></msgs:getDeleted>`,
    o,
  );
  expect(reply.status, reply.text).to.equal(200);
  const r = dig(reply.body, 'getDeletedResponse', 'getDeletedResult');
  const num = (k: string) => (dig(r, k) === undefined ? undefined : Number(dig(r, k)));
  return {
    status: statusOf(dig(r, 'status')),
    totalRecords: num('totalRecords'),
    pageSize: num('pageSize'),
    totalPages: num('totalPages'),
    pageIndex: num('pageIndex'),
    records: many(dig(r, 'deletedRecordList', 'deletedRecord')).map((d: Node) => ({
      type: String(dig(d, 'record', '@type')),
      internalId: String(dig(d, 'record', '@internalId')),
      ...(dig(d, 'record', '@externalId') !== undefined
        ? { externalId: String(dig(d, 'record', '@externalId')) }
        : {}),
      deletedDate: String(dig(d, 'deletedDate')),
    })),
  };
}

const typeIs = (types: string[], operator = 'anyOf') =>
  `<core:type operator="${operator}">${types.map((t) => `<core:searchValue>${t}</core:searchValue>`).join('')}</core:type>`;
const deletedDate = (operator: string, inner: string) =>
  `<core:deletedDate operator="${operator}">${inner}</core:deletedDate>`;

async function remove(url: string, type: string, id: string, reason = ''): Promise<void> {
  const reply = await call(url, 'delete', `<msgs:delete>${baseRefXml(type, id)}${reason}</msgs:delete>`);
  expect(statusOf(dig(reply.body, 'deleteResponse', 'writeResponse', 'status'))).to.deep.equal({
    isSuccess: true,
  });
}

describe(`getDeleted (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let accounts: AccountsFile;
  let inv1: string;
  let inv2: string;
  let spare: string;
  let between: Date;
  before(async () => {
    accounts = writeAccountsFile([{ id: 'OTHER1' }]);
    s = await startTestServer({ env: { BILLWIRE_ACCOUNTS_FILE: accounts.path } });
    url = s.endpoint();
    const p = await invoiceParties(url);
    inv1 = await addInvoice(url, { customer: p.customer, externalId: 'DEL-1', lines: [{ item: p.item }] });
    inv2 = await addInvoice(url, { customer: p.customer, lines: [{ item: p.item }] });
    spare = await addCustomer(url, 'Spare Co');
    await remove(
      url,
      'invoice',
      inv1,
      '<msgs:deletionReason><core:deletionReasonCode internalId="1"/><core:deletionReasonMemo>duplicate</core:deletionReasonMemo></msgs:deletionReason>',
    );
    await new Promise((r) => setTimeout(r, 20));
    between = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await remove(url, 'invoice', inv2);
    await remove(url, 'customer', spare);
  });
  after(async () => {
    await s.close();
    accounts.remove();
  });

  it('lists every delete, oldest first, as RecordRefs with the deletion time in the account zone', async () => {
    const v = await getDeleted(url, '');
    expect(v).to.deep.include({
      status: { isSuccess: true },
      totalRecords: 3,
      pageSize: 1000,
      totalPages: 1,
      pageIndex: 1,
    });
    expect(v.records.map(({ deletedDate: _d, ...r }) => r)).to.deep.equal([
      { type: 'invoice', internalId: inv1, externalId: 'DEL-1' },
      { type: 'invoice', internalId: inv2 },
      { type: 'customer', internalId: spare },
    ]);
    expect(v.records[0]!.deletedDate).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}-0[78]:00$/);
  });

  it('filters by type: anyOf and noneOf', async () => {
    expect((await getDeleted(url, typeIs(['invoice']))).records.map((r) => r.internalId)).to.deep.equal([
      inv1,
      inv2,
    ]);
    expect((await getDeleted(url, typeIs(['customer']))).records.map((r) => r.internalId)).to.deep.equal([
      spare,
    ]);
    expect((await getDeleted(url, typeIs(['invoice'], 'noneOf'))).records.map((r) => r.type)).to.deep.equal([
      'customer',
    ]);
    expect((await getDeleted(url, typeIs(['salesOrder']))).totalRecords).to.equal(0);
  });

  it('filters by deletedDate: after and onOrBefore an instant, within today and yesterday', async () => {
    const at = `<core:searchValue>${between.toISOString()}</core:searchValue>`;
    expect((await getDeleted(url, deletedDate('after', at))).records.map((r) => r.internalId)).to.deep.equal([
      inv2,
      spare,
    ]);
    expect(
      (await getDeleted(url, deletedDate('onOrBefore', at))).records.map((r) => r.internalId),
    ).to.deep.equal([inv1]);
    const today = await getDeleted(
      url,
      deletedDate('within', '<core:predefinedSearchValue>today</core:predefinedSearchValue>'),
    );
    expect(today.totalRecords).to.equal(3);
    const yesterday = await getDeleted(
      url,
      deletedDate('on', '<core:predefinedSearchValue>yesterday</core:predefinedSearchValue>'),
    );
    expect(yesterday.totalRecords).to.equal(0);
  });

  it('combines type and deletedDate', async () => {
    const at = `<core:searchValue>${between.toISOString()}</core:searchValue>`;
    const v = await getDeleted(url, deletedDate('after', at) + typeIs(['invoice']));
    expect(v.records.map((r) => r.internalId)).to.deep.equal([inv2]);
  });

  it('scriptId: no logged delete is a custom record', async () => {
    const is = await getDeleted(
      url,
      '<core:scriptId operator="is"><core:searchValue>customrecord_x</core:searchValue></core:scriptId>',
    );
    expect(is.totalRecords).to.equal(0);
    const empty = await getDeleted(url, '<core:scriptId operator="empty"/>');
    expect(empty.totalRecords).to.equal(3);
  });

  it("shows no other account's deletes", async () => {
    const v = await getDeleted(url, '', 1, { credentials: credentialsFor('OTHER1') });
    expect(v).to.deep.include({ totalRecords: 0, totalPages: 0, records: [] });
  });

  it('refuses a page out of range with INVALID_PAGE_INDEX, and a missing operator with INVALID_SEARCH_OPERATOR', async () => {
    const late = await getDeleted(url, '', 2);
    expect(late.status.isSuccess).to.equal(false);
    expect(late.status.code).to.equal('INVALID_PAGE_INDEX');
    const bad = await getDeleted(
      url,
      '<core:deletedDate><core:searchValue>2024-01-01T00:00:00Z</core:searchValue></core:deletedDate>',
    );
    expect(bad.status.code).to.equal('INVALID_SEARCH_OPERATOR');
  });

  it('pages by 1,000', async function () {
    this.timeout(120_000);
    const ids: string[] = [];
    for (let batch = 0; batch < 6; batch++) {
      const n = batch < 5 ? 200 : 1;
      const records = Array.from({ length: n }, (_, i) => customerXml(`Bulk ${batch}-${i}`)).join('');
      const reply = await call(url, 'addList', `<msgs:addList>${records}</msgs:addList>`);
      ids.push(
        ...many(dig(reply.body, 'addListResponse', 'writeResponseList', 'writeResponse')).map((w) =>
          String(dig(w, 'baseRef', '@internalId')),
        ),
      );
    }
    for (let i = 0; i < ids.length; i += 200) {
      const refs = ids
        .slice(i, i + 200)
        .map((id) => baseRefXml('customer', id))
        .join('');
      await call(url, 'deleteList', `<msgs:deleteList>${refs}</msgs:deleteList>`);
    }
    const first = await getDeleted(url, typeIs(['customer']));
    expect(first).to.deep.include({ totalRecords: 1002, totalPages: 2, pageIndex: 1 });
    expect(first.records).to.have.length(1000);
    const second = await getDeleted(url, typeIs(['customer']), 2);
    expect(second.records.map((r) => r.internalId)).to.deep.equal(ids.slice(-2));
  });
});
