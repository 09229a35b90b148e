/**
 * A crash in the middle of an async job loses nothing and duplicates nothing: a real Billwire process
 * (node dist/src/main.js) is killed with SIGKILL while it runs a 400-invoice asyncAddList, restarted on
 * the same data, and must finish the job with every invoice written exactly once. On PostgreSQL the dead
 * process's lease must expire first (BILLWIRE_ASYNC_LEASE_SECONDS=5); SQLite re-queues at start-up.
 */
import { expect } from 'chai';
import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { asyncResult, checkStatus, submit, waitForJob } from '../support/async';
import { baseRefXml, invoiceParties, invoiceXml, outcomeOf } from '../support/records';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { call, dig, many } from '../support/soap';
import { TEST_DB, throwawayDatabase } from '../support/server';

const N = 400;
/** Lines per invoice: enough work that the job is still running when the test's kill arrives. */
const LINES = 40;

/** Runs one read-only query against the server's database, from outside the server. */
async function query<T>(dataDir: string, databaseUrl: string | undefined, sql: string): Promise<T[]> {
  if (databaseUrl) {
    const c = new Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      return (await c.query(sql)).rows as T[];
    } finally {
      await c.end();
    }
  }
  const db = new BetterSqlite3(path.join(dataDir, 'billwire.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe(`async jobs survive a crash (${TEST_DB})`, function () {
  this.timeout(120_000);
  let dataDir: string;
  let pg: { url: string; drop: () => Promise<void> } | undefined;
  let bw: ServerProcess | undefined;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-crash-'));
    pg = TEST_DB === 'postgres' ? await throwawayDatabase() : undefined;
  });
  after(async () => {
    await bw?.stop();
    await pg?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('SIGKILL mid-job: the restarted server resumes after the last committed record and writes each once', async () => {
    const env = {
      BILLWIRE_DATA_DIR: dataDir,
      DATABASE_URL: pg?.url ?? '',
      BILLWIRE_ASYNC_LEASE_SECONDS: '5',
    };
    bw = await startServerProcess(env);
    const { customer, item } = await invoiceParties(bw.endpoint());
    const lines = Array.from({ length: LINES }, (_, k) => ({ item, quantity: String(k + 1), rate: '12.50' }));
    const records = Array.from({ length: N }, (_, i) =>
      invoiceXml({ customer, externalId: `CRASH-${i}`, memo: `CRASH-${i}`, lines }),
    );
    const job = await submit(bw.endpoint(), 'asyncAddList', records.join(''));

    let seen = job;
    const deadline = Date.now() + 60_000;
    while (!(seen.status === 'processing' && seen.percentCompleted > 0 && seen.percentCompleted < 100)) {
      expect(seen.status, 'the job ended before it could be killed').to.be.oneOf(['pending', 'processing']);
      expect(Date.now()).to.be.lessThan(deadline);
      seen = await checkStatus(bw.endpoint(), job.jobId);
    }
    await bw.kill();
    const [before] = await query<{ progress: number | string }>(
      dataDir,
      pg?.url,
      `SELECT progress FROM async_job WHERE job_id = '${job.jobId}'`,
    );
    const committed = Number(before!.progress);
    expect(committed, 'progress committed before the kill').to.be.within(1, N - 1);
    const written = await query<{ n: number | string }>(
      dataDir,
      pg?.url,
      "SELECT COUNT(*) AS n FROM txn WHERE memo LIKE 'CRASH-%'",
    );
    expect(Number(written[0]!.n), 'invoices on disk = committed progress').to.equal(committed);

    bw = await startServerProcess(env);
    const after = (await waitForJob(bw.endpoint(), job.jobId, { timeoutMs: 60_000 })).pop()!;
    expect(after).to.deep.equal({
      jobId: job.jobId,
      status: 'finished',
      percentCompleted: 100,
      estRemainingDuration: 0,
    });

    const { result } = await asyncResult(bw.endpoint(), job.jobId);
    const wrs = many(dig(result, 'writeResponseList', 'writeResponse'));
    expect(wrs.map((w) => dig(w, 'baseRef', '@externalId'))).to.deep.equal(
      records.map((_, i) => `CRASH-${i}`),
    );
    expect(wrs.every((w) => outcomeOf(dig(w, 'status')) === 'ok')).to.equal(true);
    expect(new Set(wrs.map((w) => dig(w, 'baseRef', '@internalId'))).size).to.equal(N);

    const got = await call(
      bw.endpoint(),
      'getList',
      `<msgs:getList>${records.map((_, i) => baseRefXml('invoice', { externalId: `CRASH-${i}` })).join('')}</msgs:getList>`,
    );
    const rrs = many(dig(got.body, 'getListResponse', 'readResponseList', 'readResponse'));
    expect(rrs.filter((r) => outcomeOf(dig(r, 'status')) === 'ok')).to.have.length(N);

    const perMemo = await query<{ memo: string; n: number | string }>(
      dataDir,
      pg?.url,
      "SELECT memo, COUNT(*) AS n FROM txn WHERE memo LIKE 'CRASH-%' GROUP BY memo",
    );
    expect(perMemo).to.have.length(N);
    expect(perMemo.filter((r) => Number(r.n) !== 1)).to.deep.equal([]);
    const lineCount = await query<{ n: number | string }>(
      dataDir,
      pg?.url,
      "SELECT COUNT(*) AS n FROM txn_line l JOIN txn t ON t.id = l.txn_id WHERE t.memo LIKE 'CRASH-%'",
    );
    expect(Number(lineCount[0]!.n)).to.equal(N * LINES);
    const [row] = await query<{ attempts: number | string; progress: number | string }>(
      dataDir,
      pg?.url,
      `SELECT attempts, progress FROM async_job WHERE job_id = '${job.jobId}'`,
    );
    expect([Number(row!.attempts), Number(row!.progress)]).to.deep.equal([2, N]);
  });
});
