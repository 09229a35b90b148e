/**
 * Runs one claimed job to its end, in chunks. A chunk is as many units as fit in a small time budget
 * (a few milliseconds): its records, their results and the job's progress commit in one transaction, so a
 * crash loses at most the chunk in flight and a restart resumes at the first uncommitted unit without
 * writing any record twice. Between chunks the runner yields to the event loop and, on SQLite, hands the
 * write lock back, so requests are never queued behind a whole job.
 */
import type { RequestScope } from '../domain/account';
import type { Logger } from '../log';
import { LeaseLost, type ChunkDone, type JobQueue, type Lease } from './queue';
import type { KindRunner, ReadRunner, UnitDone, WriteRunner } from './runners/kind';
import { endStatus, type JobStatus } from './status';
import type { ClaimedJob, JobKind } from './types';

export interface RunnerOptions {
  readonly lease: Lease;
  readonly retentionMs: number;
  /** A write chunk stops taking units once it has run this long. */
  readonly chunkBudgetMs: number;
  /** …or once it holds this many. */
  readonly maxChunk: number;
  readonly log: Logger;
}

/** How a run ended: the job ended, it was handed back (stop), or another worker owns it now. */
export type RunEnd = 'ended' | 'released' | 'lost';

/** Waits before retrying a chunk that failed with an unexpected error; then the job fails. */
const RETRY_DELAYS_MS = [100, 1000, 5000];

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class JobRunner {
  constructor(
    private readonly queue: JobQueue,
    private readonly kinds: Readonly<Partial<Record<JobKind, KindRunner>>>,
    private readonly options: RunnerOptions,
  ) {}

  async run(job: ClaimedJob, shouldStop: () => boolean): Promise<RunEnd> {
    const log = this.options.log.child({ jobId: job.jobId, kind: job.kind });
    const kind = this.kinds[job.kind];
    if (!kind) {
      log.error('no runner for this kind of job in this server');
      return this.end(job, 'failed');
    }
    let next = job.progress;
    let total = job.total;
    let failures = job.failures;
    let inputs: { first: number; items: string[] } = { first: next, items: [] };
    let retry = 0;
    const memo: Record<string, unknown> = {};
    log.debug({ from: next, total, attempt: job.attempts }, 'job started');
    while (next < total) {
      if (shouldStop()) {
        await this.queue
          .release(job, Date.now())
          .catch((err: unknown) => log.error({ err }, 'release failed'));
        return 'released';
      }
      try {
        const shared = kind.mode === 'read' && kind.sharedInput === true;
        if (shared ? inputs.items.length === 0 : next >= inputs.first + inputs.items.length) {
          const first = shared ? 0 : next;
          inputs = {
            first,
            items: await this.queue.items(job, first, Math.max(64, kind.mode === 'read' ? kind.batch : 0)),
          };
          if (inputs.items.length === 0) throw new Error(`job ${job.jobId} has no input for unit ${next}`);
        }
        const input = (i: number) => JSON.parse(inputs.items[shared ? 0 : i - inputs.first]!) as unknown;
        const available = shared ? total - next : inputs.first + inputs.items.length - next;
        const done =
          kind.mode === 'write'
            ? await this.writeChunk(job, kind, next, Math.min(available, total - next), input)
            : await this.readChunk(
                job,
                kind,
                next,
                Math.min(available, total - next, kind.batch),
                input,
                memo,
              );
        next += done.results.length;
        failures += done.failures;
        if (done.total !== undefined) total = done.total;
        retry = 0;
      } catch (err) {
        if (err instanceof LeaseLost) {
          log.warn('lease lost; another worker has the job');
          return 'lost';
        }
        if (retry >= RETRY_DELAYS_MS.length) {
          log.error({ err, unit: next }, 'job failed');
          return this.end(job, 'failed');
        }
        log.error({ err, unit: next, retry: retry + 1 }, 'chunk failed; retrying');
        await sleep(RETRY_DELAYS_MS[retry++]!);
        continue;
      }
      await tick();
    }
    log.debug({ failures }, 'job ended');
    return this.end(job, endStatus(failures));
  }

  private scope(job: ClaimedJob, now: number): RequestScope {
    return { account: job.options.account, now, ignoreReadOnlyFields: job.options.ignoreReadOnlyFields };
  }

  private writeChunk(
    job: ClaimedJob,
    kind: WriteRunner,
    first: number,
    max: number,
    input: (i: number) => unknown,
  ): Promise<ChunkDone> {
    const { chunkBudgetMs, maxChunk, lease } = this.options;
    const now = Date.now();
    return this.queue.runChunk(job, first, lease, now, async ({ repos, tx }) => {
      // Everything is rebuilt here: PostgreSQL may run this function again after a serialization failure.
      const started = performance.now();
      const ctx = { scope: this.scope(job, now), repos, tx, options: job.options };
      const results: string[] = [];
      let failures = 0;
      do {
        const done = await kind.run(ctx, input(first + results.length));
        results.push(JSON.stringify(done.result));
        if (done.failed) failures++;
      } while (
        results.length < max &&
        results.length < maxChunk &&
        performance.now() - started < chunkBudgetMs
      );
      return { results, failures, workMs: performance.now() - started };
    });
  }

  private async readChunk(
    job: ClaimedJob,
    kind: ReadRunner,
    first: number,
    count: number,
    input: (i: number) => unknown,
    memo: Record<string, unknown>,
  ): Promise<ChunkDone> {
    const started = performance.now();
    const units: UnitDone[] = await kind.read(
      this.scope(job, Date.now()),
      Array.from({ length: count }, (_, k) => input(first + k)),
      first,
      memo,
    );
    const done: ChunkDone = {
      results: units.map((u) => JSON.stringify(u.result)),
      failures: units.filter((u) => u.failed).length,
      total: units.reduce<number | undefined>((t, u) => u.total ?? t, undefined),
      workMs: performance.now() - started,
    };
    return this.queue.runChunk(job, first, this.options.lease, Date.now(), async () => done);
  }

  private async end(job: ClaimedJob, status: JobStatus): Promise<RunEnd> {
    const now = Date.now();
    try {
      await this.queue.finish(job, status, now, now + this.options.retentionMs);
      return 'ended';
    } catch (err) {
      if (err instanceof LeaseLost) return 'lost';
      throw err;
    }
  }
}
