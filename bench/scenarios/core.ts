/**
 * The core scenarios: what one Billwire process on SQLite does with the basic SuiteTalk calls, next to
 * two reference points that put the numbers in context on a noisy machine.
 *
 *  get      read of a 10-line invoice, BENCH_CONNECTIONS connections (req/s, p50, p99)
 *  add      add of a 10-line invoice (no externalId), same load
 *  addList  addList of 200 ten-line invoices, 1 then 2 connections (latency per request, invoices/s)
 *  ceiling  bare node:http answering Billwire's captured get response: the most this load shape allows
 *  naive    node-soap on our WSDL answering get with a canned invoice (no auth, no database)
 *
 * Also measured: start-up (spawn -> first /health, -> first SOAP get) and Billwire's peak RSS. The two
 * reference servers run after Billwire has stopped, so the three never share the CPU.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startBillwire, type BillwireProcess } from '../lib/billwire';
import { formatProfile, summariseProfile } from '../lib/cpuprofile';
import {
  addInvoiceBody,
  addListInvoicesBody,
  ENDPOINT_PATH,
  EnvelopeTemplate,
  getBody,
  soapHeaders,
} from '../lib/envelopes';
import { runLoad, type LoadSpec } from '../lib/load';
import { spawnNode, tempDir, waitForLine, type Child } from '../lib/processes';
import type { GroupContext, ScenarioGroup } from '../lib/scenario';
import { seed, type Seed } from '../lib/seed';
import { soapCall } from '../lib/soapClient';
import { procStatusMb, RssSampler } from '../lib/stats';

const GROUP = 'core';
const ADDLIST_SIZE = 200;
/** Passports signed ahead per second of load (an overestimate costs memory; a shortfall live signing). */
const PASSPORT_RATE = { small: 4000, addList: 20 };
const MAX_PREFILL = 50_000;

/** What the scenarios share once Billwire is up and seeded. */
interface CoreSetup {
  readonly bw: BillwireProcess;
  readonly rss: RssSampler;
  readonly seed: Seed;
  /** get of the seeded invoice, and one real answer to it (the ceiling serves these bytes). */
  readonly getTemplate: EnvelopeTemplate;
  readonly getResponse: string;
}

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** The seeded invoice, as Billwire or the naive peer returns it. */
function isTenLineInvoice(body: string): boolean {
  return body.includes('isSuccess="true"') && count(body, /<\w+:line>/g) === 10 && body.includes('PRJ-1009');
}

/** A load spec at the configured connections whose every request is `template` with a fresh passport. */
function spec(
  ctx: GroupContext,
  url: string,
  operation: string,
  template: EnvelopeTemplate,
  extra: Partial<LoadSpec>,
  passportsPerSecond = PASSPORT_RATE.small,
): LoadSpec {
  const s = ctx.settings;
  ctx.passports.prefill(Math.min(MAX_PREFILL, Math.ceil((s.warmupS + s.durationS) * passportsPerSecond)));
  return {
    url,
    connections: s.connections,
    durationS: s.durationS,
    warmupS: s.warmupS,
    headers: soapHeaders(operation),
    nextBody: () => template.render(ctx.passports.take()),
    ...extra,
  };
}

function announce(ctx: GroupContext, what: string, connections = ctx.settings.connections): void {
  const s = ctx.settings;
  ctx.log(`${what}: ${s.warmupS} s warm-up + ${s.durationS} s at ${connections} connection(s)`);
}

function ensureAlive(bw: BillwireProcess): void {
  if (bw.child.hasExited()) throw new Error(`Billwire exited during the run:\n${bw.child.output()}`);
}

/** The tail of Billwire's output (errors are logged at warn and above), indented for the report. */
function serverLog(bw: BillwireProcess): string {
  const tail = bw.child.output().split('\n').slice(-12).join('\n    ');
  return tail.trim() ? `\n    --- Billwire output (last lines) ---\n    ${tail}` : '';
}

// ---- Billwire scenarios ------------------------------------------------------------------------------

async function measureGet(ctx: GroupContext, c: CoreSetup): Promise<void> {
  announce(ctx, 'get');
  c.rss.mark();
  const r = await runLoad(
    spec(ctx, c.bw.endpoint, 'get', c.getTemplate, {
      serverPid: c.bw.child.pid,
      verify: (b) =>
        b.includes(`internalId="${c.seed.invoiceId}"`) && isTenLineInvoice(b)
          ? undefined
          : 'not the seeded 10-line invoice',
    }),
  );
  ctx.results.load(GROUP, 'get', r, [
    `${ctx.settings.connections} conn`,
    `${kb(Buffer.byteLength(c.getResponse))} response`,
    `RSS ≤ ${c.rss.mark().toFixed(0)} MB`,
  ]);
}

