/**
 * The job status machine. NetSuite's AsyncStatusType values are the statuses, so what checkAsyncStatus
 * reports is exactly what the table holds (never inferred from timestamps):
 *
 *   pending ──claim──> processing ──> finished | finishedWithErrors | failed
 *   processing ──lease expired (worker died)──> retry ──claim──> processing
 *   pending | retry ──too many attempts──> failed
 *
 * `canMove` is the one guard every status change goes through: the store turns it into the
 * `WHERE status IN (...)` of each conditional UPDATE, so a change the guard refuses cannot happen even
 * between two instances racing on one PostgreSQL.
 */
export const JOB_STATUSES = [
  'pending',
  'processing',
  'retry',
  'finished',
  'finishedWithErrors',
  'failed',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

const NEXT: Readonly<Record<JobStatus, readonly JobStatus[]>> = {
  pending: ['processing', 'failed'],
  retry: ['processing', 'failed'],
  processing: ['retry', 'finished', 'finishedWithErrors', 'failed'],
  finished: [],
  finishedWithErrors: [],
  failed: [],
};

export function canMove(from: JobStatus, to: JobStatus): boolean {
  return NEXT[from].includes(to);
}

/** The statuses a job may be in for a move to `to`: the guard as the store applies it. */
export function sourcesOf(to: JobStatus): JobStatus[] {
  return JOB_STATUSES.filter((from) => canMove(from, to));
}

export function isFinal(status: JobStatus): boolean {
  return NEXT[status].length === 0;
}

export function isJobStatus(s: string): s is JobStatus {
  return (JOB_STATUSES as readonly string[]).includes(s);
}

/** How a job that ran to its end is reported: any unit in error makes it finishedWithErrors. */
export function endStatus(failures: number): JobStatus {
  return failures > 0 ? 'finishedWithErrors' : 'finished';
}
