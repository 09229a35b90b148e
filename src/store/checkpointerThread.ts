/**
 * The checkpointer thread (src/store/checkpointer.ts): one connection, a PASSIVE checkpoint on a timer,
 * a final one when told to stop.
 */
import BetterSqlite3 from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const { file, everyMs } = workerData as { file: string; everyMs: number };
const db = new BetterSqlite3(file, { fileMustExist: true, timeout: 10_000 });
db.pragma('wal_autocheckpoint = 0');

const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or closing: the next tick tries again.
  }
};
const timer = setInterval(checkpoint, everyMs);

parentPort!.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  process.exit(0);
});
