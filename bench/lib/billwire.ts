/**
 * Billwire as a child process, the way a user runs it (`node dist/src/main.js`), on a fresh SQLite file
 * in a temporary folder, logging at warn so log writing does not dominate the profile.
 *
 * Start-up is measured from spawn to the first answered GET /health (polled every 5 ms), then to the
 * first answered SOAP `get` (the first request through the envelope parser, authentication and store:
 * anything lazily initialised shows up here).
 */
import http from 'node:http';
import path from 'node:path';
import { ENDPOINT_PATH, getBody, PassportSource } from './envelopes';
import { freePort, spawnNode, tempDir, type Child } from './processes';
import type { BenchSettings } from './settings';
import { soapCall } from './soapClient';

export interface BillwireProcess {
  readonly child: Child;
  readonly baseUrl: string;
  readonly endpoint: string;
  /** ms from spawn to the first answered GET /health. */
  readonly startupMs: number;
  /** ms from spawn to the first answered SOAP get. */
  readonly firstGetMs: number;
  /** The .cpuprofile Billwire writes when it exits (BENCH_CPU_PROF=1). */
  readonly profileFile?: string;
}

const POLL_MS = 5;
const START_TIMEOUT_MS = 30_000;

/** One GET /health without keep-alive; resolves true on 200, false on refusal or any other answer. */
function healthOnce(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/health', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startBillwire(
  settings: BenchSettings,
  passports: PassportSource,
): Promise<BillwireProcess> {
  const port = await freePort();
  const dataDir = tempDir('billwire-bench-');
  const profileDir = path.join(settings.outDir, 'profiles');
  const profileName = `billwire-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`;
  const nodeArgs = settings.cpuProfile
    ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', profileName]
    : [];

  const t0 = performance.now();
  const child = spawnNode('billwire', path.join(settings.root, 'dist', 'src', 'main.js'), [], {
    cwd: settings.root,
    nodeArgs,
    env: {
      PORT: String(port),
      BILLWIRE_HOST: '127.0.0.1',
      BILLWIRE_DATA_DIR: dataDir,
      BILLWIRE_LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
  });

  while (!(await healthOnce(port))) {
    if (child.hasExited()) throw new Error(`Billwire exited during start-up:\n${child.output()}`);
    if (performance.now() - t0 > START_TIMEOUT_MS)
      throw new Error(`Billwire did not answer /health:\n${child.output()}`);
    await sleep(POLL_MS);
  }
  const startupMs = performance.now() - t0;

  const baseUrl = `http://127.0.0.1:${port}`;
  const endpoint = baseUrl + ENDPOINT_PATH;
  // The database is empty: the answer is a well-formed "record does not exist", which is all we need.
  const probe = await soapCall(endpoint, 'get', getBody('invoice', '1'), passports);
  const firstGetMs = performance.now() - t0;
  if (probe.status !== 200 || !probe.text.includes('getResponse')) {
    throw new Error(
      `the first SOAP get was not answered with a getResponse (HTTP ${probe.status}):\n${probe.text}`,
    );
  }

  return {
    child,
    baseUrl,
    endpoint,
    startupMs,
    firstGetMs,
    profileFile: settings.cpuProfile ? path.join(profileDir, profileName) : undefined,
  };
}
