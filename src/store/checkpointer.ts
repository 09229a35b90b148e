/**
 * Checkpoints the SQLite WAL from a small worker thread of its own.
 *
 * SQLite's automatic checkpoint runs inside the COMMIT that crosses the threshold and syncs the file
 * twice (about 20 ms here): one unlucky request (or job chunk) would pay for everyone's writes, with the
 * write lock held. Instead every connection of Billwire has automatic checkpoints off and this thread runs
 * a PASSIVE checkpoint a few times a second on its own connection: it never blocks a reader or a writer,
 * and the syncs happen off the event loop.
 */
import { Worker } from 'node:worker_threads';
import path from 'node:path';

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, everyMs = 250): Checkpointer {
  const worker = new Worker(path.join(__dirname, 'checkpointerThread.js'), { workerData: { file, everyMs } });
  worker.unref();
  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      })),
  };
}
