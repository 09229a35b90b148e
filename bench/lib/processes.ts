/**
 * Child processes and temporary folders of a benchmark run, and their cleanup. Every server under test
 * runs in its own process so the load generator (this process) and the server compete for the CPU the
 * way a real client and server do, and so a server's RSS is its own. Whatever happens (normal end,
 * an exception, Ctrl-C, SIGTERM), every child is killed and every temporary folder removed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly process: ChildProcess;
  /** The last few KB of the child's stdout and stderr, for error messages. */
  output(): string;
  /** Resolves with the exit code once the child has exited. */
  readonly exited: Promise<number | null>;
  hasExited(): boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the child is gone. */
  stop(graceMs?: number): Promise<number | null>;
}

const children = new Set<Child>();
const tempDirs = new Set<string>();
const TAIL_BYTES = 8192;

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

/** A port nobody listens on right now: bind port 0, read the port, release it. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface SpawnOptions {
  readonly env?: Record<string, string>;
  readonly nodeArgs?: readonly string[];
  readonly cwd?: string;
}

/** Starts `node [nodeArgs] script [args]` with piped output (kept as a tail for diagnostics). */
export function spawnNode(
  name: string,
  script: string,
  args: readonly string[],
  o: SpawnOptions = {},
): Child {
  const proc = spawn(process.execPath, [...(o.nodeArgs ?? []), script, ...args], {
    cwd: o.cwd,
    env: { ...process.env, ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (proc.pid === undefined) throw new Error(`could not start ${name}`);
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  let done = false;
  const exited = new Promise<number | null>((resolve) => {
    proc.once('exit', (code, signal) => {
      done = true;
      children.delete(child);
      resolve(code ?? (signal ? -1 : null));
    });
  });
  const child: Child = {
    name,
    pid: proc.pid,
    process: proc,
    output: () => tail,
    exited,
    hasExited: () => done,
    stop: async (graceMs = 5000) => {
      if (!done) {
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
  children.add(child);
  return child;
}

/** Resolves with the first stdout line matching `pattern`; rejects if the child exits or times out. */
export function waitForLine(child: Child, pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const m = pattern.exec(buffered);
      if (m) finish(() => resolve(m));
    };
    const timer = setTimeout(
      () =>
        finish(() => reject(new Error(`${child.name} did not start in ${timeoutMs} ms:\n${child.output()}`))),
      timeoutMs,
    );
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      child.process.stdout!.off('data', onData);
      fn();
    };
    child.process.stdout!.on('data', onData);
    void child.exited.then((code) =>
      finish(() =>
        reject(new Error(`${child.name} exited (${code}) before it was ready:\n${child.output()}`)),
      ),
    );
  });
}

/** Stops every child still running (gracefully) and removes the temporary folders. */
export async function cleanup(): Promise<void> {
  await Promise.all([...children].map((c) => c.stop()));
  removeTempDirs();
}

function removeTempDirs(): void {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/** Last line of defence: on process exit (synchronous), kill what is left and remove folders. */
function killAllNow(): void {
  for (const c of children) c.process.kill('SIGKILL');
  removeTempDirs();
}

let installed = false;
export function installCleanupHandlers(): void {
  if (installed) return;
  installed = true;
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, stopping child processes…`);
      cleanup().finally(() => process.exit(130));
    });
  }
}
