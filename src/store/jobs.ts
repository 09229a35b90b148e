/**
 * The async job table (src/jobs/queue.ts's JobQueue in SQL). Claims are one conditional UPDATE of the head
 * of an account's queue: on PostgreSQL its subquery takes the row with FOR UPDATE SKIP LOCKED, so several
 * instances claim different jobs without waiting on each other; on SQLite the single writer makes the
 * UPDATE atomic by itself. A chunk's records, results and the job's progress commit in one transaction,
 * guarded by the lease owner and the expected progress, so a chunk can never be committed twice.
 */
import type { JobQueue, ChunkDone, ChunkWork, Lease, NewJob, QueueFacts } from '../jobs/queue';
import { LeaseLost } from '../jobs/queue';
import { isJobStatus, sourcesOf, type JobStatus } from '../jobs/status';
import { isJobKind, type ClaimedJob, type JobOptions, type JobView } from '../jobs/types';
import { placeholders, type Database, type Row, type SqlParam, type SqlSession } from './sql';
import { repositories } from './unitOfWork';

/** Rows per multi-row INSERT (3 parameters each). */
const INSERT_BATCH = 100;

const COLUMNS =
  'id, job_id, account, kind, status, total, progress, failures, attempts, work_ms, submitted_at, started_at, finished_at, expires_at';

interface JobRow extends Row {
  id: number | string;
  job_id: string;
  account: string;
  kind: string;
  status: string;
  total: number | string;
  progress: number | string;
  failures: number | string;
  attempts: number | string;
  work_ms: number | string;
  submitted_at: number | string;
  started_at: number | string | null;
  finished_at: number | string | null;
  expires_at: number | string | null;
  lease_owner?: string | null;
  options?: string;
}

const optional = (v: number | string | null): number | undefined => (v === null ? undefined : Number(v));

function viewOf(r: JobRow): JobView {
  if (!isJobKind(r.kind) || !isJobStatus(r.status))
    throw new Error(`async_job ${r.job_id}: unknown kind ${r.kind} or status ${r.status}`);
  return {
    key: Number(r.id),
    jobId: r.job_id,
    account: r.account,
    kind: r.kind,
    status: r.status,
    total: Number(r.total),
    progress: Number(r.progress),
    failures: Number(r.failures),
    attempts: Number(r.attempts),
    workMs: Number(r.work_ms),
    submittedAt: Number(r.submitted_at),
    startedAt: optional(r.started_at),
    finishedAt: optional(r.finished_at),
    expiresAt: optional(r.expires_at),
  };
}

function claimedOf(r: JobRow): ClaimedJob {
  return { ...viewOf(r), owner: String(r.lease_owner), options: JSON.parse(String(r.options)) as JobOptions };
}

/** `status IN (...)` for the statuses the guard lets move to `to`. */
function from(to: JobStatus): string {
  return `status IN (${sourcesOf(to)
    .map((s) => `'${s}'`)
    .join(', ')})`;
}

const UNFINISHED = "status IN ('pending', 'retry', 'processing')";
/**
 * The head of each account's queue, if it is waiting and none of the account's jobs is running: the one
 * job of an account that may start. (A job inserted earlier can become visible after a later one of the
 * same account was claimed, when their submits commit out of order; it then waits for that one.)
 */
const RUNNABLE =
  `j.${from('processing')} AND NOT EXISTS (SELECT 1 FROM async_job o WHERE o.account = j.account AND o.id <> j.id ` +
  `AND (o.status = 'processing' OR (o.id < j.id AND o.${UNFINISHED})))`;
/** PostgreSQL: claims of all instances take turns, so two never start jobs of one account from one snapshot. */
const CLAIM_TURN = 'SELECT pg_advisory_xact_lock(7428115003)';

