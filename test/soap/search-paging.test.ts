/**
 * Paging: search answers page 1 and a searchId; searchMoreWithId answers any page, in any order, with the
 * same rows each time (stable internalId order, no gaps, no duplicates); the last page is short; a page out
 * of range is INVALID_SEARCH_PAGE_INDEX; a searchId that is unknown, expired (15 minutes after last use;
 * shortened here with BILLWIRE_SEARCH_ID_TTL_SECONDS) or another account's is INVALID_JOB_ID — all as the
 * searchResult's status. A searchId lives in the database, so another instance on it serves later pages.
 */
import { expect } from 'chai';
import { credentialsFor, writeAccountsFile, type AccountsFile } from '../support/accounts';
import { invoiceParties, invoiceXml, statusOf } from '../support/records';
import { failedCode, filter, idsOf, searchMore, searchTransactions } from '../support/search';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { call, dig, many } from '../support/soap';

const COUNT = 23;
const PAGE = 5;

async function seedInvoices(url: string, memo: string, n: number): Promise<string[]> {
  const { customer, item } = await invoiceParties(url);
  const records = Array.from({ length: n }, (_, i) =>
    invoiceXml({
      customer,
      memo,
      tranDate: `2024-04-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000-07:00`,
      lines: [{ item, quantity: String(i + 1) }],
    }),
  );
  const reply = await call(url, 'addList', `<msgs:addList>${records.join('')}</msgs:addList>`);
  const responses = many(dig(reply.body, 'addListResponse', 'writeResponseList', 'writeResponse'));
  expect(responses.map((r) => statusOf(dig(r, 'status')).isSuccess)).to.deep.equal(Array(n).fill(true));
  return responses.map((r) => String(dig(r, 'baseRef', '@internalId')));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`search paging (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let ids: string[];
  let accounts: AccountsFile;
  const other = credentialsFor('OTHER1');
  before(async () => {
    accounts = writeAccountsFile([{ id: 'OTHER1' }]);
    s = await startTestServer({ env: { BILLWIRE_ACCOUNTS_FILE: accounts.path } });
    url = s.endpoint();
    ids = await seedInvoices(url, 'paged', COUNT);
  });
  after(async () => {
    await s.close();
    accounts.remove();
  });

  const paged = () => searchTransactions(url, filter('memo', 'is', 'paged'), { pageSize: PAGE });

  it('answers page 1 with the counts of the whole result', async () => {
    const first = await paged();
    expect(first).to.deep.include({ totalRecords: COUNT, pageSize: PAGE, totalPages: 5, pageIndex: 1 });
    expect(first.ids).to.deep.equal(ids.slice(0, PAGE));
  });

  it('walks every page in order: no gaps, no duplicates, the last page short', async () => {
    const first = await paged();
    const seen = [...first.ids];
    for (let p = 2; p <= 5; p++) {
      const page = await searchMore(url, first.searchId!, p);
      expect(page).to.deep.include({
        totalRecords: COUNT,
        pageSize: PAGE,
        totalPages: 5,
        pageIndex: p,
        searchId: first.searchId,
      });
      expect(page.ids).to.have.length(p === 5 ? COUNT - 4 * PAGE : PAGE);
      seen.push(...page.ids);
    }
    expect(seen).to.deep.equal(ids);
  });

  it('answers pages in any order, each the same every time, page 1 included', async () => {
    const first = await paged();
    const order = [4, 2, 5, 1, 3, 4];
    const pages = new Map<number, string[]>();
    for (const p of order) {
      const page = await searchMore(url, first.searchId!, p);
      if (pages.has(p)) expect(page.ids).to.deep.equal(pages.get(p));
      pages.set(p, idsOf(page));
    }
    expect(pages.get(1)).to.deep.equal(first.ids);
    expect([1, 2, 3, 4, 5].flatMap((p) => pages.get(p)!)).to.deep.equal(ids);
  });

  it('keeps bodyFieldsOnly false on later pages', async () => {
    const first = await searchTransactions(url, filter('memo', 'is', 'paged'), {
      pageSize: PAGE,
      bodyFieldsOnly: false,
    });
    const page = await searchMore(url, first.searchId!, 2);
    expect(many(dig(page.records[0], 'itemList', 'item'))).to.have.length(1);
  });

  it('refuses a page out of range with INVALID_SEARCH_PAGE_INDEX', async () => {
    const first = await paged();
    for (const p of [0, 6, -1])
      expect(failedCode(await searchMore(url, first.searchId!, p))).to.equal('INVALID_SEARCH_PAGE_INDEX');
  });

  it('answers an unknown searchId with INVALID_JOB_ID', async () => {
    expect(failedCode(await searchMore(url, 'WEBSERVICES_TSTDRV123_1_nope', 1))).to.equal('INVALID_JOB_ID');
  });

  it("answers another account's searchId with INVALID_JOB_ID, and keeps each account's records apart", async () => {
    const first = await paged();
    expect(failedCode(await searchMore(url, first.searchId!, 2, { credentials: other }))).to.equal(
      'INVALID_JOB_ID',
    );
    const theirs = await searchTransactions(url, filter('memo', 'is', 'paged'), {}, { credentials: other });
    expect(theirs).to.deep.include({ totalRecords: 0 });
  });

  it('serves a searchId from another instance on the same database', async () => {
    const first = await paged();
    const peer = await startTestServer({
      dataDir: s.config.dataDir,
      databaseUrl: s.config.databaseUrl,
      env: { BILLWIRE_ACCOUNTS_FILE: accounts.path },
    });
    try {
      const page = await searchMore(peer.endpoint(), first.searchId!, 2);
      expect(page.ids).to.deep.equal(ids.slice(PAGE, 2 * PAGE));
    } finally {
      await peer.close();
    }
  });

  describe('searchId lifetime (BILLWIRE_SEARCH_ID_TTL_SECONDS=2)', () => {
    let short: TestServer;
    let shortUrl: string;
    before(async () => {
      short = await startTestServer({ env: { BILLWIRE_SEARCH_ID_TTL_SECONDS: '2' } });
      shortUrl = short.endpoint();
      await seedInvoices(shortUrl, 'short', 12);
    });
    after(() => short.close());

    it('expires a searchId unused for its lifetime: INVALID_JOB_ID', async () => {
      const first = await searchTransactions(shortUrl, filter('memo', 'is', 'short'), { pageSize: PAGE });
      await sleep(2300);
      const late = await searchMore(shortUrl, first.searchId!, 2);
      expect(failedCode(late)).to.equal('INVALID_JOB_ID');
      expect(late.status.message).to.match(/expired/);
    });

    it('counts the lifetime from the last use', async () => {
      const first = await searchTransactions(shortUrl, filter('memo', 'is', 'short'), { pageSize: PAGE });
      // Two uses 1.1 s apart outlive a 2 s lifetime only if each use restarts it; 0.9 s of margin per wait.
      for (let i = 0; i < 2; i++) {
        await sleep(1100);
        expect((await searchMore(shortUrl, first.searchId!, 2)).status).to.deep.equal({ isSuccess: true });
      }
    });
  });
});
