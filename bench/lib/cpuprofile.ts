/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and summarises where the CPU went: self time per function and
 * per area (a Billwire module, an npm package, Node internals, GC). Self time is what to optimise first:
 * the functions that were on top of the stack when the sampler fired.
 */
import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  readonly name: string;
  readonly selfMs: number;
  /** Share of the busy (non-idle) time, in percent. */
  readonly pct: number;
  /** For functions: who called them when they were on top, busiest caller first (share of their self time). */
  readonly callers?: readonly { name: string; pct: number }[];
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly idleMs: number;
  readonly functions: readonly SelfTime[];
  readonly areas: readonly SelfTime[];
}

/** Where a frame's code lives: "billwire soap/codec/decode", "npm typeorm", "node http", "(gc)"… */
function areaOf(f: CallFrame): string {
  if (!f.url) return f.functionName.startsWith('(') ? f.functionName : '(native)';
  const npm = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f.url);
  if (npm) return `npm ${npm[1]}`;
  const own = /\/dist\/((?:src|bench|test)\/.+)\.js$/.exec(f.url);
  if (own) return `billwire ${own[1]!.replace(/^src\//, '')}`;
  const node = /^node:(?:internal\/)?([^/]+)/.exec(f.url);
  if (node) return `node ${node[1]}`;
  return f.url;
}

function shortUrl(url: string): string {
  const npm = url.lastIndexOf('/node_modules/');
  if (npm >= 0) return url.slice(npm + '/node_modules/'.length);
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return url.slice(dist + 1);
  return url;
}

function top(map: Map<string, number>, busyMs: number, n: number): SelfTime[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, selfMs: us / 1000, pct: (100 * us) / 1000 / busyMs }));
}

function frameName(f: CallFrame): string {
  return f.url
    ? `${f.functionName || '(anonymous)'}  ${shortUrl(f.url)}:${f.lineNumber + 1}`
    : f.functionName || '(native)';
}

const CALLERS_SHOWN = 3;

export function summariseProfile(file: string, topN = 25): ProfileSummary {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, ProfileNode>();
  for (const n of p.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
  const fnSelf = new Map<string, number>();
  const fnCallers = new Map<string, Map<string, number>>();
  const areaSelf = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  p.samples.forEach((id, i) => {
    const us = p.timeDeltas[i] ?? 0;
    const f = byId.get(id)!.callFrame;
    totalUs += us;
    if (f.functionName === '(idle)') {
      idleUs += us;
      return;
    }
    const name = frameName(f);
    fnSelf.set(name, (fnSelf.get(name) ?? 0) + us);
    const parent = parentOf.get(id);
    if (parent && parent.callFrame.functionName !== '(root)') {
      const callers = fnCallers.get(name) ?? new Map<string, number>();
      const caller = frameName(parent.callFrame);
      callers.set(caller, (callers.get(caller) ?? 0) + us);
      fnCallers.set(name, callers);
    }
    const area = areaOf(f);
    areaSelf.set(area, (areaSelf.get(area) ?? 0) + us);
  });
  const busyMs = (totalUs - idleUs) / 1000;
  return {
    totalMs: totalUs / 1000,
    idleMs: idleUs / 1000,
    functions: top(fnSelf, busyMs, topN).map((t) => {
      const callers = [...(fnCallers.get(t.name) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, CALLERS_SHOWN);
      return { ...t, callers: callers.map(([name, us]) => ({ name, pct: (100 * us) / 1000 / t.selfMs })) };
    }),
    areas: top(areaSelf, busyMs, topN),
  };
}

const TOP_WITH_CALLERS = 8;

export function formatProfile(s: ProfileSummary): string[] {
  const row = (t: SelfTime) =>
    `  ${t.pct.toFixed(1).padStart(5)}%  ${t.selfMs.toFixed(0).padStart(7)} ms  ${t.name}`;
  return [
    `busy ${(s.totalMs - s.idleMs).toFixed(0)} ms of ${s.totalMs.toFixed(0)} ms sampled`,
    'self time by area:',
    ...s.areas.slice(0, 15).map(row),
    'self time by function (the top ones with their busiest callers):',
    ...s.functions.flatMap((t, i) => [
      row(t),
      ...(i < TOP_WITH_CALLERS ? (t.callers ?? []) : []).map(
        (c) => `  ${''.padStart(19)}${c.pct.toFixed(0).padStart(3)}% from ${c.name}`,
      ),
    ]),
  ];
}
