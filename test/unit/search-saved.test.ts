/**
 * The saved searches file: parsed into criteria and columns at start-up, and refused (naming the entry)
 * when a search would refuse it — so a typo shows when Billwire starts, not on the first search.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { parseSavedSearches, SavedSearchCatalog } from '../../src/domain/search/savedSearches';

const entry = (over: Record<string, unknown> = {}) => ({
  internalId: '1',
  name: 'Open invoices',
  searchType: 'transaction',
  criteria: { basic: [{ field: 'status', operator: 'anyOf', searchValue: ['_invoiceOpen'] }] },
  ...over,
});

function message(json: unknown): string {
  try {
    parseSavedSearches(json);
  } catch (err) {
    return (err as Error).message;
  }
  return 'parsed';
}

describe('saved searches file', () => {
  it('parses criteria (fields, custom fields, joins) and columns', () => {
    const [s] = parseSavedSearches({
      savedSearches: [
        entry({
          scriptId: 'customsearch_x',
          criteria: {
            basic: [
              { field: 'entity', operator: 'anyOf', searchValue: [{ internalId: '42' }] },
              { customField: 'custbody_channel', type: 'string', operator: 'is', searchValue: 'web' },
            ],
            customerJoin: [{ field: 'companyName', operator: 'startsWith', searchValue: 'A' }],
          },
          columns: {
            basic: ['tranId', { name: 'total', customLabel: 'Total' }, { customField: 'custbody_channel' }],
          },
        }),
      ],
    });
    expect(s!.criteria.basic).to.deep.equal([
      { field: 'entity', operator: 'anyOf', values: [{ internalId: '42' }] },
      {
        field: 'custbody_channel',
        operator: 'is',
        values: ['web'],
        custom: { kind: 'string', scriptId: 'custbody_channel' },
      },
    ]);
    expect(s!.criteria.joins).to.deep.equal([
      { name: 'customerJoin', criteria: [{ field: 'companyName', operator: 'startsWith', values: ['A'] }] },
    ]);
    expect(s!.columns!.basic).to.deep.equal([
      { name: 'tranId' },
      { name: 'total', customLabel: 'Total' },
      { name: 'custbody_channel', customLabel: undefined, custom: { scriptId: 'custbody_channel' } },
    ]);
  });

  it('refuses entries a search would refuse, naming them', () => {
    expect(
      message({
        savedSearches: [
          entry({ criteria: { basic: [{ field: 'nope', operator: 'is', searchValue: 'x' }] } }),
        ],
      }),
    ).to.match(/savedSearches\[0\].*nope/);
    expect(
      message({
        savedSearches: [
          entry({ criteria: { basic: [{ field: 'memo', operator: 'anyOf', searchValue: 'x' }] } }),
        ],
      }),
    ).to.match(/not a valid operator/);
    expect(message({ savedSearches: [entry({ searchType: 'vendor' })] })).to.match(/searchType/);
    expect(message({ savedSearches: [entry({ columns: { basic: ['nope'] } })] })).to.match(/column nope/);
    expect(message({ savedSearches: [entry(), entry()] })).to.match(/two saved searches have id 1/);
    expect(message({ searches: [] })).to.match(/savedSearches/);
  });

  it('shows a saved search only to the accounts it lists', () => {
    const catalog = new SavedSearchCatalog(
      parseSavedSearches({ savedSearches: [entry({ accounts: ['acct1'] })] }),
    );
    expect(catalog.list('ACCT1', 'transaction')).to.have.length(1);
    expect(catalog.list('OTHER', 'transaction')).to.have.length(0);
    expect(catalog.find('OTHER', { internalId: '1' })).to.equal(undefined);
  });

  it('a bad file stops start-up with a ConfigError naming BILLWIRE_SAVED_SEARCHES_FILE', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-saved-'));
    const file = path.join(dir, 'saved.json');
    try {
      fs.writeFileSync(file, '{ not json');
      expect(() => loadConfig([], { BILLWIRE_SAVED_SEARCHES_FILE: file })).to.throw(
        ConfigError,
        /BILLWIRE_SAVED_SEARCHES_FILE/,
      );
      fs.writeFileSync(file, JSON.stringify({ savedSearches: [entry({ searchType: 'nope' })] }));
      expect(() => loadConfig([], { BILLWIRE_SAVED_SEARCHES_FILE: file })).to.throw(
        ConfigError,
        /searchType/,
      );
      fs.writeFileSync(file, JSON.stringify({ savedSearches: [entry()] }));
      expect(loadConfig([], { BILLWIRE_SAVED_SEARCHES_FILE: file }).savedSearches).to.have.length(1);
      expect(() => loadConfig([], { BILLWIRE_SEARCH_ID_TTL_SECONDS: '0' })).to.throw(
        /BILLWIRE_SEARCH_ID_TTL_SECONDS/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
