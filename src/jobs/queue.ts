/**
 * What the jobs layer needs from persistence (src/store/jobs.ts implements it with SQL). Every method that
 * changes a job's status goes through the guard in ./status, and every chunk of work commits in the same
 * transaction as the job's progress: the two facts a crash-safe queue rests on.
 */
import type { Repositories, Transaction } from '../domain/ports';
import type { JobStatus } from './status';
import type { ClaimedJob, JobKind, JobOptions, JobView } from './types';

export interface NewJob {
  readonly jobId: string;
  readonly account: string;
  readonly kind: JobKind;
  readonly options: JobOptions;
  /** One JSON document per unit. */
  readonly items: readonly string[];
  /** Units of work; for a search, 1 until its first page tells how many pages there are. */
  readonly total: number;
  readonly submittedAt: number;
}

export interface Lease {
  readonly owner: string;
  readonly ms: number;
}

/** What the remaining-time estimate of a queued job needs. */
export interface QueueFacts {
  /** Units of the account's unfinished jobs queued before this one. */
  readonly unitsAhead: number;
  /** Milliseconds per unit of the account's latest finished job of the same kind, if any. */
  readonly recentMsPerUnit?: number;
}

/** A chunk's work inside the transaction that also records its progress. */
export interface ChunkWork {
  readonly repos: Repositories;
  readonly tx: Transaction;
}

export interface ChunkDone {
  /** One JSON result per unit, in order, starting at the chunk's first index. */
  readonly results: readonly string[];
  readonly failures: number;
  /** A new unit count (a search learns its page count from its first page). */
  readonly total?: number;
  readonly workMs: number;
}

/** The worker no longer holds the job (its lease expired and another worker took over): stop, write nothing. */
export class LeaseLost extends Error {
  constructor(jobId: string) {
    super(`lost the lease of job ${jobId}`);
    this.name = 'LeaseLost';
  }
}

export interface JobQueue {
  /** Stores a pending job; with `claimFor`, claims it in the same transaction (inline mode). */
  submit(job: NewJob, claimFor?: Lease): Promise<ClaimedJob | undefined>;
  /** An account's job by its id; undefined for an unknown id or another account's job. */
  find(account: string, jobId: string): Promise<JobView | undefined>;
  queueFacts(job: JobView): Promise<QueueFacts>;
  /** Stored results of units [from, from + count), by index; a unit a failed job never ran has none. */
  results(job: JobView, from: number, count: number): Promise<Map<number, string>>;
  /** Claims the oldest runnable job (the head of its account's queue), if any. */
  claim(lease: Lease, now: number): Promise<ClaimedJob | undefined>;
  /** Inputs of units [from, from + count). */
  items(job: ClaimedJob, from: number, count: number): Promise<string[]>;
  /**
   * One transaction: checks the lease (LeaseLost otherwise) and that no other worker moved the job past
   * `from`, runs `work`, stores its results and the new progress, renews the lease.
   */
  runChunk(
    job: ClaimedJob,
    from: number,
    lease: Lease,
    now: number,
    work: (w: ChunkWork) => Promise<ChunkDone>,
  ): Promise<ChunkDone>;
  /** Ends a job (finished, finishedWithErrors, failed); its results are kept until `expiresAt`. */
  finish(job: ClaimedJob, status: JobStatus, now: number, expiresAt: number): Promise<void>;
  /** Hands a job back (processing -> retry) when its worker stops before the end. */
  release(job: ClaimedJob, now: number): Promise<void>;
  /**
   * Jobs whose worker died: processing with an expired lease (or every processing job, when `all`) go to
   * retry, or to failed (kept until `expiresAt`) once they used `maxAttempts` claims.
   */
  requeue(
    now: number,
    all: boolean,
    maxAttempts: number,
    expiresAt: number,
  ): Promise<{ requeued: number; failed: number }>;
  /** Deletes jobs past their retention; returns how many. */
  purge(now: number): Promise<number>;
  /** True when some job could be claimed now. */
  hasRunnable(): Promise<boolean>;
}
