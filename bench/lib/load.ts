/**
 * One load run: a warm-up, then a measured run of closed-loop load with autocannon (each connection sends
 * its next request when the previous answer arrives), in this process.
 *
 * Measured: successful requests per second over the measured run, and latency percentiles from every
 * response time. Checked: every response's status; every 2xx body for a SOAP Fault or isSuccess="false"
 * (a substring search, cheap enough to do on all of them); and the first `deepChecks` bodies with the
 * scenario's own `verify` (the record really is in there). A run with any failed check is worthless as
 * a figure, so failures are counted and reported with the first few bodies, never silently averaged in.
 */
import autocannon, { type Result } from 'autocannon';
import { Latencies, procCpuMs } from './stats';

export interface LoadSpec {
  /** Full URL of the endpoint (http://127.0.0.1:port/path). */
  readonly url: string;
  readonly connections: number;
  readonly durationS: number;
  readonly warmupS: number;
  /** Per-request timeout in seconds (autocannon's default of 10 is too short for big lists). */
  readonly timeoutS?: number;
  readonly headers: Record<string, string>;
  /** A fresh request body (a new nonce) on every call. */
  readonly nextBody: () => Buffer;
  /** Deep check of a 2xx body: a description of what is wrong, or undefined. */
  readonly verify?: (body: string) => string | undefined;
  /** How many of the first responses of each run get `verify` (default 200). */
  readonly deepChecks?: number;
  /** The server's process id, to report how busy it was (100% = one core). */
  readonly serverPid?: number;
}

export interface RunStats {
  readonly ok: number;
  readonly elapsedS: number;
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly meanMs: number;
  readonly maxMs: number;
  /** CPU used during the run, in % of one core: this process (the load generator) and the server. */
  readonly generatorCpuPct: number;
  readonly serverCpuPct?: number;
  /** Non-2xx responses, 2xx with a Fault or isSuccess="false", failed deep checks, socket errors/timeouts. */
  readonly problems: {
    readonly non2xx: number;
    readonly faults: number;
    readonly notSuccess: number;
    readonly failedChecks: number;
    readonly transport: number;
  };
  readonly problemCount: number;
  /** The first few problem descriptions, with a slice of the body. */
  readonly examples: readonly string[];
}

export interface LoadResult {
  readonly warmup: RunStats;
  readonly measured: RunStats;
}

const EXAMPLE_LIMIT = 3;
const EXAMPLE_BODY_CHARS = 600;

function once(spec: LoadSpec, durationS: number): Promise<RunStats> {
  const latencies = new Latencies();
  const problems = { non2xx: 0, faults: 0, notSuccess: 0, failedChecks: 0, transport: 0 };
  const examples: string[] = [];
  const note = (what: string, body: string) => {
    if (examples.length >= EXAMPLE_LIMIT) return;
    const from = Math.max(0, body.indexOf('Body>')); // skip the namespace declarations
    examples.push(`${what}: ${body.slice(from, from + EXAMPLE_BODY_CHARS)}`);
  };
  const deepChecks = spec.deepChecks ?? 200;
  let seen = 0;

  const onResponse = (status: number, body: string) => {
    seen++;
    if (status < 200 || status > 299) {
      problems.non2xx++;
      note(`HTTP ${status}`, body);
    } else if (body.includes(':Fault>')) {
      problems.faults++;
      note('SOAP Fault', body);
    } else if (body.includes('isSuccess="false"')) {
      problems.notSuccess++;
      note('isSuccess="false"', body.slice(body.indexOf('isSuccess="false"')));
    } else if (spec.verify && seen <= deepChecks) {
      const wrong = spec.verify(body);
      if (wrong) {
        problems.failedChecks++;
        note(`check failed (${wrong})`, body);
      }
    }
  };

  return new Promise((resolve, reject) => {
    const started = performance.now();
    const generatorCpu = process.cpuUsage();
    const serverCpuMs = spec.serverPid === undefined ? undefined : procCpuMs(spec.serverPid);
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        duration: durationS,
        timeout: spec.timeoutS ?? 10,
        method: 'POST',
        headers: spec.headers,
        requests: [
          {
            setupRequest: (req) => ({ ...req, body: spec.nextBody() }),
            onResponse: (status, body) => onResponse(status, body),
          },
        ],
      },
      (err: Error | null, result: Result) => {
        if (err) return reject(err);
        const elapsedS = (performance.now() - started) / 1000;
        const gen = process.cpuUsage(generatorCpu);
        const serverNowMs = spec.serverPid === undefined ? undefined : procCpuMs(spec.serverPid);
        const pctOfCore = (ms: number) => ms / 10 / elapsedS;
        problems.transport = result.errors;
        if (result.errors > 0) note(`${result.errors} socket errors (${result.timeouts} timeouts)`, '');
        const s = latencies.summary([50, 99]);
        resolve({
          ok: latencies.count,
          elapsedS,
          reqPerSec: latencies.count / elapsedS,
          p50Ms: s.at[50]!,
          p99Ms: s.at[99]!,
          meanMs: s.mean,
          maxMs: s.max,
          generatorCpuPct: pctOfCore((gen.user + gen.system) / 1000),
          serverCpuPct:
            serverCpuMs === undefined || serverNowMs === undefined
              ? undefined
              : pctOfCore(serverNowMs - serverCpuMs),
          problems,
          problemCount: Object.values(problems).reduce((a, b) => a + b, 0),
          examples,
        });
      },
    );
    // Every response time (float ms), for 2xx answers only: autocannon's histogram rounds to whole ms.
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status <= 299) latencies.add(ms);
    });
  });
}

/** Warm-up, then the measured run, with the same request source. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const warmup = await once(spec, spec.warmupS);
  const measured = await once(spec, spec.durationS);
  return { warmup, measured };
}
