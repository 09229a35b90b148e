/**
 * The search benchmark's data and servers: Billwire as a child process on a fresh SQLite folder or a
 * throwaway PostgreSQL database (created here, dropped after), and the data set seeded through SOAP addList
 * as a client would: items, customers, then invoices of 5 lines spread evenly over 500 days of tranDates
 * and round-robin over the customers, so every search's result size is known in advance.
 */
import http from 'node:http';
import path from 'node:path';
import { Client } from 'pg';
import { ENDPOINT_PATH, type PassportSource } from '../lib/envelopes';
import { freePort, spawnNode, tempDir, type Child } from '../lib/processes';
import type { GroupContext } from '../lib/scenario';
import { soapCall, writtenIds } from '../lib/soapClient';

export type Leg = 'sqlite' | 'postgres';

const BATCH = 200;
const DAYS = 500;
export const LINES = 5;

export interface Size {
  readonly invoices: number;
  readonly customers: number;
}

export interface Data {
  readonly customers: string[];
  readonly items: string[];
  /** Invoices per tranDate day (they are spread evenly over DAYS days from 2023-01-01). */
  readonly perDay: number;
}

export function sizeOf(env: NodeJS.ProcessEnv): Size {
  const n = (name: string, fallback: number) => {
    const v = env[name] ? Number(env[name]) : fallback;
    if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive whole number`);
    return v;
  };
  return { invoices: n('BENCH_SEARCH_INVOICES', 100_000), customers: n('BENCH_SEARCH_CUSTOMERS', 2_000) };
}

/** Day `i` of the data set's tranDates. */
export const day = (i: number) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Server {
  readonly child: Child;
  readonly endpoint: string;
  /**
   * After seeding: gives PostgreSQL's planner its statistics. This machine's PostgreSQL runs with autovacuum
   * off, so a database just filled has none until someone runs ANALYZE (a server with autovacuum on does
   * within a minute); without them it plans `entity IN (…)` as a scan of every invoice. SQLite: nothing.
   */
  analyze(): Promise<void>;
  drop(): Promise<void>;
}

export function pgAdminUrl(): string {
  return (
    process.env.BENCH_PG_URL ??
    process.env.BILLWIRE_TEST_PG_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

async function pgAdmin(sql: string, url = pgAdminUrl()): Promise<void> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/health', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
  });
}

/** Billwire as a child process on a fresh SQLite folder or a throwaway PostgreSQL database. */
export async function startServer(ctx: GroupContext, leg: Leg): Promise<Server> {
  let databaseUrl = '';
  let drop: () => Promise<void> = async () => {};
  let analyze: () => Promise<void> = async () => {};
  if (leg === 'postgres') {
    const name = `billwire_bench_${process.pid}_${Date.now()}`;
    await pgAdmin(`CREATE DATABASE ${name}`);
    const url = new URL(pgAdminUrl());
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    drop = () => pgAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    analyze = () => pgAdmin('ANALYZE', databaseUrl);
  }
  const port = await freePort();
  const child = spawnNode(`billwire-${leg}`, path.join(ctx.settings.root, 'dist', 'src', 'main.js'), [], {
    cwd: ctx.settings.root,
    env: {
      PORT: String(port),
      BILLWIRE_HOST: '127.0.0.1',
      BILLWIRE_DATA_DIR: tempDir('billwire-bench-search-'),
      BILLWIRE_LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
    },
  });
  const t0 = performance.now();
  while (!(await healthy(port))) {
    if (child.hasExited() || performance.now() - t0 > 30_000) {
      await drop();
      throw new Error(`Billwire (${leg}) did not start:\n${child.output()}`);
    }
    await sleep(10);
  }
  return { child, endpoint: `http://127.0.0.1:${port}${ENDPOINT_PATH}`, analyze, drop };
}

function invoiceXml(i: number, size: Size, data: Data): string {
  let lines = '';
  for (let k = 0; k < LINES; k++) {
    lines +=
      `<sales:item><sales:item internalId="${data.items[k]}"/><sales:quantity>${k + 1}</sales:quantity>` +
      `<sales:rate>${(10 + k * 2.5).toFixed(2)}</sales:rate></sales:item>`;
  }
  return (
    `<msgs:record xsi:type="sales:Invoice"><sales:entity internalId="${data.customers[i % size.customers]}"/>` +
    `<sales:tranDate>${day(Math.floor(i / data.perDay))}T00:00:00.000-08:00</sales:tranDate>` +
    `<sales:memo>Search bench ${i}</sales:memo><sales:itemList>${lines}</sales:itemList></msgs:record>`
  );
}

async function addAll(
  endpoint: string,
  passports: PassportSource,
  records: string[],
  what: string,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    const reply = await soapCall(
      endpoint,
      'addList',
      `<msgs:addList>${batch.join('')}</msgs:addList>`,
      passports,
    );
    ids.push(...writtenIds(reply, batch.length, what));
  }
  return ids;
}

export async function seed(ctx: GroupContext, leg: Leg, endpoint: string, size: Size): Promise<Data> {
  const p = ctx.passports;
  const items = await addAll(
    endpoint,
    p,
    Array.from(
      { length: LINES },
      (_, k) =>
        `<msgs:record xsi:type="acct:ServiceSaleItem"><acct:itemId>Search bench ${k}</acct:itemId></msgs:record>`,
    ),
    'add items',
  );
  const customers = await addAll(
    endpoint,
    p,
    Array.from(
      { length: size.customers },
      (_, c) =>
        `<msgs:record xsi:type="rel:Customer"><rel:companyName>Search customer ${c}</rel:companyName></msgs:record>`,
    ),
    'add customers',
  );
  const data: Data = { customers, items, perDay: Math.max(1, Math.floor(size.invoices / DAYS)) };
  ctx.log(
    `${leg}: seeding ${size.invoices} invoices × ${LINES} lines over ${size.customers} customers (addList of ${BATCH}, 2 in flight)`,
  );
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    for (;;) {
      const from = next;
      next += BATCH;
      if (from >= size.invoices) return;
      const records = [];
      for (let i = from; i < Math.min(from + BATCH, size.invoices); i++)
        records.push(invoiceXml(i, size, data));
      const reply = await soapCall(
        endpoint,
        'addList',
        `<msgs:addList>${records.join('')}</msgs:addList>`,
        p,
      );
      writtenIds(reply, records.length, `addList of invoices ${from}…`);
      if ((from / BATCH) % 50 === 0) ctx.log(`${leg}: ${from + records.length} invoices`);
    }
  };
  await Promise.all([worker(), worker()]);
  const seconds = (performance.now() - started) / 1000;
  ctx.results.figure(
    `search ${leg}: seeding (addList of ${BATCH} invoices × ${LINES} lines)`,
    size.invoices / seconds,
    'invoices/s',
    `${size.invoices} in ${seconds.toFixed(1)} s`,
  );
  return data;
}
