/**
 * The search scenarios: a data set of 100,000 invoices of 5 lines over 2,000 customers, seeded through SOAP
 * addList as a client would (seeding measured in invoices/s), then
 *
 *  entity     search by entity (anyOf 20 customers = 1,000 invoices): the first page of 1,000, body only
 *  dateRange  search by a tranDate range of 20,000 invoices: the first page of 1,000, body only
 *  walk       that search, then searchMoreWithId through all 20 pages (each page, and the whole walk)
 *  lines      a page of 100 invoices with their lines (bodyFieldsOnly false)
 *
 * on SQLite and then on PostgreSQL (a throwaway database created and dropped here: searchSetup.ts); the
 * PostgreSQL figures are compared with SQLite's. The scenarios a selector names are the two legs
 * (`search/sqlite`, `search/postgres`), each running all four measurements on its own data set; a leg whose
 * PostgreSQL is unreachable is reported as skipped. BENCH_SEARCH_INVOICES / BENCH_SEARCH_CUSTOMERS shrink the
 * data set for a quick run (the 20,000-record range shrinks with it); BENCH_PG_URL (or BILLWIRE_TEST_PG_URL)
 * names the PostgreSQL server. Seeding on PostgreSQL is slow (record writes there are round-trip bound:
 * about 150-350 invoices/s here), so that leg takes several minutes.
 */
import { EnvelopeTemplate, soapHeaders, type PassportSource } from '../lib/envelopes';
import { runLoad } from '../lib/load';
import type { GroupContext, ScenarioGroup } from '../lib/scenario';
import {
  day,
  LINES,
  pgAdminUrl,
  seed,
  sizeOf,
  startServer,
  type Data,
  type Leg,
  type Server,
  type Size,
} from './searchSetup';

const GROUP = 'search';
const LEGS: readonly Leg[] = ['sqlite', 'postgres'];

const WALK_PAGE = 1000;
const WALK_REPEATS = 3;

const PREFS = (pageSize: number, bodyFieldsOnly = true) =>
  `<msgs:searchPreferences><msgs:bodyFieldsOnly>${bodyFieldsOnly}</msgs:bodyFieldsOnly><msgs:pageSize>${pageSize}</msgs:pageSize></msgs:searchPreferences>`;

const searchBody = (filters: string) =>
  `<msgs:search><msgs:searchRecord xsi:type="common:TransactionSearchBasic">${filters}</msgs:searchRecord></msgs:search>`;

const entityFilter = (ids: readonly string[]) =>
  `<common:entity operator="anyOf">${ids.map((id) => `<core:searchValue internalId="${id}"/>`).join('')}</common:entity>`;

/** A tranDate range holding `count` invoices (whole days), from day 10. */
function dateFilter(data: Data, count: number): string {
  const days = Math.max(1, Math.round(count / data.perDay));
  return (
    '<common:tranDate operator="within">' +
    `<core:searchValue>${day(10)}T00:00:00.000-08:00</core:searchValue>` +
    `<core:searchValue2>${day(10 + days - 1)}T00:00:00.000-08:00</core:searchValue2></common:tranDate>`
  );
}

const totalOf = (b: string) => Number(/totalRecords>(\d+)</.exec(b)?.[1] ?? NaN);
const recordsIn = (b: string) => (b.match(/<platformCore:record /g) ?? []).length;

/** Closed-loop load of one search (1 connection: the latency of one client paging). */
async function measureSearch(
  ctx: GroupContext,
  leg: Leg,
  server: Server,
  name: string,
  body: string,
  prefs: string,
  verify: (b: string) => string | undefined,
  notes: string[],
): Promise<number> {
  ctx.log(`${leg}: ${name}`);
  const template = new EnvelopeTemplate(body);
  const s = ctx.settings;
  ctx.passports.prefill(Math.ceil((s.warmupS + s.durationS) * 200));
  const r = await runLoad({
    url: server.endpoint,
    connections: 1,
    durationS: s.durationS,
    warmupS: s.warmupS,
    timeoutS: 60,
    headers: soapHeaders('search'),
    nextBody: () => template.render(ctx.passports.take() + prefs),
    verify,
    serverPid: server.child.pid,
  });
  return ctx.results.load(GROUP, `${leg} ${name}`, r, notes).p50Ms;
}

