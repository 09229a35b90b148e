/**
 * The async group: what one Billwire process on SQLite does with a burst of asyncAddList jobs, and
 * whether the request path stays responsive while the job worker runs them.
 *
 *  jobs   10 asyncAddList jobs of 400 ten-line invoices, submitted at once: submit latency (p50, p99),
 *         time until every job has finished, invoices/s; before that, 3 submits one at a time (the cost
 *         of one submit on an idle server)
 *  probes while the jobs run, 2 loops of checkAsyncStatus (cycling over the jobs) and 2 loops of `get` of a
 *         10-line invoice, each waiting PROBE_PAUSE_MS between calls as a polling client does: p50, p99
 *
 * Probe latencies are reported twice: while the submits are being accepted (the main thread parses
 * 16 MB of XML then) and while the jobs run after every submit was acknowledged (the target).
 */
import { startBillwire } from '../lib/billwire';
import { EnvelopeTemplate, getBody, invoiceRecord, soapHeaders, type InvoiceShape } from '../lib/envelopes';
import type { GroupContext, ScenarioGroup } from '../lib/scenario';
import { seed } from '../lib/seed';
import { soapCall } from '../lib/soapClient';
import { Latencies, procCpuMs } from '../lib/stats';

const GROUP = 'async';
const JOBS = 10;
const PER_JOB = 400;
const PROBE_LOOPS = 2;
const PROBE_PAUSE_MS = 10;
const SOLO_SUBMITS = 3;
const FINAL = new Set(['finished', 'finishedWithErrors', 'failed']);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function statusOf(text: string): { jobId: string; status: string } {
  const jobId = /<\w+:jobId>([^<]+)</.exec(text)?.[1];
  const status = /<\w+:status>([^<]+)</.exec(text)?.[1];
  if (!jobId || !status) throw new Error(`no asyncStatusResult in ${text.slice(0, 1500)}`);
  return { jobId, status };
}

/** Latencies of one kind of probe, split by phase. */
class Probe {
  readonly submitting = new Latencies();
  readonly running = new Latencies();
  failures: string[] = [];
}

export const asyncGroup: ScenarioGroup = {
  name: GROUP,
  scenarios: ['jobs'],

  async run(ctx: GroupContext) {
    const { results, passports } = ctx;
    ctx.log('starting Billwire (SQLite, fresh data folder)');
    const bw = await startBillwire(ctx.settings, passports);
    try {
      const data = await seed(bw.endpoint, passports);
      await measure(ctx, bw.endpoint, bw.child.pid, data.invoice, data.invoiceId);
    } catch (err) {
      const tail = bw.child.output().split('\n').slice(-12).join('\n    ');
      throw new Error(`${err instanceof Error ? err.message : String(err)}\n    ${tail}`, { cause: err });
    } finally {
      await bw.child.stop(30_000);
    }
    if (results.problems.length > 0) ctx.log('problems recorded; see the report');
  },
};

