/**
 * SQLite lets one connection write at a time. When async jobs run in a worker thread with their own
 * connection, the main thread and the job thread would otherwise meet inside SQLite's busy handler, which
 * sleeps with the thread blocked: on the main thread that freezes every request for milliseconds. So both
 * take this gate (a lock in shared memory) before they write:
 *
 * - the main thread waits for it asynchronously (Atomics.waitAsync), so its event loop keeps serving reads;
 * - the job thread may block, and defers to waiting main-thread writers (requests come first) for a while
 *   before it insists, so it is never starved either.
 *
 * Cell 0 is the holder (0 free, 1 main thread, 2 job thread); cell 1 counts main-thread writers waiting.
 */
import type { WriteTurn } from './sqlite';

const FREE = 0;
const MAIN = 1;
const THREAD = 2;

type WaitAsync = (
  a: Int32Array,
  index: number,
  value: number,
  timeoutMs?: number,
) => { async: false; value: string } | { async: true; value: Promise<string> };
const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;

export class WriteGate {
  private readonly cells: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(8)) {
    this.cells = new Int32Array(buffer);
  }

  /** Main thread: resolves once the gate is held, never blocking the event loop. */
  async acquireAsync(): Promise<void> {
    const c = this.cells;
    Atomics.add(c, 1, 1);
    try {
      for (;;) {
        if (Atomics.compareExchange(c, 0, FREE, MAIN) === FREE) return;
        const holder = Atomics.load(c, 0);
        if (holder === FREE) continue;
        const w = waitAsync(c, 0, holder, 50);
        if (w.async) await w.value;
      }
    } finally {
      Atomics.sub(c, 1, 1);
    }
  }

  /** Job thread: blocks until the gate is held, letting waiting main-thread writers go first for `politeMs`. */
  acquireSync(politeMs: number): void {
    const c = this.cells;
    const since = performance.now();
    for (;;) {
      const polite = Atomics.load(c, 1) > 0 && performance.now() - since < politeMs;
      if (!polite && Atomics.compareExchange(c, 0, FREE, THREAD) === FREE) return;
      Atomics.wait(c, 0, Atomics.load(c, 0), 1);
    }
  }

  release(): void {
    Atomics.store(this.cells, 0, FREE);
    Atomics.notify(this.cells, 0);
  }

  /** After the job thread died: frees the gate if the thread still held it. */
  releaseIfThreadHeld(): void {
    if (Atomics.compareExchange(this.cells, 0, THREAD, FREE) === THREAD) Atomics.notify(this.cells, 0);
  }
}

/**
 * How long the job thread lets waiting main-thread writers go first before it takes its turn anyway: long
 * enough for an idle event loop to pick the gate up (well under a millisecond), short enough that a main
 * thread busy with something else (parsing a large request) does not stall the jobs.
 */
const POLITE_MS = 2;

/** The main thread's turn: waits without blocking the event loop. */
export function mainTurn(gate: WriteGate): WriteTurn {
  return { acquire: () => gate.acquireAsync(), release: () => gate.release() };
}

/** The job thread's turn: blocks, after letting waiting main-thread writers go first. */
export function threadTurn(gate: WriteGate): WriteTurn {
  return { acquire: () => gate.acquireSync(POLITE_MS), release: () => gate.release() };
}
