/**
 * The job worker's lifecycle. `JobWorker` lives on the main thread: on start it re-queues the jobs of
 * workers that died (every processing job on SQLite, whose file one server owns; expired leases on
 * PostgreSQL, where other instances may be alive) and purges results past their retention, then repeats
 * that every `pollMs` and wakes its executor whenever a job is runnable (a submit wakes it at once).
 * The executor runs the jobs: a `JobDrainer` on this thread, or one in a worker thread (./threadExecutor).
 */
import type { Logger } from '../log';
import type { JobQueue, Lease } from './queue';
import type { JobRunner } from './runner';

export interface Executor {
  /** There may be a job to run. */
  wake(): void;
  /** Finishes the chunk in flight, hands the job back, and stops. */
  stop(): Promise<void>;
}

/** A job claimed this many times (its worker died each time) fails instead of being retried again. */
export const MAX_ATTEMPTS = 5;

const PURGE_EVERY_MS = 60 * 60 * 1000;

/** Claims and runs jobs one after another until none is runnable; `wake` starts it again. */
export class JobDrainer implements Executor {
  private running: Promise<void> | undefined;
  private again = false;
  private stopping = false;

  constructor(
    private readonly queue: JobQueue,
    private readonly runner: JobRunner,
    private readonly lease: Lease,
    private readonly log: Logger,
    private readonly onIdle: () => void = () => undefined,
  ) {}

  wake(): void {
    if (this.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopping) {
      this.again = false;
      let job;
      try {
        job = await this.queue.claim(this.lease, Date.now());
      } catch (err) {
        this.log.error({ err }, 'could not claim a job');
        return;
      }
      if (!job) {
        if (this.again) continue;
        this.onIdle();
        return;
      }
      try {
        await this.runner.run(job, () => this.stopping);
      } catch (err) {
        // The job keeps its lease until it expires; then it is re-queued.
        this.log.error({ err, jobId: job.jobId }, 'job run failed');
      }
    }
  }
}

export interface WorkerOptions {
  readonly pollMs: number;
  readonly retentionMs: number;
  /** At start-up, re-queue every processing job (SQLite) rather than only those whose lease expired. */
  readonly requeueAllAtStart: boolean;
  readonly log: Logger;
}

export class JobWorker {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private lastPurge = 0;

  constructor(
    private readonly queue: JobQueue,
    /** Undefined when this instance runs no jobs (BILLWIRE_ASYNC_WORKER=off): housekeeping only. */
    private readonly executor: Executor | undefined,
    private readonly options: WorkerOptions,
  ) {}

  async start(): Promise<void> {
    await this.housekeeping(true);
    this.timer = setInterval(() => {
      this.ticking ??= this.housekeeping(false)
        .catch((err: unknown) => this.options.log.error({ err }, 'async job housekeeping failed'))
        .finally(() => {
          this.ticking = undefined;
        });
    }, this.options.pollMs);
    this.timer.unref();
  }

  wake(): void {
    this.executor?.wake();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking;
    await this.executor?.stop();
  }

  private async housekeeping(starting: boolean): Promise<void> {
    const now = Date.now();
    const { requeued, failed } = await this.queue.requeue(
      now,
      starting && this.options.requeueAllAtStart,
      MAX_ATTEMPTS,
      now + this.options.retentionMs,
    );
    if (requeued > 0 || failed > 0)
      this.options.log.warn({ requeued, failed }, 'async jobs of a stopped worker re-queued');
    if (now - this.lastPurge >= PURGE_EVERY_MS) {
      this.lastPurge = now;
      const purged = await this.queue.purge(now);
      if (purged > 0) this.options.log.info({ purged }, 'expired async jobs purged');
    }
    if (this.executor && (await this.queue.hasRunnable())) this.executor.wake();
  }
}
