/**
 * The async operations as the faces see them: submit a job, check its status, read a page of its results.
 * A submit answers only after the job is committed; checkAsyncStatus and getAsyncResult read only the job
 * table. In inline mode (a switch for client test suites) the submit runs the job to its end first, so a
 * client's polling loop finds it finished on its first check.
 */
import crypto from 'node:crypto';
import type { RequestScope } from '../domain/account';
import { RequestError } from '../domain/errors';
import { progressOf } from './progress';
import type { JobQueue, Lease } from './queue';
import { isFinal, type JobStatus } from './status';
import type { ClaimedJob, JobKind, JobOptions, JobView } from './types';

/** Results per getAsyncResult page for list kinds (a search pages as the search does: one unit per page). */
export const RESULT_PAGE_SIZE = 1000;

export interface AsyncStatus {
  readonly jobId: string;
  readonly status: JobStatus;
  readonly percentCompleted: number;
  readonly estRemainingDuration: number;
}

export interface AsyncJobsOptions {
  readonly retentionMs: number;
  /** Inline mode: the submit claims the job with this lease and runs it to its end before answering. */
  readonly inline?: { readonly lease: Lease; run(job: ClaimedJob): Promise<unknown> };
  /** Tells the worker a job is waiting. */
  readonly submitted?: () => void;
}

export interface Submission {
  readonly kind: JobKind;
  /** One JSON-safe input per unit. */
  readonly items: readonly unknown[];
  readonly deletionReason?: JobOptions['deletionReason'];
}

export interface ResultPage {
  readonly job: JobView;
  readonly pageIndex: number;
  readonly totalPages: number;
  /** Index of the page's first unit. */
  readonly first: number;
  /** Units on this page. */
  readonly count: number;
  /** Stored results by unit index (a failed job has none for the units it never ran). */
  readonly results: ReadonlyMap<number, unknown>;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** NetSuite's shape: ASYNCWEBSERVICES_<account>_<MMDDYYYY><time and random digits>_<hex>. */
export function newJobId(account: string, now: number): string {
  const d = new Date(now);
  const date = `${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${d.getUTCFullYear()}`;
  const time = `${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}${String(d.getUTCMilliseconds()).padStart(3, '0')}`;
  const digits = String(crypto.randomInt(0, 1e9)).padStart(9, '0');
  return `ASYNCWEBSERVICES_${account}_${date}${time}${digits}_${crypto.randomBytes(4).toString('hex')}`;
}

function asyncFault(code: 'INVALID_JOB_ID' | 'JOB_NOT_COMPLETE' | 'INVALID_PAGE_INDEX', message: string) {
  return new RequestError('async', code, message);
}

export class AsyncJobs {
  constructor(
    private readonly queue: JobQueue,
    private readonly options: AsyncJobsOptions,
  ) {}

  get inline(): boolean {
    return this.options.inline !== undefined;
  }

  async submit(scope: RequestScope, s: Submission): Promise<AsyncStatus> {
    const job = {
      jobId: newJobId(scope.account.id, scope.now),
      account: scope.account.id,
      kind: s.kind,
      options: {
        account: scope.account,
        ignoreReadOnlyFields: scope.ignoreReadOnlyFields,
        ...(s.deletionReason ? { deletionReason: s.deletionReason } : {}),
      },
      items: s.items.map((i) => JSON.stringify(i)),
      total: s.kind === 'search' ? 1 : s.items.length,
      submittedAt: scope.now,
    };
    const inline = this.options.inline;
    const claimed = await this.queue.submit(job, inline?.lease);
    if (inline && claimed) {
      await inline.run(claimed);
      return this.status(scope, job.jobId);
    }
    // The answer describes the job as submitted (pending), read before the worker is woken to take it.
    const answer = await this.status(scope, job.jobId);
    this.options.submitted?.();
    return answer;
  }

  async status(scope: RequestScope, jobId: string): Promise<AsyncStatus> {
    const job = await this.find(scope, jobId);
    const facts = isFinal(job.status) ? undefined : await this.queue.queueFacts(job);
    return { jobId: job.jobId, status: job.status, ...progressOf(job, facts) };
  }

  async resultPage(scope: RequestScope, jobId: string, pageIndex: number): Promise<ResultPage> {
    const job = await this.find(scope, jobId);
    if (!isFinal(job.status)) {
      const { percentCompleted } = progressOf(job, undefined);
      throw asyncFault(
        'JOB_NOT_COMPLETE',
        `Job ${jobId} is not complete (status ${job.status}, ${percentCompleted}% done); check it with checkAsyncStatus until it has finished.`,
      );
    }
    const perPage = job.kind === 'search' ? 1 : RESULT_PAGE_SIZE;
    const totalPages = Math.max(1, Math.ceil(job.total / perPage));
    if (!Number.isInteger(pageIndex) || pageIndex < 1 || pageIndex > totalPages) {
      throw asyncFault(
        'INVALID_PAGE_INDEX',
        `pageIndex ${pageIndex} is out of range: the results of job ${jobId} have ${totalPages} page${totalPages === 1 ? '' : 's'} (1 to ${totalPages}).`,
      );
    }
    const first = (pageIndex - 1) * perPage;
    const count = Math.min(perPage, Math.max(0, job.total - first));
    const stored = await this.queue.results(job, first, count);
    const results = new Map<number, unknown>();
    for (const [i, text] of stored) results.set(i, JSON.parse(text));
    return { job, pageIndex, totalPages, first, count, results };
  }

  /** The account's job, or INVALID_JOB_ID (unknown, another account's, or past its retention). */
  private async find(scope: RequestScope, jobId: string): Promise<JobView> {
    const job = await this.queue.find(scope.account.id, jobId);
    if (!job) throw asyncFault('INVALID_JOB_ID', `There is no async job ${jobId} in this account.`);
    if (job.expiresAt !== undefined && job.expiresAt <= scope.now) {
      const days = Math.round(this.options.retentionMs / 86_400_000);
      throw asyncFault(
        'INVALID_JOB_ID',
        `The results of job ${jobId} are no longer available: async results are kept ${days} day${days === 1 ? '' : 's'} after the job ends.`,
      );
    }
    return job;
  }
}
