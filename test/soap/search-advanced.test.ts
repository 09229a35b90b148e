/**
 * Advanced searches: TransactionSearchAdvanced (and the customer and item ones) with columns answer a
 * searchRowList whose columns carry searchValues (select columns by internalId, dates in the account's zone,
 * custom field columns typed by their kind, joined columns from the customer or the line's item); mainLine
 * false gives one row per item line; returnSearchColumns false gives records. Saved searches come from
 * BILLWIRE_SAVED_SEARCHES_FILE: getSavedSearch lists them, savedSearchId / savedSearchScriptId runs them
 * with the request's criteria ANDed to theirs.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { credentialsFor, writeAccountsFile, type AccountsFile } from '../support/accounts';
import { statusOf } from '../support/records';
import { anyOf, bool, enumOf, failedCode, filter, idsOf, search, searchMore } from '../support/search';
import { seedSearchData, type SearchData } from '../support/searchData';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { call, dig, many, type Node } from '../support/soap';

/** A row's basic columns as { column: searchValue } (select columns: their internalId). */
function columns(row: Node, group = 'basic'): Record<string, unknown> {
  const g = (dig(row, group) ?? {}) as Node;
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(g)) {
    if (name === 'customFieldList') continue;
    const value = dig(v, 'searchValue');
    out[name] = typeof value === 'object' && value !== null ? dig(value, '@internalId') : value;
  }
  return out;
}

const SAVED = {
  savedSearches: [
    {
      internalId: '501',
      scriptId: 'customsearch_bw_acme_invoices',
      name: 'Acme invoices',
      searchType: 'transaction',
      criteria: {
        basic: [{ field: 'type', operator: 'anyOf', searchValue: ['_invoice'] }],
        customerJoin: [{ field: 'companyName', operator: 'is', searchValue: 'Acme Inc' }],
      },
      columns: { basic: ['tranId', { name: 'total', customLabel: 'Total' }], customerJoin: ['companyName'] },
    },
    {
      internalId: '502',
      name: 'Web channel',
      searchType: 'transaction',
      criteria: {
        basic: [
          { customField: 'custbody_channel', type: 'string', operator: 'contains', searchValue: 'web' },
        ],
      },
    },
    {
      internalId: '601',
      name: 'Active customers',
      searchType: 'customer',
      criteria: { basic: [{ field: 'isInactive', searchValue: false }] },
    },
    { internalId: '701', name: 'Only for OTHER1', searchType: 'transaction', accounts: ['OTHER1'] },
  ],
};

