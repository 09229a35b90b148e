/**
 * The SQLite write gate between the main thread and the async job thread: one holder at a time, the main
 * thread waits without blocking its event loop, and a thread that died holding it does not wedge it.
 */
import { expect } from 'chai';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { WriteGate } from '../../src/store/writeGate';

const GATE = path.resolve(__dirname, '..', '..', 'src', 'store', 'writeGate.js');

/** A thread that takes the gate, holds it `holdMs`, releases it (or dies holding it), and reports. */
function holder(
  gate: WriteGate,
  holdMs: number,
  die = false,
): { acquired: Promise<void>; done: Promise<{ acquiredAt: number; releasedAt: number }> } {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { WriteGate } = require(${JSON.stringify(GATE)});
    const gate = new WriteGate(workerData.buffer);
    gate.acquireSync(2);
    const acquiredAt = Date.now();
    parentPort.postMessage({ type: 'acquired', acquiredAt });
    const until = Date.now() + workerData.holdMs;
    while (Date.now() < until) {}
    if (workerData.die) process.exit(1);
    gate.release();
    parentPort.postMessage({ type: 'released', acquiredAt, releasedAt: Date.now() });`;
  const w = new Worker(code, { eval: true, workerData: { buffer: gate.buffer, holdMs, die } });
  let onAcquired: () => void = () => undefined;
  const acquired = new Promise<void>((resolve) => (onAcquired = resolve));
  const done = new Promise<{ acquiredAt: number; releasedAt: number }>((resolve, reject) => {
    let acquiredAt = 0;
    w.on('message', (m: { type: string; acquiredAt: number; releasedAt?: number }) => {
      acquiredAt = m.acquiredAt;
      if (m.type === 'acquired') onAcquired();
      if (m.type === 'released') resolve({ acquiredAt, releasedAt: m.releasedAt! });
    });
    w.on('exit', (code) => {
      if (code !== 0) {
        gate.releaseIfThreadHeld();
        resolve({ acquiredAt, releasedAt: Date.now() });
      }
    });
    w.on('error', reject);
  });
  return { acquired, done };
}

describe('SQLite write gate', () => {
  it('makes the job thread wait while the main thread holds it', async () => {
    const gate = new WriteGate();
    await gate.acquireAsync();
    const releasedAt = Date.now() + 60;
    const thread = holder(gate, 1);
    await new Promise((r) => setTimeout(r, 60));
    gate.release();
    const t = await thread.done;
    expect(t.acquiredAt).to.be.at.least(releasedAt - 5);
  });

  it('lets the main thread wait for the job thread without blocking its event loop', async () => {
    const gate = new WriteGate();
    const thread = holder(gate, 300);
    await thread.acquired;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await gate.acquireAsync();
    const got = Date.now();
    clearInterval(timer);
    gate.release();
    const t = await thread.done;
    expect(got).to.be.at.least(t.releasedAt);
    expect(ticks, 'event loop turns while waiting').to.be.greaterThan(3);
  });

  it('is freed when the job thread dies holding it', async () => {
    const gate = new WriteGate();
    await holder(gate, 10, true).done;
    const started = Date.now();
    await gate.acquireAsync();
    gate.release();
    expect(Date.now() - started).to.be.lessThan(100);
  });
});
