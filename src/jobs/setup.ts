/** Settings both places that run jobs (the main thread, the job thread) share. */
import crypto from 'node:crypto';
import os from 'node:os';
import { threadId } from 'node:worker_threads';
import type { Logger } from '../log';
import type { Dialect } from '../store/sql';
import type { Lease } from './queue';
import type { RunnerOptions } from './runner';

/**
 * A write chunk takes units until it has run this long (or holds MAX_CHUNK). On SQLite a chunk holds the
 * file's only write lock, so a request's write (every request records its tokenPassport nonce) may wait
 * for one chunk: 8 ms kept checkAsyncStatus and get under 20 ms at p99 while jobs ran, where 4 ms chunks
 * did worse (twice the lock hand-overs) and 12 ms ones came close to the limit (bench/scenarios/async.ts,
 * 2 cores). PostgreSQL writers do not block each other, so its chunks only bound what a crash redoes and
 * save round trips.
 */
export const CHUNK_BUDGET_MS: Readonly<Record<Dialect, number>> = { sqlite: 8, postgres: 50 };
export const MAX_CHUNK = 50;

/** How often a worker looks for jobs it was not told about (another instance's, re-queued ones). */
export const POLL_MS = 1000;

/** Who holds a lease: unique per process, thread and run. */
export function newOwner(): string {
  return `${os.hostname()}:${process.pid}:${threadId}:${crypto.randomBytes(3).toString('hex')}`;
}

export function runnerOptions(
  lease: Lease,
  retentionMs: number,
  dialect: Dialect,
  log: Logger,
): RunnerOptions {
  return { lease, retentionMs, chunkBudgetMs: CHUNK_BUDGET_MS[dialect], maxChunk: MAX_CHUNK, log };
}
