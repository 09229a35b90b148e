/**
 * What checkAsyncStatus reports besides the status: percentCompleted from the committed units, and
 * estRemainingDuration (seconds) from observed throughput: the job's own rate once it has committed
 * something, else the rate of the account's latest finished job of the same kind, else a rough default;
 * a queued job also waits for the units queued before it (an account's jobs run first in, first out).
 */
import type { QueueFacts } from './queue';
import { isFinal } from './status';
import type { JobKind, JobView } from './types';

/** Rough ms per unit before anything was observed (a 10-line invoice takes about half a millisecond). */
const DEFAULT_MS_PER_UNIT: Readonly<Record<JobKind, number>> = {
  addList: 1,
  updateList: 1,
  upsertList: 1,
  deleteList: 0.5,
  getList: 0.2,
  initializeList: 1,
  search: 200,
};

export interface Progress {
  readonly percentCompleted: number;
  readonly estRemainingDuration: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function progressOf(job: JobView, facts: QueueFacts | undefined): Progress {
  if (isFinal(job.status)) {
    return {
      percentCompleted:
        job.status === 'failed' && job.total > 0 ? round1((100 * job.progress) / job.total) : 100,
      estRemainingDuration: 0,
    };
  }
  const percentCompleted = job.total > 0 ? round1((100 * job.progress) / job.total) : 0;
  const msPerUnit =
    job.progress > 0 && job.workMs > 0
      ? job.workMs / job.progress
      : (facts?.recentMsPerUnit ?? DEFAULT_MS_PER_UNIT[job.kind]);
  const units = job.total - job.progress + (job.status === 'processing' ? 0 : (facts?.unitsAhead ?? 0));
  // Never 0 before the end: a client reading 0 seconds left would expect the result to be there.
  return { percentCompleted, estRemainingDuration: Math.max(0.1, round1((units * msPerUnit) / 1000)) };
}