async function insertRows(
  s: SqlSession,
  table: string,
  column: string,
  key: number,
  first: number,
  values: readonly string[],
): Promise<void> {
  for (let i = 0; i < values.length; i += INSERT_BATCH) {
    const batch = values.slice(i, i + INSERT_BATCH);
    const params: SqlParam[] = [];
    batch.forEach((v, k) => params.push(key, first + i + k, v));
    await s.run(
      `INSERT INTO ${table} (job_id, idx, ${column}) VALUES ${new Array<string>(batch.length).fill(`(${placeholders(3)})`).join(', ')}`,
      params,
    );
  }
}

export class JobStore implements JobQueue {
  constructor(private readonly db: Database) {}

  submit(job: NewJob, claimFor?: Lease): Promise<ClaimedJob | undefined> {
    return this.db.write(async (s) => {
      const row = await s.get<{ id: number | string }>(
        "INSERT INTO async_job (job_id, account, kind, status, total, progress, failures, attempts, options, work_ms, submitted_at) VALUES (?, ?, ?, 'pending', ?, 0, 0, 0, ?, 0, ?) RETURNING id",
        [job.jobId, job.account, job.kind, job.total, JSON.stringify(job.options), job.submittedAt],
      );
      const key = Number(row!.id);
      await insertRows(s, 'async_job_item', 'input', key, 0, job.items);
      if (!claimFor) return undefined;
      const claimed = await s.get<JobRow>(
        `UPDATE async_job SET status = 'processing', lease_owner = ?, lease_until = ?, attempts = attempts + 1, started_at = ? WHERE id = ? AND ${from('processing')} RETURNING ${COLUMNS}, lease_owner, options`,
        [claimFor.owner, job.submittedAt + claimFor.ms, job.submittedAt, key],
      );
      return claimedOf(claimed!);
    });
  }

  find(account: string, jobId: string): Promise<JobView | undefined> {
    return this.db.read(async (s) => {
      const row = await s.get<JobRow>(`SELECT ${COLUMNS} FROM async_job WHERE account = ? AND job_id = ?`, [
        account,
        jobId,
      ]);
      return row && viewOf(row);
    });
  }

  queueFacts(job: JobView): Promise<QueueFacts> {
    return this.db.read(async (s) => {
      const ahead = await s.get<{ units: number | string | null }>(
        `SELECT SUM(total - progress) AS units FROM async_job WHERE account = ? AND id < ? AND ${UNFINISHED}`,
        [job.account, job.key],
      );
      const recent = await s.get<{ work_ms: number | string; total: number | string }>(
        "SELECT work_ms, total FROM async_job WHERE account = ? AND kind = ? AND status IN ('finished', 'finishedWithErrors') AND total > 0 ORDER BY id DESC LIMIT 1",
        [job.account, job.kind],
      );
      return {
        unitsAhead: Number(ahead?.units ?? 0),
        recentMsPerUnit: recent ? Number(recent.work_ms) / Number(recent.total) : undefined,
      };
    });
  }

  results(job: JobView, first: number, count: number): Promise<Map<number, string>> {
    return this.db.read(async (s) => {
      const rows = await s.all<{ idx: number | string; data: string }>(
        'SELECT idx, data FROM async_job_result WHERE job_id = ? AND idx >= ? AND idx < ? ORDER BY idx',
        [job.key, first, first + count],
      );
      return new Map(rows.map((r) => [Number(r.idx), r.data]));
    });
  }

  claim(lease: Lease, now: number): Promise<ClaimedJob | undefined> {
    return this.db.write(async (s) => {
      if (s.dialect === 'postgres') await s.get(CLAIM_TURN);
      // Read the clock once the turn is ours: a job started after the account's previous one finished
      // then never carries an earlier start time than that one's finish, whichever instance wrote it.
      const at = Math.max(now, Date.now());
      const lock = s.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
      const row = await s.get<JobRow>(
        `UPDATE async_job SET status = 'processing', lease_owner = ?, lease_until = ?, attempts = attempts + 1, started_at = COALESCE(started_at, ?) ` +
          `WHERE id = (SELECT j.id FROM async_job j WHERE ${RUNNABLE} ORDER BY j.id LIMIT 1${lock}) AND ${from('processing')} ` +
          `RETURNING ${COLUMNS}, lease_owner, options`,
        [lease.owner, at + lease.ms, at],
      );
      return row && claimedOf(row);
    });
  }

