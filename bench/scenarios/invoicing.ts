/**
 * The invoicing-engine scenarios (issue 3):
 *
 *  initAdd  a client's billing loop: initialize an invoice from a 50-line sales order, then add the
 *           initialized record as it came (ignoreReadOnlyFields), BENCH_CONNECTIONS loops at once, each
 *           pair on its own order. Pairs/s and the latency of a pair (p50/p99). Billwire runs as a child,
 *           as a user runs it.
 *  batch    batch invoicing of 1,000 ten-line sales orders, one invoice per order and one per customer,
 *           by ordered quantity: the domain service every face reuses (Exact Online's InvoiceSalesOrders
 *           shape), called in-process on a server whose orders were created over SOAP. Invoices/s.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { startServer, type RunningServer } from '../../src/server';
import { startBillwire } from '../lib/billwire';
import { formatProfile, summariseProfile } from '../lib/cpuprofile';
import {
  addCustomerBody,
  addServiceItemBody,
  EnvelopeTemplate,
  type PassportSource,
  soapHeaders,
} from '../lib/envelopes';
import { tempDir } from '../lib/processes';
import type { GroupContext, ScenarioGroup } from '../lib/scenario';
import { soapCall, writtenIds } from '../lib/soapClient';
import { Latencies, procCpuMs, procStatusMb } from '../lib/stats';

const GROUP = 'invoicing';
const ORDER_LINES = 50;
const WARMUP_PAIRS = 200;
const MEASURED_PAIRS = 2_000;
const BATCH_ORDERS = 1_000;
const BATCH_LINES = 10;
/** Orders per customer in the batch data set: one consolidated invoice bills this many orders. */
const ORDERS_PER_CUSTOMER = 4;
/** Sales orders per addList while seeding (the request stays a few MB). */
const SEED_LIST = 50;

const IGNORE_READ_ONLY =
  '<msgs:preferences><msgs:ignoreReadOnlyFields>true</msgs:ignoreReadOnlyFields></msgs:preferences>';

/** A sales order record: line i orders i+1 of item i mod items, at a rate with cents. */
function salesOrderRecord(customerId: string, itemIds: readonly string[], lines: number): string {
  let xml = '';
  for (let i = 0; i < lines; i++) {
    xml +=
      `<sales:item><sales:item internalId="${itemIds[i % itemIds.length]}"/>` +
      `<sales:quantity>${(i % 7) + 1}</sales:quantity><sales:rate>${(4.99 + i * 1.15).toFixed(2)}</sales:rate>` +
      `<sales:description>Order line ${i + 1}</sales:description></sales:item>`;
  }
  return (
    `<msgs:record xsi:type="sales:SalesOrder"><sales:entity internalId="${customerId}"/>` +
    `<sales:memo>Billwire benchmark order</sales:memo><sales:itemList>${xml}</sales:itemList></msgs:record>`
  );
}

async function addOne(endpoint: string, addBody: string, passports: PassportSource, what: string) {
  return writtenIds(await soapCall(endpoint, 'add', addBody, passports), 1, what)[0]!;
}

/** Customers, items and sales orders, created over SOAP; returns the order ids in order. */
async function seedOrders(
  endpoint: string,
  passports: PassportSource,
  o: { customers: number; orders: number; lines: number; tag: string },
): Promise<string[]> {
  const itemIds: string[] = [];
  for (let i = 1; i <= 10; i++) {
    const body = addServiceItemBody(`${o.tag} service ${i}`, `${o.tag}-ITEM-${i}`);
    itemIds.push(await addOne(endpoint, body, passports, 'add item'));
  }
  const customerIds: string[] = [];
  for (let c = 1; c <= o.customers; c++) {
    const body = addCustomerBody(`${o.tag} customer ${c}`, `${o.tag}-CUST-${c}`);
    customerIds.push(await addOne(endpoint, body, passports, 'add customer'));
  }
  const orderIds: string[] = [];
  for (let first = 0; first < o.orders; first += SEED_LIST) {
    const n = Math.min(SEED_LIST, o.orders - first);
    let records = '';
    for (let k = 0; k < n; k++) {
      // Orders of one customer are adjacent, so a per-customer batch consolidates them.
      const customer = customerIds[Math.floor(((first + k) * o.customers) / o.orders)]!;
      records += salesOrderRecord(customer, itemIds, o.lines);
    }
    const reply = await soapCall(endpoint, 'addList', `<msgs:addList>${records}</msgs:addList>`, passports);
    orderIds.push(...writtenIds(reply, n, `addList of ${n} sales orders`));
  }
  return orderIds;
}

