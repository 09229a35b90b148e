/**
 * Durable jobs across restarts of an in-process server on the same database: an account's jobs run first
 * in, first out; a job whose worker died goes to `retry` and resumes; a job whose worker died too often
 * `failed` (its unrun records say so); a server that stops mid-job hands the job back and the next one
 * finishes it without writing any record twice. (test/soap/async-crash.test.ts kills a real process.)
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asyncResult, checkStatus, submit, waitForJob } from '../support/async';
import { invoiceParties, invoiceXml, outcomeOf } from '../support/records';
import { dig, many } from '../support/soap';
import { startTestServer, TEST_DB, throwawayDatabase, type TestServer } from '../support/server';

interface Place {
  dataDir: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

async function freshPlace(): Promise<Place> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-async-'));
  const pg = TEST_DB === 'postgres' ? await throwawayDatabase() : undefined;
  return {
    dataDir,
    databaseUrl: pg?.url,
    drop: async () => {
      await pg?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const start = (p: Place, worker: 'thread' | 'off') =>
  startTestServer({ dataDir: p.dataDir, databaseUrl: p.databaseUrl, env: { BILLWIRE_ASYNC_WORKER: worker } });

async function sql<T>(s: TestServer, text: string, params: (string | number)[] = []): Promise<T[]> {
  return s.server.store.db.write((q) => q.all(text, params)) as Promise<T[]>;
}

async function exec(s: TestServer, text: string, params: (string | number)[] = []): Promise<void> {
  await s.server.store.db.write((q) => q.run(text, params));
}

/** Memos that exist more than once, and how many invoices carry one of `memos`. */
async function invoiceCounts(s: TestServer, prefix: string) {
  const rows = await sql<{ memo: string; n: number | string }>(
    s,
    "SELECT memo, COUNT(*) AS n FROM txn WHERE type = 'invoice' AND memo LIKE ? GROUP BY memo",
    [`${prefix}%`],
  );
  return { distinct: rows.length, duplicated: rows.filter((r) => Number(r.n) > 1).map((r) => r.memo) };
}