  items(job: ClaimedJob, first: number, count: number): Promise<string[]> {
    return this.db.read(async (s) => {
      const rows = await s.all<{ input: string }>(
        'SELECT input FROM async_job_item WHERE job_id = ? AND idx >= ? AND idx < ? ORDER BY idx',
        [job.key, first, first + count],
      );
      return rows.map((r) => r.input);
    });
  }

  runChunk(
    job: ClaimedJob,
    first: number,
    lease: Lease,
    now: number,
    work: (w: ChunkWork) => Promise<ChunkDone>,
  ): Promise<ChunkDone> {
    return this.db.write(async (s) => {
      // First, so that on PostgreSQL the job's row is locked before any record is touched.
      const held = await s.run(
        "UPDATE async_job SET lease_until = ? WHERE id = ? AND lease_owner = ? AND status = 'processing' AND progress = ?",
        [now + lease.ms, job.key, job.owner, first],
      );
      if (held !== 1) throw new LeaseLost(job.jobId);
      const done = await work({
        repos: repositories(s, job.account),
        tx: { savepoint: (f) => s.savepoint(f) },
      });
      await s.run(
        'UPDATE async_job SET progress = progress + ?, failures = failures + ?, total = COALESCE(?, total), work_ms = work_ms + ? WHERE id = ?',
        [done.results.length, done.failures, done.total ?? null, Math.round(done.workMs), job.key],
      );
      await insertRows(s, 'async_job_result', 'data', job.key, first, done.results);
      return done;
    });
  }

  finish(job: ClaimedJob, status: JobStatus, now: number, expiresAt: number): Promise<void> {
    return this.db.write(async (s) => {
      const changed = await s.run(
        `UPDATE async_job SET status = ?, finished_at = ?, expires_at = ?, lease_until = NULL WHERE id = ? AND lease_owner = ? AND status = 'processing' AND ${from(status)}`,
        [status, now, expiresAt, job.key, job.owner],
      );
      if (changed !== 1) throw new LeaseLost(job.jobId);
      await s.run('DELETE FROM async_job_item WHERE job_id = ?', [job.key]);
    });
  }

  /** A clean hand-back (the server is stopping): the claim does not count as a failed attempt. */
  release(job: ClaimedJob, _now: number): Promise<void> {
    return this.db.write(async (s) => {
      await s.run(
        `UPDATE async_job SET status = 'retry', lease_until = NULL, attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END WHERE id = ? AND lease_owner = ? AND ${from('retry')}`,
        [job.key, job.owner],
      );
    });
  }

  requeue(
    now: number,
    all: boolean,
    maxAttempts: number,
    expiresAt: number,
  ): Promise<{ requeued: number; failed: number }> {
    return this.db.write(async (s) => {
      const expired = all ? '' : ' AND lease_until < ?';
      const params: SqlParam[] = all ? [] : [now];
      const failed = await s.run(
        `UPDATE async_job SET status = 'failed', finished_at = ?, expires_at = ?, lease_until = NULL WHERE ${from('failed')} AND status = 'processing'${expired} AND attempts >= ?`,
        [now, expiresAt, ...params, maxAttempts],
      );
      const requeued = await s.run(
        `UPDATE async_job SET status = 'retry', lease_until = NULL WHERE ${from('retry')}${expired}`,
        params,
      );
      return { requeued, failed };
    });
  }

  purge(now: number): Promise<number> {
    return this.db.write((s) => s.run('DELETE FROM async_job WHERE expires_at < ?', [now]));
  }

  hasRunnable(): Promise<boolean> {
    return this.db.read(
      async (s) => (await s.get(`SELECT 1 AS yes FROM async_job j WHERE ${RUNNABLE} LIMIT 1`)) !== undefined,
    );
  }
}