/** The `record` of an initialize response, with the response's namespace declarations moved onto it. */
function initializedRecord(responseText: string): string | undefined {
  const envelope = /<soapenv:Envelope\b([^>]*)>/.exec(responseText);
  const record = /<(\w+):record\b[^>]*>[\s\S]*<\/\1:record>/.exec(responseText);
  if (!envelope || !record) return undefined;
  const decls = envelope[1]!.match(/\sxmlns:\w+="[^"]*"/g)?.join('') ?? '';
  return record[0].replace(/^<(\w+:record)\b/, `<$1${decls}`);
}

async function post(url: string, operation: string, body: Buffer): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: soapHeaders(operation), body });
  return { status: res.status, text: await res.text() };
}

/** One initialize + add on one order; returns undefined or what went wrong. */
async function initializeThenAdd(endpoint: string, passports: PassportSource, orderId: string) {
  const init = await post(
    endpoint,
    'initialize',
    new EnvelopeTemplate(
      '<msgs:initialize><msgs:initializeRecord><core:type>invoice</core:type>' +
        `<core:reference type="salesOrder" internalId="${orderId}"/></msgs:initializeRecord></msgs:initialize>`,
    ).render(passports.take()),
  );
  const record = init.status === 200 ? initializedRecord(init.text) : undefined;
  const lines = record ? (record.match(/<\w+:orderLine>/g) ?? []).length : 0;
  if (!record || lines !== ORDER_LINES)
    return `initialize of order ${orderId}: HTTP ${init.status}, ${lines} lines: ${init.text.slice(0, 400)}`;
  const add = await post(
    endpoint,
    'add',
    new EnvelopeTemplate(`<msgs:add>${record}</msgs:add>`).render(passports.take() + IGNORE_READ_ONLY),
  );
  if (add.status !== 200 || !add.text.includes('isSuccess="true"'))
    return `add of the invoice initialized from order ${orderId}: HTTP ${add.status}: ${add.text.slice(0, 400)}`;
  return undefined;
}

/** `pairs` initialize+add pairs over `connections` loops, each on the next unused order. */
async function runPairs(
  endpoint: string,
  passports: PassportSource,
  orders: string[],
  pairs: number,
  connections: number,
): Promise<{ latencies: Latencies; seconds: number; problems: string[] }> {
  const latencies = new Latencies();
  const problems: string[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < pairs) {
        const orderId = orders.shift()!;
        next++;
        const started = performance.now();
        const problem = await initializeThenAdd(endpoint, passports, orderId);
        if (problem) problems.push(problem);
        else latencies.add(performance.now() - started);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - t0) / 1000, problems };
}