describe(`advanced search and saved searches (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let data: SearchData;
  let dir: string;
  let accounts: AccountsFile;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-saved-'));
    const file = path.join(dir, 'saved.json');
    fs.writeFileSync(file, JSON.stringify(SAVED));
    accounts = writeAccountsFile([{ id: 'OTHER1' }]);
    s = await startTestServer({
      env: { BILLWIRE_SAVED_SEARCHES_FILE: file, BILLWIRE_ACCOUNTS_FILE: accounts.path },
    });
    url = s.endpoint();
    data = await seedSearchData(url);
  });
  after(async () => {
    await s.close();
    accounts.remove();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const advanced = (criteria: string, cols: string, attrs = '', prefs = {}) =>
    search(
      url,
      `sales:TransactionSearchAdvanced"${attrs}`.replace(/"$/, ''),
      `<sales:criteria><sales:basic>${criteria}</sales:basic></sales:criteria><sales:columns>${cols}</sales:columns>`,
      prefs,
    );

  describe('columns', () => {
    it('answers TransactionSearchRows with the selected basic columns', async () => {
      const v = await advanced(
        anyOf('internalId', [data.inv.inv1, data.inv.inv3]),
        '<sales:basic><common:amount/><common:entity/><common:externalId/><common:internalId/><common:mainLine/><common:memo/>' +
          '<common:status/><common:tranDate/><common:tranId/><common:type/></sales:basic>',
      );
      expect(v.status).to.deep.equal({ isSuccess: true });
      expect(v.records).to.deep.equal([]);
      expect(v.rows.map((r) => dig(r, '@xsi:type'))).to.deep.equal([
        'tranSales:TransactionSearchRow',
        'tranSales:TransactionSearchRow',
      ]);
      const [r1, r3] = v.rows.map((r) => columns(r));
      expect(r1).to.deep.include({
        amount: '300.00',
        entity: data.customers.acme,
        externalId: 'INV-1',
        internalId: data.inv.inv1,
        mainLine: 'true',
        memo: 'March services',
        status: 'open',
        tranDate: '2024-01-15T00:00:00.000-08:00',
        type: '_invoice',
      });
      expect(r1!.tranId).to.be.a('string');
      // Empty columns are left out, as NetSuite leaves them out.
      expect(r3).to.not.have.property('memo');
      expect(r3).to.not.have.property('externalId');
    });

    it('echoes customLabel and fills custom field columns by their kind', async () => {
      const v = await advanced(
        anyOf('internalId', [data.inv.inv1]),
        '<sales:basic><common:tranDate><core:customLabel>Date</core:customLabel></common:tranDate><common:customFieldList>' +
          '<core:customField xsi:type="core:SearchColumnStringCustomField" scriptId="custbody_channel"/>' +
          '<core:customField xsi:type="core:SearchColumnLongCustomField" scriptId="custbody_priority"/>' +
          '<core:customField xsi:type="core:SearchColumnSelectCustomField" scriptId="custbody_region"/>' +
          '</common:customFieldList></sales:basic>',
      );
      const row = v.rows[0]!;
      expect(dig(row, 'basic', 'tranDate', 'customLabel')).to.equal('Date');
      const custom = many(dig(row, 'basic', 'customFieldList', 'customField'));
      expect(custom.map((c) => [dig(c, '@xsi:type'), dig(c, '@scriptId')])).to.deep.equal([
        ['platformCore:SearchColumnStringCustomField', 'custbody_channel'],
        ['platformCore:SearchColumnLongCustomField', 'custbody_priority'],
        ['platformCore:SearchColumnSelectCustomField', 'custbody_region'],
      ]);
      expect(custom.map((c) => dig(c, 'searchValue'))).to.deep.equal(['web', '5', { '@internalId': '7' }]);
    });

    it('fills customerJoin columns from the customer', async () => {
      const v = await advanced(
        anyOf('internalId', [data.inv.inv3]),
        '<sales:basic><common:tranId/></sales:basic><sales:customerJoin><common:companyName/><common:entityId/></sales:customerJoin>',
      );
      expect(columns(v.rows[0]!, 'customerJoin')).to.deep.equal({
        companyName: 'Beta LLC',
        entityId: 'Beta LLC',
      });
    });

    it('mainLine false: one row per item line, with line columns and itemJoin columns', async () => {
      const v = await advanced(
        anyOf('internalId', [data.inv.inv3]) + bool('mainLine', false),
        '<sales:basic><common:amount/><common:item/><common:line/><common:mainLine/><common:quantity/><common:rate/></sales:basic>' +
          '<sales:itemJoin><common:itemId/></sales:itemJoin>',
      );
      expect(v.totalRecords).to.equal(2);
      expect(v.rows.map((r) => columns(r))).to.deep.equal([
        {
          amount: '200.00',
          item: data.items.consulting,
          line: '1',
          mainLine: 'false',
          quantity: '2',
          rate: '100',
        },
        {
          amount: '25.00',
          item: data.items.support,
          line: '2',
          mainLine: 'false',
          quantity: '1',
          rate: '25',
        },
      ]);
      expect(v.rows.map((r) => columns(r, 'itemJoin'))).to.deep.equal([
        { itemId: 'Consulting' },
        { itemId: 'Support' },
      ]);
    });

    it('item filters on line rows keep only the matching lines', async () => {
      const v = await advanced(
        bool('mainLine', false) + anyOf('item', [data.items.support]),
        '<sales:basic><common:internalId/><common:line/></sales:basic>',
      );
      expect(v.rows.map((r) => columns(r))).to.deep.equal([
        { internalId: data.inv.inv2, line: '1' },
        { internalId: data.inv.inv3, line: '2' },
      ]);
    });

    it('pages rows with searchMoreWithId: every page in turn gives the rows of one big page', async () => {
      const criteria = enumOf('type', ['_invoice']) + bool('mainLine', false);
      const cols = '<sales:basic><common:internalId/><common:line/></sales:basic>';
      const key = (r: Node) => `${String(columns(r).internalId)}/${String(columns(r).line)}`;
      const whole = await advanced(criteria, cols);
      const first = await advanced(criteria, cols, '', { pageSize: 5 });
      expect(whole.totalRecords, 'more line rows than one page of 5').to.be.greaterThan(5);
      expect(first).to.deep.include({ totalRecords: whole.totalRecords, pageSize: 5, pageIndex: 1 });
      expect(first.totalPages).to.equal(Math.ceil(whole.totalRecords! / 5));
      const rows = [...first.rows];
      for (let page = 2; page <= first.totalPages!; page++) {
        const more = await searchMore(url, first.searchId!, page);
        expect(more.status).to.deep.equal({ isSuccess: true });
        expect(more.pageIndex).to.equal(page);
        rows.push(...more.rows);
      }
      expect(rows.map(key)).to.deep.equal(whole.rows.map(key));
    });

    it('returnSearchColumns false answers records instead of rows', async () => {
      const v = await advanced(
        anyOf('internalId', [data.inv.inv2]),
        '<sales:basic><common:tranId/></sales:basic>',
        '',
        {
          returnSearchColumns: false,
        },
      );
      expect(v.rows).to.deep.equal([]);
      expect(idsOf(v)).to.deep.equal([data.inv.inv2]);
    });

    it('CustomerSearchAdvanced and ItemSearchAdvanced answer their own row types', async () => {
      const c = await search(
        url,
        'rel:CustomerSearchAdvanced',
        `<rel:criteria><rel:basic>${filter('companyName', 'is', 'Acme Inc')}</rel:basic></rel:criteria><rel:columns><rel:basic><common:email/><common:isInactive/></rel:basic></rel:columns>`,
      );
      expect(dig(c.rows[0], '@xsi:type')).to.equal('listRel:CustomerSearchRow');
      expect(columns(c.rows[0]!)).to.deep.equal({ email: 'ap@acme.test', isInactive: 'false' });
      const i = await search(
        url,
        'acct:ItemSearchAdvanced',
        `<acct:criteria><acct:basic>${filter('itemId', 'is', 'Widget')}</acct:basic></acct:criteria><acct:columns><acct:basic><common:itemId/><common:type/></acct:basic></acct:columns>`,
      );
      expect(columns(i.rows[0]!)).to.deep.equal({ itemId: 'Widget', type: '_inventoryItem' });
    });
  });

  describe('saved searches', () => {
    it('getSavedSearch lists the account’s saved searches of a type, with scriptIds', async () => {
      const reply = await call(
        url,
        'getSavedSearch',
        '<msgs:getSavedSearch><msgs:record searchType="transaction"/></msgs:getSavedSearch>',
      );
      const result = dig(reply.body, 'getSavedSearchResponse', 'getSavedSearchResult');
      expect(statusOf(dig(result, 'status'))).to.deep.equal({ isSuccess: true });
      expect(dig(result, 'totalRecords')).to.equal('2');
      const refs = many(dig(result, 'recordRefList', 'recordRef'));
      expect(refs.map((r) => [dig(r, '@internalId'), dig(r, '@scriptId'), dig(r, 'name')])).to.deep.equal([
        ['501', 'customsearch_bw_acme_invoices', 'Acme invoices'],
        ['502', undefined, 'Web channel'],
      ]);
    });

    it('getSavedSearch of another type, and of a type with none', async () => {
      const names = async (type: string) => {
        const reply = await call(
          url,
          'getSavedSearch',
          `<msgs:getSavedSearch><msgs:record searchType="${type}"/></msgs:getSavedSearch>`,
        );
        return many(
          dig(reply.body, 'getSavedSearchResponse', 'getSavedSearchResult', 'recordRefList', 'recordRef'),
        ).map((r) => dig(r, 'name'));
      };
      expect(await names('customer')).to.deep.equal(['Active customers']);
      expect(await names('vendor')).to.deep.equal([]);
    });

    it('runs a saved search by savedSearchId with its columns', async () => {
      const v = await search(url, 'sales:TransactionSearchAdvanced" savedSearchId="501', '');
      expect(v.rows.map((r) => columns(r).total)).to.deep.equal(['300.00', '50.00', '100.00']);
      expect(dig(v.rows[0], 'basic', 'total', 'customLabel')).to.equal('Total');
      expect(columns(v.rows[0]!, 'customerJoin')).to.deep.equal({ companyName: 'Acme Inc' });
    });

    it('ANDs the criteria sent with a saved search, by savedSearchScriptId', async () => {
      const v = await search(
        url,
        'sales:TransactionSearchAdvanced" savedSearchScriptId="customsearch_bw_acme_invoices',
        `<sales:criteria><sales:basic>${filter('amount', 'lessThan', '100')}</sales:basic></sales:criteria>`,
      );
      expect(v.rows.map((r) => columns(r).tranId)).to.have.length(1);
      expect(v.rows.map((r) => columns(r).total)).to.deep.equal(['50.00']);
    });

    it('a saved search without columns answers records', async () => {
      const v = await search(url, 'sales:TransactionSearchAdvanced" savedSearchId="502', '');
      expect(idsOf(v)).to.deep.equal([data.inv.inv1, data.inv.inv3]);
    });

    it('an unknown saved search, one of another type or another account: INVALID_SAVED_SRCH', async () => {
      expect(
        failedCode(await search(url, 'sales:TransactionSearchAdvanced" savedSearchId="999', '')),
      ).to.equal('INVALID_SAVED_SRCH');
      expect(
        failedCode(await search(url, 'sales:TransactionSearchAdvanced" savedSearchId="601', '')),
      ).to.equal('INVALID_SAVED_SRCH');
      expect(
        failedCode(await search(url, 'sales:TransactionSearchAdvanced" savedSearchId="701', '')),
      ).to.equal('INVALID_SAVED_SRCH');
      const theirs = await search(
        url,
        'sales:TransactionSearchAdvanced" savedSearchId="701',
        '',
        {},
        { credentials: credentialsFor('OTHER1') },
      );
      expect(theirs.status).to.deep.equal({ isSuccess: true });
    });
  });
});
