/**
 * What an async job is made of, in JSON-safe shapes: a job outlives the request that created it (and the
 * process), so its inputs and results are stored as data, never as live objects.
 */
import type { AccountContext } from '../domain/account';
import type { StatusCode } from '../domain/errors';
import type { DeletionReason } from '../domain/records/service';
import type { JobStatus } from './status';

/** The synchronous operation an async job replays. */
export const JOB_KINDS = [
  'addList',
  'updateList',
  'upsertList',
  'deleteList',
  'getList',
  'initializeList',
  'search',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export function isJobKind(s: string): s is JobKind {
  return (JOB_KINDS as readonly string[]).includes(s);
}

/** A RecordError as data. */
export interface UnitError {
  readonly code: StatusCode;
  readonly message: string;
}

/** One unit's input or result: a value, or the error the synchronous operation reports in its place. */
export type Unit<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: UnitError };

/** The request's settings every unit of the job runs with. */
export interface JobOptions {
  /** The account as it was when the job was submitted (time zone, billing basis). */
  readonly account: AccountContext;
  readonly ignoreReadOnlyFields: boolean;
  readonly deletionReason?: DeletionReason;
}

/** A job as checkAsyncStatus and getAsyncResult see it. */
export interface JobView {
  /** The row's key in the store. */
  readonly key: number;
  readonly jobId: string;
  readonly account: string;
  readonly kind: JobKind;
  readonly status: JobStatus;
  /** Units of work: records, or result pages for a search (known once its first page ran). */
  readonly total: number;
  /** Units committed: the job resumes at this index. */
  readonly progress: number;
  readonly failures: number;
  readonly attempts: number;
  readonly workMs: number;
  readonly submittedAt: number;
  readonly startedAt?: number;
  readonly finishedAt?: number;
  readonly expiresAt?: number;
}

/** A job a worker holds the lease of. */
export interface ClaimedJob extends JobView {
  readonly owner: string;
  readonly options: JobOptions;
}