async function measureInitAdd(ctx: GroupContext): Promise<void> {
  const bw = await startBillwire(ctx.settings, ctx.passports);
  try {
    const total = WARMUP_PAIRS + MEASURED_PAIRS;
    ctx.log(`initAdd: seeding ${total} sales orders of ${ORDER_LINES} lines`);
    const seedStart = performance.now();
    const orders = await seedOrders(bw.endpoint, ctx.passports, {
      customers: 20,
      orders: total,
      lines: ORDER_LINES,
      tag: 'IA',
    });
    const seedS = (performance.now() - seedStart) / 1000;
    ctx.results.figure('invoicing: seeding 50-line sales orders (addList of 50)', total / seedS, 'orders/s');
    const connections = ctx.settings.connections;
    ctx.log(`initAdd: ${WARMUP_PAIRS} warm-up + ${MEASURED_PAIRS} measured pairs at ${connections} loops`);
    const warm = await runPairs(bw.endpoint, ctx.passports, orders, WARMUP_PAIRS, connections);
    const cpu0 = procCpuMs(bw.child.pid);
    const r = await runPairs(bw.endpoint, ctx.passports, orders, MEASURED_PAIRS, connections);
    const cpu1 = procCpuMs(bw.child.pid);
    for (const p of [...warm.problems, ...r.problems].slice(0, 5)) ctx.results.problem(`initAdd: ${p}`);
    const s = r.latencies.summary([50, 99]);
    const perSecond = r.latencies.count / r.seconds;
    const serverCpu =
      cpu0 !== undefined && cpu1 !== undefined ? ((cpu1 - cpu0) / 10 / r.seconds).toFixed(0) : '?';
    ctx.results.rows.push({
      group: GROUP,
      scenario: 'initAdd',
      reqPerSec: perSecond,
      p50Ms: s.at[50]!,
      p99Ms: s.at[99]!,
      samples: r.latencies.count,
      notes: `pairs/s (initialize + add, ${ORDER_LINES} lines); ${connections} loops; server CPU ${serverCpu}%; RSS ≤ ${(procStatusMb(bw.child.pid, 'VmHWM') ?? NaN).toFixed(0)} MB`,
    });
    ctx.results.target('initialize+add of a 50-line order', perSecond, 'pairs/s', '>=', 300);
  } finally {
    await bw.child.stop(30_000);
  }
  const profile = bw.profileFile;
  if (profile && fs.existsSync(profile)) {
    ctx.results.section(
      `CPU profile of Billwire over initAdd (${path.relative(ctx.settings.root, profile)})`,
      formatProfile(summariseProfile(profile)),
    );
  }
}

async function measureBatch(ctx: GroupContext): Promise<void> {
  const dataDir = tempDir('billwire-bench-batch-');
  const config = loadConfig(['--port', '0', '--data-dir', dataDir, '--log-level', 'warn'], {});
  const server: RunningServer = await startServer(config, createLogger('warn'));
  try {
    const endpoint = `${server.url}/services/NetSuitePort_2023_2`;
    const account = server.accounts.find(config.devCredentials.account)!;
    const scope = { account, now: Date.now(), ignoreReadOnlyFields: false };
    for (const groupBy of ['order', 'customer'] as const) {
      const customers = groupBy === 'order' ? 100 : BATCH_ORDERS / ORDERS_PER_CUSTOMER;
      ctx.log(
        `batch by ${groupBy}: seeding ${BATCH_ORDERS} orders of ${BATCH_LINES} lines over ${customers} customers`,
      );
      const orders = await seedOrders(endpoint, ctx.passports, {
        customers,
        orders: BATCH_ORDERS,
        lines: BATCH_LINES,
        tag: `B${groupBy[0]}`,
      });
      const t0 = performance.now();
      const r = await server.services.batchInvoicing.invoiceOrders(scope, {
        orderIds: orders,
        groupBy,
        basis: 'ordered',
      });
      const seconds = (performance.now() - t0) / 1000;
      if (r.errors.length > 0)
        ctx.results.problem(
          `batch by ${groupBy}: ${r.errors.length} orders failed, e.g. ${JSON.stringify(r.errors[0])}`,
        );
      const billed = r.invoices.reduce((n, i) => n + i.orderIds.length, 0);
      if (billed !== BATCH_ORDERS)
        ctx.results.problem(`batch by ${groupBy}: ${billed} of ${BATCH_ORDERS} orders billed`);
      const invoicesPerS = r.invoices.length / seconds;
      ctx.results.figure(
        `invoicing: batch of ${BATCH_ORDERS} orders, one invoice per ${groupBy}`,
        invoicesPerS,
        'invoices/s',
        `${r.invoices.length} invoices in ${(seconds * 1000).toFixed(0)} ms; ${(BATCH_ORDERS / seconds).toFixed(0)} orders/s`,
      );
      ctx.results.target(
        `batch invoicing per ${groupBy}`,
        groupBy === 'order' ? invoicesPerS : BATCH_ORDERS / seconds,
        groupBy === 'order' ? 'invoices/s' : 'orders/s',
        '>=',
        500,
      );
    }
  } finally {
    await server.close();
  }
}

export const invoicing: ScenarioGroup = {
  name: GROUP,
  scenarios: ['initAdd', 'batch'],
  async run(ctx) {
    if (ctx.selected('initAdd')) await measureInitAdd(ctx);
    if (ctx.selected('batch')) await measureBatch(ctx);
  },
};
