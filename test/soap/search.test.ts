/**
 * search: the searchResult a client gets (paging counts, a searchId, records typed with xsi:type and their
 * references named), bodyFieldsOnly both ways, customer/item/contact searches, TransactionSearch joins,
 * predefined dates relative to today in the account's zone, and the status codes of searches Billwire
 * refuses — never a silently ignored criterion.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus } from '../support/nodeSoapClient';
import { addRecord, invoiceXml } from '../support/records';
import {
  anyOf,
  bool,
  enumOf,
  failedCode,
  filter,
  idsOf,
  predefined,
  search,
  searchTransactions,
} from '../support/search';
import { seedSearchData, type SearchData } from '../support/searchData';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { call, childOrder, dig, many } from '../support/soap';

/** A calendar date in the dev account's zone (America/Los_Angeles), `days` from today. */
function laDate(days = 0, base = new Date()): string {
  const t = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(base);
  const [y, m, d] = t.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

describe(`search (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let data: SearchData;
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    data = await seedSearchData(url);
  });
  after(() => s.close());

  describe('the searchResult', () => {
    it('has status, totalRecords, pageSize (1000 by default), totalPages, pageIndex and a searchId, in order', async () => {
      const v = await searchTransactions(url, anyOf('entity', [data.customers.acme]));
      expect(v.status).to.deep.equal({ isSuccess: true });
      expect(v).to.deep.include({ totalRecords: 4, pageSize: 1000, totalPages: 1, pageIndex: 1 });
      expect(v.searchId).to.match(/^WEBSERVICES_TSTDRV123_\d+_[0-9a-f]{32}$/);
      expect(childOrder(v.reply.text, 'Envelope', 'Body', 'searchResponse', 'searchResult')).to.deep.equal([
        'status',
        'totalRecords',
        'pageSize',
        'totalPages',
        'pageIndex',
        'searchId',
        'recordList',
      ]);
    });

    it('returns whole records of every transaction type, typed with xsi:type, in internalId order, references named', async () => {
      const v = await searchTransactions(url, anyOf('entity', [data.customers.acme]));
      expect(v.ids).to.deep.equal([data.inv.inv1, data.inv.inv2, data.order, data.billed]);
      const [first] = v.records;
      expect(dig(first, '@xsi:type')).to.equal('tranSales:Invoice');
      expect(dig(first, 'entity')).to.deep.equal({ '@internalId': data.customers.acme, name: 'Acme Inc' });
      expect(first).to.deep.include({ memo: 'March services', total: '300.00', status: 'Open' });
      expect(dig(first, 'customFieldList')).to.not.equal(undefined);
    });

    it('leaves the item lines out by default (bodyFieldsOnly true)', async () => {
      const v = await searchTransactions(url, anyOf('internalId', [data.inv.inv3]));
      expect(dig(v.records[0], 'itemList')).to.equal(undefined);
      expect(dig(v.records[0], 'total')).to.equal('225.00');
    });

    it('includes the item lines, items named, with bodyFieldsOnly false', async () => {
      const v = await searchTransactions(url, anyOf('internalId', [data.inv.inv3]), {
        bodyFieldsOnly: false,
      });
      const lines = many(dig(v.records[0], 'itemList', 'item'));
      expect(lines.map((l) => [dig(l, 'line'), dig(l, 'item', 'name'), dig(l, 'amount')])).to.deep.equal([
        ['1', 'Consulting', '200.00'],
        ['2', 'Support', '25.00'],
      ]);
    });

    it('answers an empty result with totalRecords 0 and an empty recordList', async () => {
      const v = await searchTransactions(url, filter('memo', 'is', 'no such memo'));
      expect(v).to.deep.include({ totalRecords: 0, totalPages: 0, pageIndex: 1, ids: [] });
      expect(v.searchId).to.be.a('string');
    });

    it('works for a client built from the WSDL (node-soap)', async () => {
      const c = await nodeSoapClient(s);
      const result = (await c.call('search', {
        searchRecord: {
          attributes: c.type('platformCommon', 'TransactionSearchBasic'),
          'platformCommon:memo': {
            attributes: { operator: 'contains' },
            'platformCore:searchValue': 'march',
          },
        },
      })) as { searchResult: { status: unknown; totalRecords: number; recordList: { record: unknown[] } } };
      expect(nsStatus(result.searchResult.status)).to.deep.equal({ isSuccess: true });
      expect(result.searchResult.totalRecords).to.equal(2);
      expect(many(result.searchResult.recordList.record).map((r) => dig(r, 'tranId'))).to.have.length(2);
    });
  });

  describe('transaction types and statuses', () => {
    it('type _salesOrder finds the sales order, as a tranSales:SalesOrder', async () => {
      const v = await searchTransactions(url, enumOf('type', ['_salesOrder']));
      expect(v.ids).to.deep.equal([data.order]);
      expect(dig(v.records[0], '@xsi:type')).to.equal('tranSales:SalesOrder');
    });

    it('status _salesOrderBilled / SalesOrd:G finds the order its invoice billed', async () => {
      expect(idsOf(await searchTransactions(url, enumOf('status', ['_salesOrderBilled'])))).to.deep.equal([
        data.order,
      ]);
      expect(idsOf(await searchTransactions(url, enumOf('status', ['SalesOrd:G'])))).to.deep.equal([
        data.order,
      ]);
      expect(
        idsOf(await searchTransactions(url, enumOf('status', ['_salesOrderPendingBilling']))),
      ).to.deep.equal([]);
    });

    it('a status names its type: _invoiceOpen finds no sales order', async () => {
      const v = await searchTransactions(
        url,
        enumOf('status', ['_invoiceOpen']) + enumOf('type', ['_salesOrder']),
      );
      expect(idsOf(v)).to.deep.equal([]);
    });

    it('createdFrom and salesOrder find the invoice billed from the order', async () => {
      expect(idsOf(await searchTransactions(url, anyOf('createdFrom', [data.order])))).to.deep.equal([
        data.billed,
      ]);
      expect(idsOf(await searchTransactions(url, anyOf('salesOrder', [data.order])))).to.deep.equal([
        data.billed,
      ]);
    });
  });

  describe('TransactionSearch joins', () => {
    const txSearch = (inner: string) => search(url, 'sales:TransactionSearch', inner);

    it('customerJoin filters by the customer', async () => {
      const v = await txSearch(
        '<sales:customerJoin><common:companyName operator="is"><core:searchValue>beta llc</core:searchValue></common:companyName></sales:customerJoin>',
      );
      expect(idsOf(v)).to.deep.equal([data.inv.inv3]);
    });

    it('itemJoin finds transactions with a line of a matching item', async () => {
      const v = await txSearch(
        '<sales:itemJoin><common:itemId operator="is"><core:searchValue>Widget</core:searchValue></common:itemId></sales:itemJoin>',
      );
      expect(idsOf(v)).to.deep.equal([data.inv.inv4]);
    });

    it('basic criteria and joins are ANDed', async () => {
      const v = await txSearch(
        `<sales:basic>${filter('amount', 'greaterThan', '100')}</sales:basic>` +
          '<sales:customerJoin><common:companyName operator="startsWith"><core:searchValue>ac</core:searchValue></common:companyName></sales:customerJoin>',
      );
      expect(idsOf(v)).to.deep.equal([data.inv.inv1]);
    });

    it('createdFromJoin filters by the source transaction', async () => {
      const v = await txSearch(
        `<sales:createdFromJoin>${enumOf('type', ['_salesOrder'])}</sales:createdFromJoin>`,
      );
      expect(idsOf(v)).to.deep.equal([data.billed]);
    });

    it('a join Billwire does not support is refused with INVALID_SEARCH', async () => {
      const v = await txSearch(`<sales:salesOrderJoin>${filter('memo', 'notEmpty')}</sales:salesOrderJoin>`);
      expect(failedCode(v)).to.equal('INVALID_SEARCH');
    });
  });

  describe('customer, item and contact searches', () => {
    it('CustomerSearchBasic: companyName, isInactive, email, externalId', async () => {
      const cs = (f: string) => search(url, 'common:CustomerSearchBasic', f);
      expect(idsOf(await cs(filter('companyName', 'startsWith', 'a')))).to.deep.equal([data.customers.acme]);
      expect(idsOf(await cs(bool('isInactive', true)))).to.deep.equal([data.customers.delta]);
      expect(idsOf(await cs(filter('email', 'contains', '@acme')))).to.deep.equal([data.customers.acme]);
      const byExternal = await cs(
        '<common:externalId operator="anyOf"><core:searchValue externalId="CUST-B"/></common:externalId>',
      );
      expect(idsOf(byExternal)).to.deep.equal([data.customers.beta]);
      expect(dig(byExternal.records[0], '@xsi:type')).to.equal('listRel:Customer');
    });

    it('CustomerSearchBasic: entityId and noneOf', async () => {
      const v = await search(
        url,
        'common:CustomerSearchBasic',
        anyOf('internalId', [data.customers.acme], 'noneOf') + filter('entityId', 'contains', 'l'),
      );
      expect(idsOf(v)).to.deep.equal([data.customers.beta, data.customers.delta]);
    });

    it('ItemSearchBasic: type by ItemType value, itemId', async () => {
      const is = (f: string) => search(url, 'common:ItemSearchBasic', f);
      expect(idsOf(await is(enumOf('type', ['_service'])))).to.deep.equal([
        data.items.consulting,
        data.items.support,
      ]);
      expect(idsOf(await is(enumOf('type', ['_inventoryItem'])))).to.deep.equal([data.items.widget]);
      expect(idsOf(await is(enumOf('type', ['_kit'])))).to.deep.equal([]);
      const widget = await is(filter('itemId', 'is', 'WIDGET'));
      expect(idsOf(widget)).to.deep.equal([data.items.widget]);
      expect(dig(widget.records[0], '@xsi:type')).to.equal('listAcct:InventoryItem');
    });

    it('ContactSearchBasic: lastName and company', async () => {
      const contact = await addRecord(
        url,
        `<msgs:record xsi:type="rel:Contact"><rel:company internalId="${data.customers.beta}"/><rel:firstName>Jo</rel:firstName><rel:lastName>Doe</rel:lastName></msgs:record>`,
      );
      const v = await search(
        url,
        'common:ContactSearchBasic',
        filter('lastName', 'is', 'doe') + anyOf('company', [data.customers.beta]),
      );
      expect(idsOf(v)).to.deep.equal([contact]);
      expect(dig(v.records[0], 'company', 'name')).to.equal('Beta LLC');
    });

    it('a CustomerSearch wrapper searches its basic criteria', async () => {
      const v = await search(
        url,
        'rel:CustomerSearch',
        `<rel:basic>${filter('companyName', 'is', 'gamma co')}</rel:basic>`,
      );
      expect(idsOf(v)).to.deep.equal([data.customers.gamma]);
    });
  });

  describe('predefined dates, in the account time zone', () => {
    const made: Record<string, string> = {};
    const dateOf: Record<string, string> = {};
    let year = 0;
    before(async () => {
      const today = laDate();
      const [y, m] = today.split('-').map(Number) as [number, number];
      year = y;
      const lastMonth = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
      Object.assign(dateOf, {
        today,
        yesterday: laDate(-1),
        lastMonthStart: lastMonth,
        lastYear: `${y - 1}-01-15`,
      });
      for (const [name, d] of Object.entries(dateOf)) {
        made[name] = await addRecord(
          url,
          invoiceXml({
            customer: data.customers.gamma,
            tranDate: `${d}T00:00:00.000-08:00`,
            lines: [{ item: data.items.support }],
          }),
        );
      }
    });

    async function within(value: string): Promise<string[]> {
      const among = anyOf('internalId', Object.values(made));
      const ids = idsOf(await searchTransactions(url, among + predefined('tranDate', 'within', value)));
      return Object.keys(made).filter((k) => ids.includes(made[k]!));
    }

    it('today and yesterday', async () => {
      expect(await within('today')).to.deep.equal(['today']);
      expect(await within('yesterday')).to.deep.equal(['yesterday']);
    });

    it('thisMonth and lastMonth', async () => {
      expect(await within('thisMonth'))
        .to.include('today')
        .and.not.include('lastMonthStart');
      expect(await within('lastMonth'))
        .to.include('lastMonthStart')
        .and.not.include('today');
    });

    it('thisYear and thisFiscalYear (the calendar year), lastFiscalYear', async () => {
      for (const v of ['thisYear', 'thisFiscalYear']) {
        expect(await within(v))
          .to.include('today')
          .and.not.include('lastYear');
      }
      // In January, last month (and on the 1st, yesterday) fall in last year too.
      const alsoLastYear = ['yesterday', 'lastMonthStart'].filter(
        (k) => made[k] && dateOf[k]!.startsWith(`${year - 1}-`),
      );
      expect(await within('lastFiscalYear')).to.have.members(['lastYear', ...alsoLastYear]);
    });

    it('operators other than within compare with the range: after lastMonth, onOrBefore yesterday', async () => {
      const among = anyOf('internalId', Object.values(made));
      const after = idsOf(
        await searchTransactions(url, among + predefined('tranDate', 'after', 'lastMonth')),
      );
      expect(after).to.include(made.today).and.not.include(made.lastMonthStart);
      const upTo = idsOf(
        await searchTransactions(url, among + predefined('tranDate', 'onOrBefore', 'yesterday')),
      );
      expect(upTo).to.include(made.yesterday).and.not.include(made.today);
    });

    it('lastModifiedDate within today (an instant field)', async () => {
      const among = anyOf('internalId', Object.values(made));
      const v = await searchTransactions(url, among + predefined('lastModifiedDate', 'within', 'today'));
      expect(idsOf(v)).to.have.length(4);
    });
  });

  describe('refused searches answer a failed status, never ignore a criterion', () => {
    const code = async (filters: string, prefs = {}) =>
      failedCode(await searchTransactions(url, filters, prefs));

    it('a field Billwire cannot search: INVALID_SEARCH_FIELD_NAME', async () => {
      expect(await code(filter('daysOverdue', 'greaterThan', '3'))).to.equal('INVALID_SEARCH_FIELD_NAME');
      expect(await code(anyOf('account', ['1']))).to.equal('INVALID_SEARCH_FIELD_NAME');
    });

    it('a missing operator: INVALID_SEARCH_OPERATOR', async () => {
      expect(await code('<common:memo><core:searchValue>x</core:searchValue></common:memo>')).to.equal(
        'INVALID_SEARCH_OPERATOR',
      );
      expect(await code('<common:entity><core:searchValue internalId="1"/></common:entity>')).to.equal(
        'INVALID_SEARCH_OPERATOR',
      );
    });

    it("an operator outside the field type's enumeration fails schema validation, as NetSuite's does (a Fault)", async () => {
      for (const f of [
        filter('memo', 'greaterThan', 'a'),
        filter('amount', 'contains', '1'),
        anyOf('entity', ['1'], 'is'),
      ]) {
        const reply = await call(
          url,
          'search',
          `<msgs:search><msgs:searchRecord xsi:type="common:TransactionSearchBasic">${f}</msgs:searchRecord></msgs:search>`,
        );
        expect(reply.fault?.code, reply.text).to.equal('USER_ERROR');
        expect(reply.fault?.message).to.match(/Operator/);
      }
    });

    it('a value the operator cannot use: INVALID_SEARCH_VALUE', async () => {
      expect(await code(predefined('tranDate', 'within', 'lastYear'))).to.equal('INVALID_SEARCH_VALUE');
      expect(await code(filter('amount', 'between', '1'))).to.equal('INVALID_SEARCH_VALUE');
      expect(await code(filter('memo', 'is'))).to.equal('INVALID_SEARCH_VALUE');
      expect(await code(enumOf('status', ['_invoiceSomething']))).to.equal('INVALID_SEARCH_VALUE');
      expect(await code(anyOf('entity', ['abc']))).to.equal('INVALID_SEARCH_VALUE');
      expect(await code(filter('tranDate', 'on'))).to.equal('INVALID_SEARCH_VALUE');
    });

    it('a page size outside 5-1000: INVALID_SEARCH_PAGE_SIZE', async () => {
      expect(await code(filter('memo', 'notEmpty'), { pageSize: 4 })).to.equal('INVALID_SEARCH_PAGE_SIZE');
      expect(await code(filter('memo', 'notEmpty'), { pageSize: 1001 })).to.equal('INVALID_SEARCH_PAGE_SIZE');
    });

    it('a failed search has only its status', async () => {
      const v = await searchTransactions(url, filter('daysOverdue', 'greaterThan', '3'));
      expect(childOrder(v.reply.text, 'Envelope', 'Body', 'searchResponse', 'searchResult')).to.deep.equal([
        'status',
      ]);
      expect(v.status.message).to.match(/daysOverdue/);
    });
  });
});
