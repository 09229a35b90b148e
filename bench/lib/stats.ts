/**
 * Latency percentiles computed from every response time (autocannon's own histogram keeps whole
 * milliseconds, too coarse for a 2 ms get), and resident-memory readings of a child process from
 * /proc/<pid>/status (Linux): VmRSS now, VmHWM the peak since the process started.
 */
import fs from 'node:fs';

/** Response times in ms, appended without allocation per sample. */
export class Latencies {
  private values = new Float64Array(4096);
  private n = 0;

  add(ms: number): void {
    if (this.n === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.n++] = ms;
  }

  get count(): number {
    return this.n;
  }

  /** Nearest-rank percentiles, e.g. summary([50, 99]). */
  summary(percentiles: readonly number[]): { mean: number; max: number; at: Record<number, number> } {
    const sorted = this.values.slice(0, this.n).sort();
    const at: Record<number, number> = {};
    for (const p of percentiles) {
      at[p] = this.n === 0 ? NaN : sorted[Math.min(this.n - 1, Math.ceil((p / 100) * this.n) - 1)]!;
    }
    let sum = 0;
    for (const v of sorted) sum += v;
    return { mean: this.n ? sum / this.n : NaN, max: this.n ? sorted[this.n - 1]! : NaN, at };
  }
}

const CLOCK_TICKS_PER_S = 100; // USER_HZ: 100 on every Linux this runs on

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat. */
export function procCpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3; utime and stime are 14, 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_S;
  } catch {
    return undefined;
  }
}

/** A field of /proc/<pid>/status in MB, or undefined when the process (or /proc) is gone. */
export function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Samples a process's RSS every `intervalMs` (cheap: one small file read). `mark()` returns the peak
 * since the previous mark, so each scenario can report its own peak.
 */
export class RssSampler {
  private overall = 0;
  private sinceMark = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs = 100,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    this.sample();
  }

  private sample(): void {
    const mb = procStatusMb(this.pid, 'VmRSS');
    if (mb === undefined) return;
    this.overall = Math.max(this.overall, mb);
    this.sinceMark = Math.max(this.sinceMark, mb);
  }

  mark(): number {
    this.sample();
    const peak = this.sinceMark;
    this.sinceMark = 0;
    return peak;
  }

  /** The larger of the sampled peak and the kernel's high-water mark (which sees between samples). */
  peak(): number {
    this.sample();
    return Math.max(this.overall, procStatusMb(this.pid, 'VmHWM') ?? 0);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
