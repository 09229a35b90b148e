/**
 * Search interop with a client nobody here wrote: Debian's python3-zeep in strict mode runs a search
 * session (test/interop/zeep_search.py) from the served WSDL — a basic search with searchPreferences, a
 * searchMoreWithId walk, a custom field filter, an advanced search with columns and getDeleted. Outside
 * CI, a machine without zeep skips this file with a message; under CI=true it fails.
 */
import { expect } from 'chai';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { requireZeep, runZeepScript } from '../support/zeep';

interface Page {
  status: { isSuccess: boolean; code: string | null };
  totalRecords: number | null;
  pageSize: number | null;
  totalPages: number | null;
  pageIndex: number | null;
  classes: string[];
  ids: string[];
}

interface Session {
  added: string[];
  search: Page;
  searchId: string;
  walk: Page[];
  again2: Page;
  beyond: Page;
  custom: Page;
  advanced: {
    status: Page['status'];
    totalRecords: number;
    classes: string[];
    first: [string, string, number];
  };
  getDeleted: { status: Page['status']; records: [string, string][] };
}

const OK = { isSuccess: true, code: null };

describe(`interop: python3-zeep search session, strict mode (${TEST_DB})`, () => {
  let s: TestServer | undefined;
  let session: Session;

  before(async function () {
    await requireZeep(this, 'zeep search interop test');
    s = await startTestServer();
    session = await runZeepScript<Session>('zeep_search.py', s);
  });
  after(() => s?.close());

  it('answers page 1 of 12 invoices by 5, as Invoice objects', () => {
    expect(session.search).to.deep.include({
      status: OK,
      totalRecords: 12,
      pageSize: 5,
      totalPages: 3,
      pageIndex: 1,
      classes: ['Invoice'],
    });
    expect(session.search.ids).to.deep.equal(session.added.slice(0, 5));
    expect(session.searchId).to.match(/^WEBSERVICES_/);
  });

  it('walks the pages with searchMoreWithId without gaps or duplicates, the last one short', () => {
    expect(session.walk.map((p) => [p.pageIndex, p.ids.length])).to.deep.equal([
      [1, 5],
      [2, 5],
      [3, 2],
    ]);
    expect(session.walk.flatMap((p) => p.ids)).to.deep.equal(session.added);
    expect(session.again2.ids).to.deep.equal(session.walk[1]!.ids);
  });

  it('answers a page beyond the last with INVALID_SEARCH_PAGE_INDEX in the status', () => {
    expect(session.beyond.status).to.deep.equal({ isSuccess: false, code: 'INVALID_SEARCH_PAGE_INDEX' });
  });

  it('filters by a custom field', () => {
    expect(session.custom.status).to.deep.equal(OK);
    expect(session.custom.ids).to.deep.equal(session.added.filter((_, i) => i % 2 === 1));
  });

  it('answers an advanced search with TransactionSearchRow columns zeep deserializes', () => {
    expect(session.advanced).to.deep.include({
      status: OK,
      totalRecords: 12,
      classes: ['TransactionSearchRow'],
    });
    expect(session.advanced.first).to.deep.equal([session.added[0], '2024-05-01T00:00:00-07:00', 50]);
  });

  it('lists the deleted invoice with getDeleted', () => {
    expect(session.getDeleted).to.deep.equal({ status: OK, records: [['invoice', session.added[0]]] });
  });
});
