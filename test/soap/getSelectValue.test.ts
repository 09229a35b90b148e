/**
 * getSelectValue: the values of a select field of the invoice (entity, terms, currency, location,
 * department, class) or of its itemList (item) — the field's active records, named RecordRefs sorted by
 * name, filtered by contains / is / startsWith ignoring case, in pages of 1,000. Fields, sublists and record
 * types Billwire does not list answer the result's status.
 */
import { expect } from 'chai';
import { addCustomer, addRecord, customerXml } from '../support/records';
import { addTerm } from '../support/orders';
import { field, selectValues } from '../support/selectValues';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { call } from '../support/soap';

const named = (url: string, xsi: string, name: string, extra = '') =>
  addRecord(url, `<msgs:record xsi:type="acct:${xsi}"><acct:name>${name}</acct:name>${extra}</msgs:record>`);

describe(`getSelectValue (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  const ids: Record<string, string> = {};
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    ids.labs = await addCustomer(url, 'acme labs');
    ids.acme = await addCustomer(url, 'Acme Inc');
    ids.beta = await addCustomer(url, 'Beta LLC');
    ids.delta = await addRecord(
      url,
      customerXml('Delta Ltd', { inner: '<rel:isInactive>true</rel:isInactive>' }),
    );
    ids.consulting = await addRecord(
      url,
      '<msgs:record xsi:type="acct:ServiceSaleItem"><acct:itemId>Consulting</acct:itemId></msgs:record>',
    );
    ids.net30 = await addTerm(url, 'Net 30', '<acct:daysUntilNetDue>30</acct:daysUntilNetDue>');
    ids.usd = await named(url, 'Currency', 'USD', '<acct:symbol>USD</acct:symbol>');
    ids.main = await named(url, 'Location', 'Main warehouse');
    ids.sales = await named(url, 'Department', 'Sales');
    ids.retail = await named(url, 'Classification', 'Retail');
  });
  after(() => s.close());

  it('entity: the active customers, by name ignoring case, as named RecordRefs', async () => {
    const v = await selectValues(url, field('entity'));
    expect(v).to.deep.include({ status: { isSuccess: true }, totalRecords: 3, totalPages: 1 });
    expect(v.refs).to.deep.equal([
      { internalId: ids.acme, type: 'customer', name: 'Acme Inc', xsiType: 'platformCore:RecordRef' },
      { internalId: ids.labs, type: 'customer', name: 'acme labs', xsiType: 'platformCore:RecordRef' },
      { internalId: ids.beta, type: 'customer', name: 'Beta LLC', xsiType: 'platformCore:RecordRef' },
    ]);
  });

  it('filters: contains, startsWith and is, ignoring case', async () => {
    const names = async (op: string, value: string) =>
      (await selectValues(url, field('entity', { filter: [op, value] }))).refs.map((r) => r.name);
    expect(await names('contains', 'ACME')).to.deep.equal(['Acme Inc', 'acme labs']);
    expect(await names('startsWith', 'be')).to.deep.equal(['Beta LLC']);
    expect(await names('is', 'acme inc')).to.deep.equal(['Acme Inc']);
    expect(await names('contains', 'delta')).to.deep.equal([]);
  });

  it('item on the itemList sublist', async () => {
    const v = await selectValues(url, field('item', { sublist: 'itemList' }));
    expect(v.refs.map((r) => [r.internalId, r.type, r.name])).to.deep.equal([
      [ids.consulting, 'serviceSaleItem', 'Consulting'],
    ]);
  });

  it('terms, currency, location, department and class', async () => {
    const one = async (f: string) =>
      (await selectValues(url, field(f))).refs.map((r) => [r.internalId, r.type, r.name]);
    expect(await one('terms')).to.deep.equal([[ids.net30, 'term', 'Net 30']]);
    expect(await one('currency')).to.deep.equal([[ids.usd, 'currency', 'USD']]);
    expect(await one('location')).to.deep.equal([[ids.main, 'location', 'Main warehouse']]);
    expect(await one('department')).to.deep.equal([[ids.sales, 'department', 'Sales']]);
    expect(await one('class')).to.deep.equal([[ids.retail, 'classification', 'Retail']]);
  });

  it('works for other transactions too (salesOrder entity)', async () => {
    expect((await selectValues(url, field('entity', { recordType: 'salesOrder' }))).totalRecords).to.equal(3);
  });

  it('answers what it cannot list with a status', async () => {
    const code = async (d: string, page = 1) => {
      const v = await selectValues(url, d, page);
      expect(v.status.isSuccess).to.equal(false);
      return v.status.code;
    };
    expect(await code(field('memo'))).to.equal('INVALID_FLD');
    expect(await code(field('item'))).to.equal('INVALID_FLD');
    expect(await code(field('item', { sublist: 'expCostList' }))).to.equal('INVALID_SUBLIST_DESC');
    expect(await code(field('entity', { recordType: '' }))).to.equal('RCRD_TYPE_REQD');
    expect(await code(field('entity', { recordType: 'vendorBill' }))).to.equal('INVALID_RCRD_TYPE');
    expect(await code(field('entity'), 2)).to.equal('INVALID_PAGE_INDEX');
    expect(
      await code(
        field('item', { sublist: 'itemList' }) +
          '<core:filterByValueList><core:filterBy><core:field>entity</core:field><core:internalId>1</core:internalId></core:filterBy></core:filterByValueList>',
      ),
    ).to.equal('USER_ERROR');
  });

  it('pages by 1,000', async function () {
    this.timeout(120_000);
    for (let batch = 0; batch < 5; batch++) {
      const records = Array.from({ length: 200 }, (_, i) =>
        customerXml(`Bulk ${String(batch * 200 + i).padStart(4, '0')}`),
      ).join('');
      await call(url, 'addList', `<msgs:addList>${records}</msgs:addList>`);
    }
    const first = await selectValues(url, field('entity'));
    expect(first).to.deep.include({ totalRecords: 1003, totalPages: 2 });
    expect(first.refs).to.have.length(1000);
    expect(first.refs.slice(0, 3).map((r) => r.name)).to.deep.equal(['Acme Inc', 'acme labs', 'Beta LLC']);
    const second = await selectValues(url, field('entity'), 2);
    expect(second.refs.map((r) => r.name)).to.deep.equal(['Bulk 0997', 'Bulk 0998', 'Bulk 0999']);
  });
});
