/**
 * Assembles async jobs for a server: the job table, the service the SOAP face calls, and the worker that
 * runs jobs where BILLWIRE_ASYNC_WORKER says (a worker thread by default, the main thread, or nowhere).
 * With a job thread on SQLite, every main-thread write transaction takes the WriteGate too (the store's
 * database is told so here).
 */
import type { Config } from './config';
import { JobRunner } from './jobs/runner';
import { AsyncJobs } from './jobs/service';
import { newOwner, POLL_MS, runnerOptions } from './jobs/setup';
import { ThreadExecutor } from './jobs/threadExecutor';
import type { ClaimedJob } from './jobs/types';
import { JobDrainer, JobWorker, type Executor } from './jobs/worker';
import type { Logger } from './log';
import type { Services } from './services';
import { asyncRunners } from './soap/asyncRunners';
import { SEARCH_HANDLERS } from './soap/operations';
import type { OpenStore } from './store/datasource';
import { JobStore } from './store/jobs';
import type { Database } from './store/sql';
import { SqliteDatabase } from './store/sqlite';
import { mainTurn, WriteGate } from './store/writeGate';

export interface AsyncJobsSetup {
  /** The database the rest of the server writes through. */
  readonly db: Database;
  readonly jobs: AsyncJobs;
  /** Starts the worker (re-queues the jobs of a previous run first); call once the services exist. */
  start(services: Services): Promise<void>;
  /** Lets the chunk in flight commit, hands its job back, stops the worker. */
  stop(): Promise<void>;
}

export function setUpAsyncJobs(config: Config, store: OpenStore, log: Logger): AsyncJobsSetup {
  const { mode, worker: where, retentionDays, leaseSeconds } = config.async;
  const sqlite = store.db.dialect === 'sqlite';
  const gate = sqlite && where === 'thread' ? new WriteGate() : undefined;
  // The main thread takes the gate once per group of writes (group commit), not once per write.
  if (gate && store.db instanceof SqliteDatabase) {
    store.db.useWriteTurn(mainTurn(gate));
  }
  const db = store.db;
  const queue = new JobStore(db);
  const retentionMs = retentionDays * 86_400_000;
  const lease = { owner: newOwner(), ms: leaseSeconds * 1000 };
  const jobLog = log.child({ component: 'async-jobs' });

  let runner: JobRunner | undefined;
  let worker: JobWorker | undefined;
  const jobs = new AsyncJobs(queue, {
    retentionMs,
    inline:
      mode === 'inline' ? { lease, run: (job: ClaimedJob) => runner!.run(job, () => false) } : undefined,
    submitted: () => worker?.wake(),
  });

  return {
    db,
    jobs,
    async start(services) {
      runner = new JobRunner(
        queue,
        asyncRunners(services, jobLog, SEARCH_HANDLERS),
        runnerOptions(lease, retentionMs, db.dialect, jobLog),
      );
      let executor: Executor | undefined;
      if (where === 'main') executor = new JobDrainer(queue, runner, lease, jobLog);
      else if (where === 'thread') {
        executor = new ThreadExecutor({ config, leaseMs: lease.ms, retentionMs }, gate, jobLog);
      }
      worker = new JobWorker(queue, executor, {
        pollMs: POLL_MS,
        retentionMs,
        requeueAllAtStart: sqlite,
        log: jobLog,
      });
      await worker.start();
    },
    async stop() {
      await worker?.stop();
    },
  };
}