describe(`async jobs across restarts (${TEST_DB})`, function () {
  this.timeout(60_000);
  let place: Place;
  let s: TestServer | undefined;
  let customer: string;
  let item: string;
  const invoices = (prefix: string, n: number, lines = 1) =>
    Array.from({ length: n }, (_, i) =>
      invoiceXml({
        customer,
        memo: `${prefix}${i}`,
        lines: Array.from({ length: lines }, (_, k) => ({ item, quantity: String(k + 1), rate: '10.00' })),
      }),
    ).join('');

  beforeEach(async () => {
    place = await freshPlace();
    s = await start(place, 'off');
    ({ customer, item } = await invoiceParties(s.endpoint()));
  });
  afterEach(async () => {
    await s?.close();
    s = undefined;
    await place.drop();
  });

  it('runs an account’s jobs first in, first out', async () => {
    const first = await submit(s!.endpoint(), 'asyncAddList', invoices('FIFO-A', 40));
    const second = await submit(s!.endpoint(), 'asyncAddList', invoices('FIFO-B', 40));
    await s!.close();
    s = await start(place, 'thread');
    await waitForJob(s.endpoint(), second.jobId);
    expect((await checkStatus(s.endpoint(), first.jobId)).status).to.equal('finished');
    const ids = async (jobId: string) =>
      many(dig((await asyncResult(s!.endpoint(), jobId)).result, 'writeResponseList', 'writeResponse')).map(
        (w) => Number(dig(w, 'baseRef', '@internalId')),
      );
    const [a, b] = [await ids(first.jobId), await ids(second.jobId)];
    expect(Math.max(...a)).to.be.lessThan(Math.min(...b));
  });

  it('re-queues the job of a worker that died (retry) and finishes it', async () => {
    const job = await submit(s!.endpoint(), 'asyncAddList', invoices('RETRY-', 20));
    // What a worker that died right after claiming leaves behind: processing, a lease about to run out.
    await exec(
      s!,
      "UPDATE async_job SET status = 'processing', lease_owner = 'dead-worker', lease_until = ?, attempts = 1 WHERE job_id = ?",
      [Date.now() + 1500, job.jobId],
    );
    expect((await checkStatus(s!.endpoint(), job.jobId)).status).to.equal('processing');
    // The housekeeping pass (every second) re-queues it.
    let seen = '';
    for (let i = 0; i < 120 && seen !== 'retry'; i++) {
      seen = (await checkStatus(s!.endpoint(), job.jobId)).status;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).to.equal('retry');
    await s!.close();
    s = await start(place, 'thread');
    const final = (await waitForJob(s.endpoint(), job.jobId)).pop()!;
    expect(final.status).to.equal('finished');
    const [row] = await sql<{ attempts: number | string }>(
      s,
      'SELECT attempts FROM async_job WHERE job_id = ?',
      [job.jobId],
    );
    expect(Number(row!.attempts)).to.equal(2);
    expect(await invoiceCounts(s, 'RETRY-')).to.deep.equal({ distinct: 20, duplicated: [] });
  });

  it('fails a job whose worker died five times; its unrun records report UNEXPECTED_ERROR', async () => {
    const job = await submit(s!.endpoint(), 'asyncAddList', invoices('POISON-', 3));
    await exec(
      s!,
      "UPDATE async_job SET status = 'processing', lease_owner = 'dead-worker', lease_until = ?, attempts = 5 WHERE job_id = ?",
      [Date.now() - 1000, job.jobId],
    );
    const final = (await waitForJob(s!.endpoint(), job.jobId)).pop()!;
    expect(final).to.include({ status: 'failed', percentCompleted: 0, estRemainingDuration: 0 });
    const { result } = await asyncResult(s!.endpoint(), job.jobId);
    const wrs = many(dig(result, 'writeResponseList', 'writeResponse'));
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal([
      'UNEXPECTED_ERROR',
      'UNEXPECTED_ERROR',
      'UNEXPECTED_ERROR',
    ]);
    expect(await invoiceCounts(s!, 'POISON-')).to.deep.equal({ distinct: 0, duplicated: [] });
  });

  it('a server that stops mid-job hands it back; the next one resumes it without writing a record twice', async () => {
    await s!.close();
    s = await start(place, 'thread');
    const job = await submit(s.endpoint(), 'asyncAddList', invoices('STOP-', 400, 40));
    let status = job;
    for (let i = 0; i < 2000 && !(status.status === 'processing' && status.percentCompleted > 0); i++) {
      status = await checkStatus(s.endpoint(), job.jobId);
    }
    expect(status.status).to.equal('processing');
    await s.close();
    s = await start(place, 'off');
    const stopped = await checkStatus(s.endpoint(), job.jobId);
    expect(stopped.status).to.equal('retry');
    expect(stopped.percentCompleted).to.be.within(0.1, 99.9);
    const half = await invoiceCounts(s, 'STOP-');
    expect(half.duplicated).to.deep.equal([]);
    await s.close();
    s = await start(place, 'thread');
    expect((await waitForJob(s.endpoint(), job.jobId)).pop()!.status).to.equal('finished');
    expect(await invoiceCounts(s, 'STOP-')).to.deep.equal({ distinct: 400, duplicated: [] });
    const [row] = await sql<{ attempts: number | string }>(
      s,
      'SELECT attempts FROM async_job WHERE job_id = ?',
      [job.jobId],
    );
    expect(Number(row!.attempts), 'a clean hand-back is no failed attempt').to.equal(1);
    const lines = await sql<{ n: number | string }>(
      s,
      "SELECT COUNT(*) AS n FROM txn_line l JOIN txn t ON t.id = l.txn_id WHERE t.memo LIKE 'STOP-%'",
    );
    expect(Number(lines[0]!.n)).to.equal(16000);
  });
});