async function measureAdd(ctx: GroupContext, c: CoreSetup): Promise<void> {
  announce(ctx, 'add');
  const template = new EnvelopeTemplate(addInvoiceBody(c.seed.invoice));
  c.rss.mark();
  const r = await runLoad(
    spec(ctx, c.bw.endpoint, 'add', template, {
      serverPid: c.bw.child.pid,
      verify: (b) => (/<\w+:baseRef [^>]*type="invoice"/.test(b) ? undefined : 'no invoice baseRef'),
    }),
  );
  ctx.results.load(GROUP, 'add', r, [
    `${ctx.settings.connections} conn`,
    `10 lines, no externalId, ${kb(Buffer.byteLength(template.bodyXml))} body`,
    `RSS ≤ ${c.rss.mark().toFixed(0)} MB`,
  ]);
}

/** Big lists are latency-bound per request: 1 connection is the target's shape, 2 shows queueing. */
async function measureAddList(ctx: GroupContext, c: CoreSetup): Promise<void> {
  const template = new EnvelopeTemplate(addListInvoicesBody(c.seed.invoice, ADDLIST_SIZE));
  for (const connections of [1, 2]) {
    announce(ctx, `addList(${ADDLIST_SIZE}×10 lines)`, connections);
    c.rss.mark();
    const load = spec(
      ctx,
      c.bw.endpoint,
      'addList',
      template,
      {
        serverPid: c.bw.child.pid,
        connections,
        timeoutS: 120,
        deepChecks: Number.MAX_SAFE_INTEGER,
        verify: (b) => {
          const ok = count(b, /isSuccess="true"/g);
          return ok === ADDLIST_SIZE ? undefined : `${ok} of ${ADDLIST_SIZE} records succeeded`;
        },
      },
      PASSPORT_RATE.addList,
    );
    const r = await runLoad(load);
    const row = ctx.results.load(GROUP, `addList ${connections}c`, r, [
      `${(r.measured.reqPerSec * ADDLIST_SIZE).toFixed(0)} invoices/s`,
      `${r.measured.ok} samples`,
      `${kb(Buffer.byteLength(template.bodyXml))} body`,
      `RSS ≤ ${c.rss.mark().toFixed(0)} MB`,
    ]);
    if (connections === 1) {
      ctx.results.figure('addList invoices/s (1 connection)', row.reqPerSec * ADDLIST_SIZE, 'invoices/s');
    }
    ensureAlive(c.bw);
  }
}

// ---- reference servers -------------------------------------------------------------------------------

async function measurePeer(
  ctx: GroupContext,
  c: CoreSetup,
  name: 'ceiling' | 'naive',
  script: string,
  arg: string,
  verify: (body: string) => string | undefined,
  note: string,
): Promise<void> {
  const child: Child = spawnNode(name, path.join(ctx.settings.root, 'dist', 'bench', 'servers', script), [
    arg,
  ]);
  try {
    const [, port] = await waitForLine(child, /listening (\d+)/);
    announce(ctx, name);
    const url = `http://127.0.0.1:${port}${ENDPOINT_PATH}`;
    const r = await runLoad(spec(ctx, url, 'get', c.getTemplate, { verify, serverPid: child.pid }));
    ctx.results.load(GROUP, name, r, [`${ctx.settings.connections} conn`, note]);
  } finally {
    await child.stop();
  }
}

function measureCeiling(ctx: GroupContext, c: CoreSetup): Promise<void> {
  const file = path.join(tempDir('billwire-bench-canned-'), 'get-response.xml');
  fs.writeFileSync(file, c.getResponse);
  return measurePeer(
    ctx,
    c,
    'ceiling',
    'bare-http.js',
    file,
    (b) => (b === c.getResponse ? undefined : 'not the canned body'),
    `bare node:http, canned ${kb(Buffer.byteLength(c.getResponse))} get response`,
  );
}

function measureNaive(ctx: GroupContext, c: CoreSetup): Promise<void> {
  return measurePeer(
    ctx,
    c,
    'naive',
    'naive-soap.js',
    path.join(ctx.settings.root, 'wsdl', 'netsuite.wsdl'),
    (b) =>
      b.includes('getResponse') && isTenLineInvoice(b) ? undefined : 'no 10-line invoice in the answer',
    'node-soap soap.listen, canned 10-line invoice, no auth/DB',
  );
}

