/**
 * Benchmark settings from the environment, read once. Defaults give a run of about two minutes on the
 * 2-core development machine; every measured run is preceded by a warm-up so the JIT, the SQLite page
 * cache and the connection pool are hot when the clock starts.
 */
import path from 'node:path';

export interface BenchSettings {
  /** Seconds per measured run (BENCH_DURATION). */
  readonly durationS: number;
  /** Seconds of warm-up before each measured run (BENCH_WARMUP). */
  readonly warmupS: number;
  /** Concurrent connections for the throughput scenarios (BENCH_CONNECTIONS). */
  readonly connections: number;
  /** Start Billwire with --cpu-prof and summarise the profile at the end (BENCH_CPU_PROF=1). */
  readonly cpuProfile: boolean;
  /** The project root (dist/bench/lib -> ../../..). */
  readonly root: string;
  /** Where results and profiles go (.bench/, gitignored). */
  readonly outDir: string;
}

function positive(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return n;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const root = path.resolve(__dirname, '..', '..', '..');
  return {
    durationS: positive('BENCH_DURATION', 10, env),
    warmupS: positive('BENCH_WARMUP', 2, env),
    connections: Math.round(positive('BENCH_CONNECTIONS', 10, env)),
    cpuProfile: env.BENCH_CPU_PROF === '1' || env.BENCH_CPU_PROF === 'true',
    root,
    outDir: path.join(root, '.bench'),
  };
}
