/**
 * The async operations as a client's polling loop sees them: every submit answers at once with an
 * asyncStatusResult, checkAsyncStatus moves pending -> processing -> finished / finishedWithErrors,
 * getAsyncResult answers the result typed per operation and paged, and every way to get it wrong is a
 * clean AsyncFault (INVALID_JOB_ID, JOB_NOT_COMPLETE, INVALID_PAGE_INDEX) or ExceededRecordCountFault.
 * The jobs run in the server's job thread, as in production.
 */
import { expect } from 'chai';
import { credentialsFor, writeAccountsFile, type AccountsFile } from '../support/accounts';
import {
  asyncResult,
  asyncResultRaw,
  checkStatus,
  checkStatusRaw,
  FINAL,
  runJob,
  submit,
  submitRaw,
  waitForJob,
} from '../support/async';
import { initializeRecordXml } from '../support/orders';
import { filter, searchPrefsXml } from '../support/search';
import {
  addCustomer,
  baseRefXml,
  customerXml,
  getRecord,
  invoiceParties,
  invoiceXml,
  outcomeOf,
  readRecord,
} from '../support/records';
import { describeReply, dig, many, type SoapReply } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const JOB_ID = /^ASYNCWEBSERVICES_TSTDRV123_\d+_[0-9a-f]+$/;
const ORDER = ['pending', 'retry', 'processing', 'finished', 'finishedWithErrors', 'failed'];

