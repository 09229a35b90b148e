/**
 * Runs async jobs in a worker thread with its own database connection, so a job's CPU work (the same
 * invoicing rules as addList) uses the second core instead of the event loop that serves requests. The
 * thread starts on the first wake and retires after a minute without work, so a server that never sees an
 * async job never pays for it. On SQLite both threads take the shared WriteGate before writing.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../log';
import type { WriteGate } from '../store/writeGate';
import type { ThreadData } from './thread';
import type { Executor } from './worker';

const IDLE_RETIRE_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

type Message = { type: 'idle' } | { type: 'busy' };

export class ThreadExecutor implements Executor {
  private worker: Worker | undefined;
  private exited: Promise<void> | undefined;
  private retiring = false;
  private wakeAfterExit = false;
  private stopping = false;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly data: Omit<ThreadData, 'gate'>,
    private readonly gate: WriteGate | undefined,
    private readonly log: Logger,
  ) {}

  wake(): void {
    if (this.stopping) return;
    clearTimeout(this.idleTimer);
    if (this.retiring) {
      this.wakeAfterExit = true;
      return;
    }
    this.worker ??= this.spawn();
    this.worker.postMessage({ type: 'wake' });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.idleTimer);
    const w = this.worker;
    if (!w) return;
    w.postMessage({ type: 'stop' });
    const timeout = setTimeout(() => void w.terminate(), STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timeout);
  }

  private spawn(): Worker {
    const data: ThreadData = { ...this.data, gate: this.gate?.buffer };
    const w = new Worker(path.join(__dirname, 'thread.js'), { workerData: data });
    this.exited = new Promise((resolve) => w.once('exit', () => resolve()));
    w.on('message', (m: Message) => {
      if (m.type === 'idle' && !this.stopping) {
        clearTimeout(this.idleTimer);
        this.idleTimer = setTimeout(() => this.retire(), IDLE_RETIRE_MS);
        this.idleTimer.unref();
      }
    });
    w.on('error', (err) => this.log.error({ err }, 'async job thread failed'));
    w.on('exit', (code) => {
      this.gate?.releaseIfThreadHeld();
      this.worker = undefined;
      this.retiring = false;
      if (code !== 0 && !this.stopping) this.log.error({ code }, 'async job thread exited');
      if (this.wakeAfterExit && !this.stopping) {
        this.wakeAfterExit = false;
        this.wake();
      }
    });
    return w;
  }

  private retire(): void {
    if (!this.worker || this.stopping) return;
    this.retiring = true;
    this.worker.postMessage({ type: 'stop' });
  }
}
