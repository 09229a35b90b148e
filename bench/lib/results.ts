/**
 * What a benchmark run found: table rows (one per measured scenario), single figures (start-up, RSS,
 * ratios), targets with PASS/MISS, and problems (failed requests). Scenario groups write here; run.ts
 * prints it and saves it as JSON so later runs can be compared.
 */
import type { LoadResult, RunStats } from './load';

export interface Row {
  readonly group: string;
  readonly scenario: string;
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Successful responses in the measured run (few samples make p99 a maximum). */
  readonly samples: number;
  readonly notes: string;
  readonly detail?: RunStats;
}

export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export interface Target {
  readonly name: string;
  readonly actual: number;
  readonly unit: string;
  readonly op: '<' | '>=';
  readonly goal: number;
  readonly pass: boolean;
}

export class Results {
  readonly rows: Row[] = [];
  readonly figures: Figure[] = [];
  readonly targets: Target[] = [];
  /** Human-readable descriptions of failed requests or checks; any entry fails the run. */
  readonly problems: string[] = [];
  /** Extra text printed after the table (e.g. a CPU profile summary). */
  readonly sections: { title: string; lines: string[] }[] = [];

  figure(name: string, value: number, unit: string, note?: string): void {
    this.figures.push({ name, value, unit, note });
  }

  target(name: string, actual: number, unit: string, op: '<' | '>=', goal: number): void {
    const pass = Number.isFinite(actual) && (op === '<' ? actual < goal : actual >= goal);
    this.targets.push({ name, actual, unit, op, goal, pass });
  }

  section(title: string, lines: string[]): void {
    this.sections.push({ title, lines });
  }

  problem(description: string): void {
    this.problems.push(description);
  }

  /** Adds a scenario's row and turns any failed request (warm-up included) into a problem. */
  load(group: string, scenario: string, r: LoadResult, notes: readonly string[] = []): Row {
    const m = r.measured;
    for (const [phase, s] of [
      ['warm-up', r.warmup],
      ['measured', m],
    ] as const) {
      if (s.problemCount === 0) continue;
      const counts = Object.entries(s.problems)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      this.problem(
        `${scenario} (${phase}): ${s.problemCount} of ${s.ok + s.problems.non2xx} responses failed (${counts})\n` +
          s.examples.map((e) => `    ${e}`).join('\n'),
      );
    }
    const cpu = [`CPU: gen ${m.generatorCpuPct.toFixed(0)}%`];
    if (m.serverCpuPct !== undefined) cpu.push(`server ${m.serverCpuPct.toFixed(0)}%`);
    const allNotes = [...notes, cpu.join(', ')];
    if (m.problemCount > 0) allNotes.unshift(`${m.problemCount} FAILED`);
    const row: Row = {
      group,
      scenario,
      reqPerSec: m.reqPerSec,
      p50Ms: m.p50Ms,
      p99Ms: m.p99Ms,
      samples: m.ok,
      notes: allNotes.join('; '),
      detail: m,
    };
    this.rows.push(row);
    return row;
  }

  find(scenario: string): Row | undefined {
    return this.rows.find((r) => r.scenario === scenario);
  }
}
