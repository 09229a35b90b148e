/**
 * The async job thread (worker_threads entry point, started by ./threadExecutor): its own connection to
 * the store, its own services and runners, a JobDrainer woken by the main thread. It is a composition root
 * like server.ts, so it may assemble the SOAP face's search adapter for asyncSearch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createLogger } from '../log';
import type { Config } from '../config';
import { servicesFor } from '../services';
import { asyncRunners } from '../soap/asyncRunners';
import { SEARCH_HANDLERS } from '../soap/operations';
import { openJobConnection } from '../store/connect';
import { JobStore } from '../store/jobs';
import { StoreUnitOfWork } from '../store/unitOfWork';
import { WriteGate } from '../store/writeGate';
import { AsyncJobs } from './service';
import { newOwner, runnerOptions } from './setup';
import { JobRunner } from './runner';
import { JobDrainer } from './worker';

export interface ThreadData {
  /** The server's configuration (plain data), so the thread builds the same services. */
  readonly config: Config;
  /** The WriteGate's memory, on SQLite. */
  readonly gate?: SharedArrayBuffer;
  readonly leaseMs: number;
  readonly retentionMs: number;
}

type Command = { type: 'wake' } | { type: 'stop' };

function main(port: NonNullable<typeof parentPort>, data: ThreadData): void {
  const { config } = data;
  const log = createLogger(config.logLevel).child({ thread: 'async-jobs' });
  const gate = data.gate ? new WriteGate(data.gate) : undefined;
  const db = openJobConnection({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, gate);
  const queue = new JobStore(db);
  const services = servicesFor(
    config,
    new StoreUnitOfWork(db),
    new AsyncJobs(queue, { retentionMs: data.retentionMs }),
  );
  const lease = { owner: newOwner(), ms: data.leaseMs };
  const runner = new JobRunner(
    queue,
    asyncRunners(services, log, SEARCH_HANDLERS),
    runnerOptions(lease, data.retentionMs, db.dialect, log),
  );
  const drainer = new JobDrainer(queue, runner, lease, log, () => port.postMessage({ type: 'idle' }));
  port.on('message', (m: Command) => {
    if (m.type === 'wake') drainer.wake();
    else
      void drainer
        .stop()
        .then(() => db.close())
        .finally(() => process.exit(0));
  });
}

if (parentPort) main(parentPort, workerData as ThreadData);