function expectFault(r: SoapReply, element: string, code: string): void {
  expect(r.status, describeReply(r)).to.equal(500);
  expect(r.fault, describeReply(r)).to.include({ detailElement: element, code });
  expect(r.fault!.faultcode).to.equal('soapenv:Server.userException');
  expect(r.text).to.not.match(/\bat \w+ \(/); // no stack trace
}

const outcomes = (list: unknown, item: string) =>
  many(dig(list, item)).map((w) => outcomeOf(dig(w, 'status')));

describe(`async operations (${TEST_DB})`, function () {
  this.timeout(30_000);
  let s: TestServer;
  let url: string;
  let customer: string;
  let item: string;
  let accounts: AccountsFile;
  before(async () => {
    accounts = writeAccountsFile([{ id: 'OTHER_ACCT' }]);
    s = await startTestServer({ env: { BILLWIRE_ACCOUNTS_FILE: accounts.path } });
    url = s.endpoint();
    ({ customer, item } = await invoiceParties(url));
  });
  after(async () => {
    await s.close();
    accounts.remove();
  });

  const invoice = (externalId: string, rate = '10.00', who = customer) =>
    invoiceXml({ customer: who, externalId, lines: [{ item, quantity: '2', rate }] });

  it('asyncAddList answers at once with the job in NetSuite’s shape, then runs it to finished', async () => {
    const records = Array.from({ length: 25 }, (_, i) => invoice(`AA-${i}`));
    const submitted = await submit(url, 'asyncAddList', records.join(''));
    expect(submitted.jobId).to.match(JOB_ID);
    expect(submitted.status).to.be.oneOf(['pending', 'processing', 'finished']);
    expect(submitted.percentCompleted).to.be.within(0, 100);
    expect(submitted.estRemainingDuration).to.be.at.least(0);

    const seen = await waitForJob(url, submitted.jobId, { everyMs: 5 });
    expect(seen[seen.length - 1]).to.deep.equal({
      jobId: submitted.jobId,
      status: 'finished',
      percentCompleted: 100,
      estRemainingDuration: 0,
    });
    // Statuses only move forward and percentCompleted never goes back.
    for (let i = 1; i < seen.length; i++) {
      expect(ORDER.indexOf(seen[i]!.status)).to.be.at.least(ORDER.indexOf(seen[i - 1]!.status));
      expect(seen[i]!.percentCompleted).to.be.at.least(seen[i - 1]!.percentCompleted);
    }

    const { reply, result } = await asyncResult(url, submitted.jobId);
    expect(dig(result, '@xsi:type')).to.equal('platformMsgs:AsyncAddListResult');
    const wrs = many(dig(result, 'writeResponseList', 'writeResponse'));
    expect(wrs.map((w) => dig(w, 'baseRef', '@externalId'))).to.deep.equal(records.map((_, i) => `AA-${i}`));
    expect(wrs.every((w) => outcomeOf(dig(w, 'status')) === 'ok')).to.equal(true);
    expect(reply.text).to.include('<platformMsgs:getAsyncResultResponse><platformMsgs:asyncResult');
    const rec = await readRecord(url, 'invoice', String(dig(wrs[7], 'baseRef', '@internalId')));
    expect(dig(rec, '@externalId')).to.equal('AA-7');
    expect(dig(rec, 'total')).to.equal('20.00');
  });

  it('a record that fails is reported in its own place and leaves nothing behind: finishedWithErrors', async () => {
    const { final, submitted } = await runJob(
      url,
      'asyncAddList',
      invoice('AE-1') + invoice('AE-2', '1.00', '987654') + invoice('AE-3'),
    );
    expect(final.status).to.equal('finishedWithErrors');
    expect(final.percentCompleted).to.equal(100);
    const { result } = await asyncResult(url, submitted.jobId);
    expect(outcomes(dig(result, 'writeResponseList'), 'writeResponse')).to.deep.equal([
      'ok',
      'INVALID_KEY_OR_REF',
      'ok',
    ]);
    expect((await getRecord(url, 'invoice', { externalId: 'AE-2' })).status.code).to.equal('RCRD_DSNT_EXIST');
  });

  it('asyncUpdateList and asyncUpsertList change records (AsyncUpdateListResult, AsyncUpsertListResult)', async () => {
    await runJob(url, 'asyncAddList', invoice('AU-1') + invoice('AU-2'));
    const update = await runJob(
      url,
      'asyncUpdateList',
      invoiceXml({ externalId: 'AU-1', memo: 'updated' }) +
        invoiceXml({ externalId: 'AU-missing', memo: 'x' }),
    );
    expect(update.final.status).to.equal('finishedWithErrors');
    const ur = (await asyncResult(url, update.submitted.jobId)).result;
    expect(dig(ur, '@xsi:type')).to.equal('platformMsgs:AsyncUpdateListResult');
    expect(outcomes(dig(ur, 'writeResponseList'), 'writeResponse')).to.deep.equal(['ok', 'RCRD_DSNT_EXIST']);
    expect(dig(await readRecord(url, 'invoice', { externalId: 'AU-1' }), 'memo')).to.equal('updated');

    const upsert = await runJob(url, 'asyncUpsertList', invoice('AU-2', '5.00') + invoice('AU-3', '7.00'));
    expect(upsert.final.status).to.equal('finished');
    const pr = (await asyncResult(url, upsert.submitted.jobId)).result;
    expect(dig(pr, '@xsi:type')).to.equal('platformMsgs:AsyncUpsertListResult');
    expect(dig(await readRecord(url, 'invoice', { externalId: 'AU-2' }), 'total')).to.equal('10.00');
    expect(dig(await readRecord(url, 'invoice', { externalId: 'AU-3' }), 'total')).to.equal('14.00');
  });

  it('asyncDeleteList deletes with a reason; a reference without an id fails only its own slot', async () => {
    await runJob(url, 'asyncAddList', invoice('AD-1') + invoice('AD-2'));
    const { final, submitted } = await runJob(
      url,
      'asyncDeleteList',
      baseRefXml('invoice', { externalId: 'AD-1' }) +
        '<msgs:baseRef xsi:type="core:RecordRef" type="invoice"/>' +
        baseRefXml('invoice', { externalId: 'AD-2' }) +
        '<msgs:deletionReason><core:deletionReasonCode internalId="1"/><core:deletionReasonMemo>dup</core:deletionReasonMemo></msgs:deletionReason>',
    );
    expect(final.status).to.equal('finishedWithErrors');
    const { result } = await asyncResult(url, submitted.jobId);
    expect(dig(result, '@xsi:type')).to.equal('platformMsgs:AsyncDeleteListResult');
    expect(outcomes(dig(result, 'writeResponseList'), 'writeResponse')).to.deep.equal([
      'ok',
      'INVALID_KEY_OR_REF',
      'ok',
    ]);
    expect((await getRecord(url, 'invoice', { externalId: 'AD-1' })).status.code).to.equal('RCRD_DSNT_EXIST');
  });

  it('asyncGetList reads records (AsyncGetListResult with a readResponseList)', async () => {
    await runJob(url, 'asyncAddList', invoice('AG-1'));
    const { final, submitted } = await runJob(
      url,
      'asyncGetList',
      baseRefXml('invoice', { externalId: 'AG-1' }) + baseRefXml('invoice', '999999'),
    );
    expect(final.status).to.equal('finishedWithErrors');
    const { result } = await asyncResult(url, submitted.jobId);
    expect(dig(result, '@xsi:type')).to.equal('platformMsgs:AsyncGetListResult');
    expect(outcomeOf(dig(result, 'readResponseList', 'status'))).to.equal('ok');
    const rrs = many(dig(result, 'readResponseList', 'readResponse'));
    expect(rrs.map((r) => outcomeOf(dig(r, 'status')))).to.deep.equal(['ok', 'RCRD_DSNT_EXIST']);
    expect(dig(rrs[0], 'record', '@externalId')).to.equal('AG-1');
    expect(dig(rrs[0], 'record', 'total')).to.equal('20.00');
  });

  it('asyncInitializeList initializes records (AsyncInitializeListResult)', async () => {
    const { final, submitted } = await runJob(
      url,
      'asyncInitializeList',
      initializeRecordXml({ type: 'invoice', reference: { type: 'customer', internalId: customer } }) +
        initializeRecordXml({ type: 'invoice', reference: { type: 'customer', internalId: '424242' } }),
    );
    expect(final.status).to.equal('finishedWithErrors');
    const { result } = await asyncResult(url, submitted.jobId);
    expect(dig(result, '@xsi:type')).to.equal('platformMsgs:AsyncInitializeListResult');
    const rrs = many(dig(result, 'readResponseList', 'readResponse'));
    expect(rrs.map((r) => outcomeOf(dig(r, 'status')))).to.deep.equal(['ok', 'INVALID_INITIALIZE_REF']);
    expect(dig(rrs[0], 'record', 'entity', '@internalId')).to.equal(customer);
    expect(dig(rrs[0], 'record', '@internalId')).to.equal(undefined);
  });

  it('pages a result by 1,000 records; a page outside the result is AsyncFault INVALID_PAGE_INDEX', async () => {
    const refs = Array.from({ length: 1500 }, (_, i) => baseRefXml('customer', String(900000 + i))).join('');
    const { final, submitted } = await runJob(url, 'asyncGetList', refs);
    expect(final.status).to.equal('finishedWithErrors');
    const page1 = many(
      dig((await asyncResult(url, submitted.jobId, 1)).result, 'readResponseList', 'readResponse'),
    );
    const page2 = many(
      dig((await asyncResult(url, submitted.jobId, 2)).result, 'readResponseList', 'readResponse'),
    );
    expect([page1.length, page2.length]).to.deep.equal([1000, 500]);
    expect(String(dig(page2[0], 'status', 'statusDetail', 'message'))).to.include('901000');
    for (const bad of [3, 0, -1]) {
      expectFault(await asyncResultRaw(url, submitted.jobId, bad), 'asyncFault', 'INVALID_PAGE_INDEX');
    }
  });

  it('an unknown job id is AsyncFault INVALID_JOB_ID, for checkAsyncStatus and getAsyncResult', async () => {
    const unknown = 'ASYNCWEBSERVICES_TSTDRV123_01012024000000000000000000_deadbeef';
    expectFault(await checkStatusRaw(url, unknown), 'asyncFault', 'INVALID_JOB_ID');
    expectFault(await asyncResultRaw(url, unknown), 'asyncFault', 'INVALID_JOB_ID');
    expectFault(await checkStatusRaw(url, 'not a job'), 'asyncFault', 'INVALID_JOB_ID');
  });

  it('another account’s job is INVALID_JOB_ID: a job id is only good in the account that submitted it', async () => {
    const other = { credentials: credentialsFor('OTHER_ACCT') };
    const otherCustomer = await addCustomer(url, 'Other Inc', other);
    const mine = await submit(url, 'asyncAddList', customerXml('Mine', { externalId: 'AX-1' }));
    const theirs = await submit(url, 'asyncAddList', customerXml('Theirs', { externalId: 'AX-1' }), other);
    expect(theirs.jobId).to.match(/^ASYNCWEBSERVICES_OTHER_ACCT_/);
    expectFault(await checkStatusRaw(url, mine.jobId, other), 'asyncFault', 'INVALID_JOB_ID');
    expectFault(await asyncResultRaw(url, theirs.jobId), 'asyncFault', 'INVALID_JOB_ID');
    expect((await waitForJob(url, theirs.jobId, other)).pop()!.status).to.equal('finished');
    expect(otherCustomer).to.be.a('string');
  });

  it('refuses requests over NetSuite’s async limits with ExceededRecordCountFault', async () => {
    const customers = (n: number) => customerXml('C').repeat(n);
    const refs = (n: number) => baseRefXml('customer', '1').repeat(n);
    const init = initializeRecordXml({
      type: 'invoice',
      reference: { type: 'customer', internalId: customer },
    });
    const cases: [string, string][] = [
      ['asyncAddList', customers(401)],
      ['asyncUpdateList', customers(201)],
      ['asyncUpsertList', customers(201)],
      ['asyncDeleteList', refs(401)],
      ['asyncGetList', refs(2001)],
      ['asyncInitializeList', init.repeat(1001)],
    ];
    for (const [op, inner] of cases) {
      const r = await submitRaw(url, op, inner);
      expectFault(r, 'exceededRecordCountFault', 'MAX_RCRDS_EXCEEDED');
    }
    // At the limit is fine.
    const ok = await submit(url, 'asyncGetList', refs(2000));
    expect(FINAL.concat('pending', 'processing')).to.include(ok.status);
  });

  it('asyncSearch runs the search page by page (AsyncSearchResult with a searchResult per page)', async () => {
    await runJob(
      url,
      'asyncAddList',
      Array.from({ length: 12 }, (_, i) =>
        invoiceXml({ customer, externalId: `AS-${i}`, memo: 'async search', lines: [{ item, rate: '1' }] }),
      ).join(''),
    );
    const headers = searchPrefsXml({ pageSize: 5 });
    const { final, submitted } = await runJob(
      url,
      'asyncSearch',
      `<msgs:searchRecord xsi:type="common:TransactionSearchBasic">${filter('memo', 'is', 'async search')}</msgs:searchRecord>`,
      { headers },
    );
    expect(final.status).to.equal('finished');
    const pages = [];
    for (const p of [1, 2, 3]) {
      const { result } = await asyncResult(url, submitted.jobId, p);
      expect(dig(result, '@xsi:type')).to.equal('platformMsgs:AsyncSearchResult');
      const r = dig(result, 'searchResult');
      expect(outcomeOf(dig(r, 'status'))).to.equal('ok');
      expect([dig(r, 'totalRecords'), dig(r, 'totalPages'), dig(r, 'pageIndex')]).to.deep.equal([
        '12',
        '3',
        String(p),
      ]);
      pages.push(many(dig(r, 'recordList', 'record')).map((x) => String(dig(x, '@externalId'))));
    }
    expect(pages.map((p) => p.length)).to.deep.equal([5, 5, 2]);
    expect(new Set(pages.flat()).size).to.equal(12);
    expectFault(await asyncResultRaw(url, submitted.jobId, 4), 'asyncFault', 'INVALID_PAGE_INDEX');
  });

  it('asyncSearch takes a pageSize up to 2,000, beyond what a synchronous search allows', async () => {
    const { final, submitted } = await runJob(
      url,
      'asyncSearch',
      `<msgs:searchRecord xsi:type="common:TransactionSearchBasic">${filter('memo', 'is', 'async search')}</msgs:searchRecord>`,
      { headers: searchPrefsXml({ pageSize: 2000 }) },
    );
    expect(final.status).to.equal('finished');
    const r = dig((await asyncResult(url, submitted.jobId)).result, 'searchResult');
    expect(outcomeOf(dig(r, 'status'))).to.equal('ok');
    expect([dig(r, 'pageSize'), dig(r, 'totalPages')]).to.deep.equal(['2000', '1']);
  });

  it('asyncSearch refuses a pageSize over 2,000 with ExceededRecordCountFault', async () => {
    const r = await submitRaw(
      url,
      'asyncSearch',
      '<msgs:searchRecord xsi:type="common:TransactionSearchBasic"/>',
      {
        headers: searchPrefsXml({ pageSize: 2001 }),
      },
    );
    expectFault(r, 'exceededRecordCountFault', 'MAX_RCRDS_EXCEEDED');
  });

  it('keeps results for the retention period; then the job is gone with INVALID_JOB_ID', async () => {
    const { submitted } = await runJob(url, 'asyncAddList', customerXml('Kept'));
    await asyncResult(url, submitted.jobId);
    // Age the job past its retention (30 days by default) as time would.
    await s.server.store.db.write((q) =>
      q.run('UPDATE async_job SET expires_at = ? WHERE job_id = ?', [Date.now() - 1, submitted.jobId]),
    );
    const r = await asyncResultRaw(url, submitted.jobId);
    expectFault(r, 'asyncFault', 'INVALID_JOB_ID');
    expect(r.fault!.message).to.match(/no longer available: async results are kept 30 days/);
    expectFault(await checkStatusRaw(url, submitted.jobId), 'asyncFault', 'INVALID_JOB_ID');
  });
});

describe(`async jobs queued in a server that runs none (${TEST_DB})`, function () {
  this.timeout(30_000);
  let s: TestServer;
  let url: string;
  let customer: string;
  let item: string;
  before(async () => {
    s = await startTestServer({ env: { BILLWIRE_ASYNC_WORKER: 'off' } });
    url = s.endpoint();
    ({ customer, item } = await invoiceParties(url));
  });
  after(() => s.close());

  it('a submitted job is pending at 0% with an estimate that grows with the queue ahead of it', async () => {
    const first = await submit(url, 'asyncAddList', customerXml('Q1').repeat(300));
    const second = await submit(url, 'asyncAddList', customerXml('Q2').repeat(100));
    expect(first).to.include({ status: 'pending', percentCompleted: 0 });
    expect(first.estRemainingDuration).to.be.greaterThan(0);
    const now = await checkStatus(url, second.jobId);
    expect(now).to.include({ status: 'pending', percentCompleted: 0 });
    expect(now.estRemainingDuration).to.be.greaterThan(first.estRemainingDuration);
  });

  it('getAsyncResult before the job ends is AsyncFault JOB_NOT_COMPLETE', async () => {
    const job = await submit(url, 'asyncAddList', invoiceXml({ customer, lines: [{ item, rate: '1' }] }));
    const r = await asyncResultRaw(url, job.jobId);
    expectFault(r, 'asyncFault', 'JOB_NOT_COMPLETE');
    expect(r.fault!.message).to.include('pending');
  });
});
