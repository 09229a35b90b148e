/**
 * Output of a run: one table on stdout (scenarios, then single figures, targets and problems) and the
 * same results as JSON in .bench/results-<timestamp>.json, with the settings and machine they came from.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Results } from './results';
import type { BenchSettings } from './settings';

function num(n: number, unit = ''): string {
  if (!Number.isFinite(n)) return '—';
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) + unit;
}

/** One table line; the last column is not padded (no trailing blanks). */
function pad(cells: readonly string[], widths: readonly number[], right: readonly boolean[]): string {
  const last = cells.length - 1;
  return cells
    .map((c, i) => (right[i] ? c.padStart(widths[i]!) : i === last ? c : c.padEnd(widths[i]!)))
    .join('  ');
}

export function header(settings: BenchSettings, startedAt: Date): string {
  return (
    `Billwire benchmark, ${startedAt.toISOString()}: ${settings.warmupS} s warm-up + ${settings.durationS} s ` +
    `measured per run, ${settings.connections} connections, node ${process.version}, ${os.cpus().length} CPUs, ` +
    `load average ${os.loadavg()[0]!.toFixed(2)} at start` +
    (settings.cpuProfile ? ' (Billwire under --cpu-prof: throughput is lower than without)' : '')
  );
}

export function formatReport(r: Results): string {
  const out: string[] = [];
  const head = ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'notes'];
  const cells = r.rows.map((row) => [
    `${row.group}/${row.scenario}`,
    num(row.reqPerSec),
    num(row.p50Ms),
    num(row.p99Ms),
    row.notes,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const right = [false, true, true, true, false];
  out.push(
    pad(head, widths, right),
    pad(
      widths.map((w) => '-'.repeat(w)),
      widths,
      right,
    ),
  );
  for (const c of cells) out.push(pad(c, widths, right));

  if (r.figures.length) {
    out.push('');
    const w = Math.max(...r.figures.map((f) => f.name.length));
    for (const f of r.figures)
      out.push(`${f.name.padEnd(w)}  ${num(f.value, ` ${f.unit}`)}${f.note ? `  (${f.note})` : ''}`);
  }
  if (r.targets.length) {
    out.push('', 'targets:');
    const w = Math.max(...r.targets.map((t) => t.name.length));
    for (const t of r.targets) {
      out.push(
        `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(w)}  ${num(t.actual, ` ${t.unit}`)}  (target ${t.op} ${num(t.goal, ` ${t.unit}`)})`,
      );
    }
  }
  for (const s of r.sections) out.push('', `${s.title}:`, ...s.lines);
  out.push('');
  if (r.problems.length === 0) {
    out.push(
      'errors: none (every response was 2xx, without a Fault or isSuccess="false"; sampled bodies checked)',
    );
  } else {
    out.push(`ERRORS: ${r.problems.length} — these figures measure failing requests and are not valid:`);
    for (const p of r.problems) out.push(`  ${p}`);
  }
  return out.join('\n');
}

function gitCommit(root: string): string | undefined {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', 'HEAD');
    const dirty = git('status', '--porcelain') !== '';
    return dirty ? `${commit}+dirty` : commit;
  } catch {
    return undefined;
  }
}

/** Writes .bench/results-<timestamp>.json; returns its path. */
export function saveResults(
  r: Results,
  settings: BenchSettings,
  startedAt: Date,
  selectors: string[],
): string {
  fs.mkdirSync(settings.outDir, { recursive: true });
  const file = path.join(settings.outDir, `results-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const { root: _root, outDir: _out, ...shown } = settings;
  const json = {
    startedAt: startedAt.toISOString(),
    selectors,
    settings: shown,
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      loadavg: os.loadavg(),
      platform: `${os.platform()} ${os.release()}`,
    },
    commit: gitCommit(settings.root),
    rows: r.rows,
    figures: r.figures,
    targets: r.targets,
    problems: r.problems,
    sections: r.sections,
  };
  fs.writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
  return file;
}