// ---- the group -----------------------------------------------------------------------------------------

async function setUp(ctx: GroupContext): Promise<CoreSetup> {
  const { results, settings, passports } = ctx;
  ctx.log('starting Billwire (SQLite, fresh data folder)');
  const bw = await startBillwire(settings, passports);
  const rss = new RssSampler(bw.child.pid);
  results.figure('start-up: spawn -> first /health answer', bw.startupMs, 'ms');
  results.figure('start-up: spawn -> first SOAP get answer', bw.firstGetMs, 'ms');
  results.figure('Billwire RSS after start-up', procStatusMb(bw.child.pid, 'VmRSS') ?? NaN, 'MB');
  results.target('start-up (spawn -> /health)', bw.startupMs, 'ms', '<', 1500);
  try {
    ctx.log('seeding: 1 customer, 10 service items, 1 invoice with 10 lines');
    const data = await seed(bw.endpoint, passports);
    const getTemplate = new EnvelopeTemplate(getBody('invoice', data.invoiceId));
    const reply = await soapCall(bw.endpoint, 'get', getTemplate.bodyXml, passports);
    if (reply.status !== 200 || !isTenLineInvoice(reply.text)) {
      throw new Error(`get of the seeded invoice failed (HTTP ${reply.status}):\n${reply.text}`);
    }
    return { bw, rss, seed: data, getTemplate, getResponse: reply.text };
  } catch (err) {
    rss.stop();
    await bw.child.stop();
    throw new Error(`${err instanceof Error ? err.message : String(err)}${serverLog(bw)}`, { cause: err });
  }
}

/** Stops Billwire, records its peak RSS, and its CPU profile when one was asked for. */
async function tearDown(ctx: GroupContext, c: CoreSetup, hadProblems: boolean): Promise<void> {
  const peak = c.rss.peak();
  c.rss.stop();
  ctx.results.figure('Billwire peak RSS', peak, 'MB', 'max of VmRSS samples and VmHWM');
  ctx.results.target('Billwire peak RSS', peak, 'MB', '<', 200);
  await c.bw.child.stop(30_000);
  // Faults say only "unexpected error, id …": the server's log says what it was.
  if (hadProblems) ctx.results.problem(`Billwire's output:${serverLog(c.bw)}`);
  const profile = c.bw.profileFile;
  if (profile && fs.existsSync(profile)) {
    ctx.results.section(
      `CPU profile of Billwire over the whole group (${path.relative(ctx.settings.root, profile)})`,
      formatProfile(summariseProfile(profile)),
    );
  }
}

function ratiosAndTargets(ctx: GroupContext): void {
  const r = ctx.results;
  const get = r.find('get');
  const ceiling = r.find('ceiling');
  const naive = r.find('naive');
  if (get && ceiling) r.figure('ratio Billwire get / ceiling', get.reqPerSec / ceiling.reqPerSec, '×');
  if (get && naive) {
    r.figure('ratio Billwire get / naive peer', get.reqPerSec / naive.reqPerSec, '×');
    r.target('get vs naive peer', get.reqPerSec / naive.reqPerSec, '×', '>=', 1.2);
  }
  const add = r.find('add');
  if (add) r.target('add throughput', add.reqPerSec, 'req/s', '>=', 1000);
  const addList = r.find('addList 1c');
  if (addList) r.target(`addList(${ADDLIST_SIZE}×10 lines) p50, 1 connection`, addList.p50Ms, 'ms', '<', 200);
}

export const core: ScenarioGroup = {
  name: GROUP,
  scenarios: ['get', 'add', 'addList', 'ceiling', 'naive'],

  async run(ctx) {
    const c = await setUp(ctx);
    const problemsBefore = ctx.results.problems.length;
    try {
      // get first, while the database holds one invoice; add and addList then grow it.
      for (const [name, measure] of [
        ['get', measureGet],
        ['add', measureAdd],
        ['addList', measureAddList],
      ] as const) {
        if (!ctx.selected(name)) continue;
        await measure(ctx, c);
        ensureAlive(c.bw);
      }
    } catch (err) {
      throw new Error(`${err instanceof Error ? err.message : String(err)}${serverLog(c.bw)}`, {
        cause: err,
      });
    } finally {
      await tearDown(ctx, c, ctx.results.problems.length > problemsBefore);
    }
    if (ctx.selected('ceiling')) await measureCeiling(ctx, c);
    if (ctx.selected('naive')) await measureNaive(ctx, c);
    ratiosAndTargets(ctx);
  },
};