async function measure(
  ctx: GroupContext,
  endpoint: string,
  pid: number,
  shape: InvoiceShape,
  invoiceId: string,
) {
  const { results, passports } = ctx;
  const body = new EnvelopeTemplate(
    `<msgs:asyncAddList>${invoiceRecord(shape).repeat(PER_JOB)}</msgs:asyncAddList>`,
  );
  const getTemplate = new EnvelopeTemplate(getBody('invoice', invoiceId));
  passports.prefill(20_000);

  // Warm-up: one small job through the whole loop, so the job thread and the JIT are up.
  const warm = await soapCall(
    endpoint,
    'asyncAddList',
    `<msgs:asyncAddList>${invoiceRecord(shape).repeat(20)}</msgs:asyncAddList>`,
    passports,
  );
  const warmJob = statusOf(warm.text).jobId;
  while (!FINAL.has(statusOf((await checkStatus(endpoint, warmJob, passports)).text).status)) await sleep(20);

  // One submit at a time, on an idle server: what a single 400-invoice submit costs.
  const alone = new Latencies();
  for (let i = 0; i < SOLO_SUBMITS; i++) {
    const started = performance.now();
    const r = await soapCall(endpoint, 'asyncAddList', body.bodyXml, passports);
    alone.add(performance.now() - started);
    const jobId = statusOf(r.text).jobId;
    while (!FINAL.has(statusOf((await checkStatus(endpoint, jobId, passports)).text).status)) await sleep(20);
  }

  ctx.log(
    `jobs: ${JOBS} asyncAddList of ${PER_JOB} ten-line invoices at once, probes every ${PROBE_PAUSE_MS} ms`,
  );
  const jobIds: string[] = [];
  const done = new Set<string>();
  let phase: 'submitting' | 'running' | 'over' = 'submitting';
  const statusProbe = new Probe();
  const getProbe = new Probe();

  const probeLoop = async (probe: Probe, call: (i: number) => Promise<string>) => {
    for (let i = 0; phase !== 'over'; i++) {
      const started = performance.now();
      const at = phase;
      try {
        await call(i);
        (at === 'submitting' ? probe.submitting : probe.running).add(performance.now() - started);
      } catch (err) {
        probe.failures.push(err instanceof Error ? err.message : String(err));
      }
      await sleep(PROBE_PAUSE_MS);
    }
  };
  const statusCall = async (i: number) => {
    if (jobIds.length === 0) return (await soapCall(endpoint, 'get', getTemplate.bodyXml, passports)).text;
    const jobId = jobIds[i % jobIds.length]!;
    const r = await checkStatus(endpoint, jobId, passports);
    const s = statusOf(r.text);
    if (FINAL.has(s.status)) done.add(jobId);
    return r.text;
  };
  const getCall = async () => {
    const r = await fetch(endpoint, {
      method: 'POST',
      headers: soapHeaders('get'),
      body: getTemplate.render(passports.take()),
    });
    const text = await r.text();
    if (r.status !== 200 || !text.includes(`internalId="${invoiceId}"`))
      throw new Error(`get failed: ${text.slice(0, 300)}`);
    return text;
  };
  const probes = [
    ...Array.from({ length: PROBE_LOOPS }, () => probeLoop(statusProbe, statusCall)),
    ...Array.from({ length: PROBE_LOOPS }, () => probeLoop(getProbe, getCall)),
  ];

  const submitLatencies = new Latencies();
  const cpuAtStart = procCpuMs(pid);
  const t0 = performance.now();
  const submitted = await Promise.all(
    Array.from({ length: JOBS }, async () => {
      const started = performance.now();
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: soapHeaders('asyncAddList'),
        body: body.render(passports.take()),
      });
      const text = await res.text();
      submitLatencies.add(performance.now() - started);
      if (res.status !== 200)
        throw new Error(`asyncAddList answered HTTP ${res.status}: ${text.slice(0, 1000)}`);
      return statusOf(text).jobId;
    }),
  );
  const acked = performance.now();
  const cpuAtAck = procCpuMs(pid);
  jobIds.push(...submitted);
  phase = 'running';
  while (done.size < JOBS) {
    if (performance.now() - acked > 300_000)
      throw new Error(`jobs still running after 5 minutes: ${done.size} done`);
    await sleep(5);
  }
  const finished = performance.now();
  const cpuAtEnd = procCpuMs(pid);
  phase = 'over';
  await Promise.all(probes);

  // Every job wrote every invoice.
  for (const jobId of jobIds) {
    const r = await soapCall(
      endpoint,
      'getAsyncResult',
      `<msgs:getAsyncResult><msgs:jobId>${jobId}</msgs:jobId><msgs:pageIndex>1</msgs:pageIndex></msgs:getAsyncResult>`,
      passports,
    );
    const ok = (r.text.match(/isSuccess="true"/g) ?? []).length;
    if (ok !== PER_JOB) results.problem(`job ${jobId}: ${ok} of ${PER_JOB} invoices succeeded`);
  }
  for (const p of [statusProbe, getProbe]) {
    if (p.failures.length > 0)
      results.problem(`${p.failures.length} probe calls failed, e.g. ${p.failures[0]}`);
  }

  const invoices = JOBS * PER_JOB;
  const totalS = (finished - t0) / 1000;
  const runS = (finished - acked) / 1000;
  const submit = submitLatencies.summary([50, 99]);
  const solo = alone.summary([50, 99]);
  const cpuPct = (from: number | undefined, to: number | undefined, ms: number) =>
    from === undefined || to === undefined ? '?' : `${(((to - from) / ms) * 100).toFixed(0)}%`;
  results.rows.push({
    group: GROUP,
    scenario: 'asyncAddList submit, one at a time',
    reqPerSec: NaN,
    p50Ms: solo.at[50]!,
    p99Ms: solo.at[99]!,
    samples: SOLO_SUBMITS,
    notes: `idle server, ${PER_JOB} ten-line invoices`,
  });
  results.rows.push({
    group: GROUP,
    scenario: 'asyncAddList submit',
    reqPerSec: JOBS / ((acked - t0) / 1000),
    p50Ms: submit.at[50]!,
    p99Ms: submit.at[99]!,
    samples: JOBS,
    notes:
      `${JOBS} at once, ${PER_JOB} ten-line invoices each (${(body.render('').length / 1e6).toFixed(1)} MB); ` +
      `server CPU ${cpuPct(cpuAtStart, cpuAtAck, acked - t0)} while submitting, ${cpuPct(cpuAtAck, cpuAtEnd, finished - acked)} after`,
  });
  for (const [name, probe] of [
    ['checkAsyncStatus', statusProbe],
    ['get', getProbe],
  ] as const) {
    for (const [when, l] of [
      ['while submits are parsed', probe.submitting],
      ['while jobs run', probe.running],
    ] as const) {
      const s = l.summary([50, 99]);
      results.rows.push({
        group: GROUP,
        scenario: `${name} ${when}`,
        reqPerSec: NaN,
        p50Ms: s.at[50]!,
        p99Ms: s.at[99]!,
        samples: l.count,
        notes: `${PROBE_LOOPS} loops, ${PROBE_PAUSE_MS} ms pause`,
      });
    }
  }
  results.figure('async: submit of 10 jobs -> all finished', totalS * 1000, 'ms');
  results.figure('async: job throughput (first submit -> all finished)', invoices / totalS, 'invoices/s');
  results.figure(
    'async: worker throughput (all submits acknowledged -> all finished)',
    invoices / runS,
    'invoices/s',
  );
  results.target('async job throughput', invoices / totalS, 'invoices/s', '>=', 2000);
  results.target(`asyncAddList(${PER_JOB}) submit p99, ${JOBS} at once`, submit.at[99]!, 'ms', '<', 300);
  results.target(
    'checkAsyncStatus p99 while jobs run',
    statusProbe.running.summary([99]).at[99]!,
    'ms',
    '<',
    20,
  );
  results.target('get p99 while jobs run', getProbe.running.summary([99]).at[99]!, 'ms', '<', 20);
}

function checkStatus(endpoint: string, jobId: string, passports: GroupContext['passports']) {
  return soapCall(
    endpoint,
    'checkAsyncStatus',
    `<msgs:checkAsyncStatus><msgs:jobId>${jobId}</msgs:jobId></msgs:checkAsyncStatus>`,
    passports,
  );
}