async function timedCall(
  endpoint: string,
  operation: string,
  body: string,
  headers: string,
  passports: PassportSource,
) {
  const t0 = performance.now();
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: soapHeaders(operation),
    body: new EnvelopeTemplate(body).render(passports.take() + headers),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200 || text.includes('isSuccess="false"'))
    throw new Error(`${operation} failed: ${text.slice(0, 1500)}`);
  return { ms, text };
}

interface Walk {
  readonly totalMs: number;
  readonly pageMs: number[];
}

/** search + searchMoreWithId through every page; checks the pages cover the result exactly once. */
async function walk(
  server: Server,
  passports: PassportSource,
  filters: string,
  expected: number,
): Promise<Walk> {
  const t0 = performance.now();
  const first = await timedCall(server.endpoint, 'search', searchBody(filters), PREFS(WALK_PAGE), passports);
  const searchId = /searchId>([^<]+)</.exec(first.text)![1]!;
  const pages = Number(/totalPages>(\d+)</.exec(first.text)![1]);
  const pageMs = [first.ms];
  const ids = new Set<string>();
  const collect = (text: string) => {
    for (const m of text.matchAll(/<platformCore:record [^>]*internalId="(\d+)"/g)) ids.add(m[1]!);
  };
  collect(first.text);
  for (let p = 2; p <= pages; p++) {
    const more = await timedCall(
      server.endpoint,
      'searchMoreWithId',
      `<msgs:searchMoreWithId><msgs:searchId>${searchId}</msgs:searchId><msgs:pageIndex>${p}</msgs:pageIndex></msgs:searchMoreWithId>`,
      '',
      passports,
    );
    pageMs.push(more.ms);
    collect(more.text);
  }
  const totalMs = performance.now() - t0;
  if (totalOf(first.text) !== expected || ids.size !== expected) {
    throw new Error(
      `the walk saw ${ids.size} distinct records of ${totalOf(first.text)}; expected ${expected}`,
    );
  }
  return { totalMs, pageMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

interface LegFigures {
  entity: number;
  dateRange: number;
  pageMax: number;
  walkMs: number;
  lines: number;
}

async function runLeg(ctx: GroupContext, leg: Leg, size: Size): Promise<LegFigures | undefined> {
  let server: Server;
  try {
    server = await startServer(ctx, leg);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    if (leg === 'postgres' && /ECONNREFUSED|connect|password|does not exist/i.test(why)) {
      ctx.results.section(`search ${leg}`, [
        `skipped: PostgreSQL is not reachable at ${pgAdminUrl()} (${why})`,
      ]);
      return undefined;
    }
    throw err;
  }
  try {
    const data = await seed(ctx, leg, server.endpoint, size);
    await server.analyze();
    const perCustomer = Math.floor(size.invoices / size.customers);
    const entityCount = Math.min(20, size.customers);
    const entityBody = searchBody(entityFilter(data.customers.slice(0, entityCount)));
    const entityTotal = perCustomer * entityCount;
    const firstPage = (total: number) => Math.min(WALK_PAGE, total);
    const entity = await measureSearch(
      ctx,
      leg,
      server,
      'entity',
      entityBody,
      PREFS(WALK_PAGE),
      (b) =>
        totalOf(b) === entityTotal && recordsIn(b) === firstPage(entityTotal)
          ? undefined
          : `not ${entityTotal} records`,
      [`entity anyOf ${entityCount} customers`, `${firstPage(entityTotal)} of ${entityTotal}, body only`],
    );
    const rangeTarget = Math.min(20_000, Math.floor(size.invoices / 5));
    const rangeFilter = dateFilter(data, rangeTarget);
    const rangeTotal = Math.round(rangeTarget / data.perDay) * data.perDay;
    const dateRange = await measureSearch(
      ctx,
      leg,
      server,
      'dateRange',
      searchBody(rangeFilter),
      PREFS(WALK_PAGE),
      (b) =>
        totalOf(b) === rangeTotal && recordsIn(b) === firstPage(rangeTotal)
          ? undefined
          : `not ${rangeTotal} records`,
      [
        `tranDate within ${Math.round(rangeTarget / data.perDay)} days`,
        `${firstPage(rangeTotal)} of ${rangeTotal}, body only`,
      ],
    );
    ctx.log(`${leg}: walk of ${rangeTotal} records by ${WALK_PAGE} (${WALK_REPEATS} times)`);
    const walks: Walk[] = [];
    for (let i = 0; i < WALK_REPEATS; i++)
      walks.push(await walk(server, ctx.passports, rangeFilter, rangeTotal));
    const pages = walks.flatMap((w) => w.pageMs);
    const walkMs = median(walks.map((w) => w.totalMs));
    ctx.results.figure(
      `search ${leg}: walk of ${rangeTotal} records, whole walk (median of ${WALK_REPEATS})`,
      walkMs,
      'ms',
    );
    ctx.results.figure(
      `search ${leg}: walk pages p50 / max`,
      median(pages),
      'ms',
      `max ${Math.max(...pages).toFixed(0)} ms over ${pages.length} pages`,
    );
    const lineCount = Math.min(2, size.customers);
    const linesTotal = perCustomer * lineCount;
    const lines = await measureSearch(
      ctx,
      leg,
      server,
      'lines',
      searchBody(entityFilter(data.customers.slice(0, lineCount))),
      PREFS(100, false),
      (b) => {
        const n = Math.min(100, linesTotal);
        return recordsIn(b) === n && (b.match(/<tranSales:line>/g) ?? []).length === n * LINES
          ? undefined
          : `not ${n} invoices with ${LINES} lines`;
      },
      [`${Math.min(100, linesTotal)} invoices with ${LINES} lines each (bodyFieldsOnly false)`],
    );
    return { entity, dateRange, pageMax: Math.max(...pages), walkMs, lines };
  } finally {
    await server.child.stop(30_000);
    await server.drop();
  }
}

function targets(ctx: GroupContext, leg: Leg, f: LegFigures, sqlite: LegFigures | undefined): void {
  const r = ctx.results;
  if (leg === 'sqlite' || !sqlite) {
    r.target(`search ${leg}: entity, first page of 1,000 p50`, f.entity, 'ms', '<', 150);
    r.target(`search ${leg}: tranDate range, first page of 1,000 p50`, f.dateRange, 'ms', '<', 150);
    r.target(`search ${leg}: slowest page of the walk`, f.pageMax, 'ms', '<', 150);
    r.target(`search ${leg}: whole 20,000-record walk`, f.walkMs, 'ms', '<', 4000);
    r.target(`search ${leg}: page of 100 invoices with lines p50`, f.lines, 'ms', '<', 100);
    return;
  }
  r.target('search postgres/sqlite: entity first page', f.entity / sqlite.entity, '×', '<', 2);
  r.target('search postgres/sqlite: tranDate range first page', f.dateRange / sqlite.dateRange, '×', '<', 2);
  r.target('search postgres/sqlite: whole walk', f.walkMs / sqlite.walkMs, '×', '<', 2);
  r.target('search postgres/sqlite: page with lines', f.lines / sqlite.lines, '×', '<', 2);
}

export const search: ScenarioGroup = {
  name: GROUP,
  scenarios: [...LEGS],

  async run(ctx) {
    const size = sizeOf(process.env);
    let sqlite: LegFigures | undefined;
    for (const leg of LEGS) {
      if (!ctx.selected(leg)) continue;
      const f = await runLeg(ctx, leg, size);
      if (!f) continue;
      if (leg === 'sqlite') sqlite = f;
      targets(ctx, leg, f, sqlite);
    }
  },
};
