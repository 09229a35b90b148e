/**
 * The async client loop every integration writes (submit, poll checkAsyncStatus, page getAsyncResult), as
 * small calls over the raw client, for the async tests.
 */
import { expect } from 'chai';
import { call, describeReply, dig, type EnvelopeOptions, type SoapReply } from './soap';

export interface AsyncStatusView {
  readonly jobId: string;
  readonly status: string;
  readonly percentCompleted: number;
  readonly estRemainingDuration: number;
}

export const FINAL = ['finished', 'finishedWithErrors', 'failed'];

/** The asyncStatusResult of a submit or checkAsyncStatus reply (which must not be a Fault). */
export function asyncStatusOf(reply: SoapReply, operation: string): AsyncStatusView {
  expect(reply.status, describeReply(reply)).to.equal(200);
  const r = dig(reply.body, `${operation}Response`, 'asyncStatusResult');
  expect(r, describeReply(reply)).to.be.an('object');
  return {
    jobId: String(dig(r, 'jobId')),
    status: String(dig(r, 'status')),
    percentCompleted: Number(dig(r, 'percentCompleted')),
    estRemainingDuration: Number(dig(r, 'estRemainingDuration')),
  };
}

/** Sends `<msgs:op>inner</msgs:op>` and returns the reply (a status or a Fault). */
export function submitRaw(url: string, operation: string, inner: string, o: EnvelopeOptions = {}) {
  return call(url, operation, `<msgs:${operation}>${inner}</msgs:${operation}>`, o);
}

/** Submits a job that must be accepted. */
export async function submit(
  url: string,
  operation: string,
  inner: string,
  o: EnvelopeOptions = {},
): Promise<AsyncStatusView> {
  return asyncStatusOf(await submitRaw(url, operation, inner, o), operation);
}

export function checkStatusRaw(url: string, jobId: string, o: EnvelopeOptions = {}) {
  return submitRaw(url, 'checkAsyncStatus', `<msgs:jobId>${jobId}</msgs:jobId>`, o);
}

export async function checkStatus(
  url: string,
  jobId: string,
  o: EnvelopeOptions = {},
): Promise<AsyncStatusView> {
  return asyncStatusOf(await checkStatusRaw(url, jobId, o), 'checkAsyncStatus');
}

/** Polls until the job has finished (or failed); returns every status seen, the last one final. */
export async function waitForJob(
  url: string,
  jobId: string,
  o: EnvelopeOptions & { timeoutMs?: number; everyMs?: number } = {},
): Promise<AsyncStatusView[]> {
  const seen: AsyncStatusView[] = [];
  const deadline = Date.now() + (o.timeoutMs ?? 30_000);
  for (;;) {
    const s = await checkStatus(url, jobId, o);
    seen.push(s);
    if (FINAL.includes(s.status)) return seen;
    if (Date.now() > deadline) throw new Error(`job ${jobId} did not finish: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, o.everyMs ?? 20));
  }
}

export function asyncResultRaw(
  url: string,
  jobId: string,
  pageIndex: number | string = 1,
  o: EnvelopeOptions = {},
) {
  return submitRaw(
    url,
    'getAsyncResult',
    `<msgs:jobId>${jobId}</msgs:jobId><msgs:pageIndex>${pageIndex}</msgs:pageIndex>`,
    o,
  );
}

/** getAsyncResult's asyncResult element (which must not be a Fault). */
export async function asyncResult(url: string, jobId: string, pageIndex = 1, o: EnvelopeOptions = {}) {
  const reply = await asyncResultRaw(url, jobId, pageIndex, o);
  expect(reply.status, describeReply(reply)).to.equal(200);
  return { reply, result: dig(reply.body, 'getAsyncResultResponse', 'asyncResult') };
}

/** Submits, waits for the end, and returns the final status. */
export async function runJob(url: string, operation: string, inner: string, o: EnvelopeOptions = {}) {
  const submitted = await submit(url, operation, inner, o);
  const seen = await waitForJob(url, submitted.jobId, o);
  return { submitted, seen, final: seen[seen.length - 1]! };
}

/** The XML text of the first element with this local name (its whole element), for byte comparisons. */
export function elementText(xml: string, localName: string): string {
  const open = new RegExp(`<([\\w.-]+:)?${localName}[\\s>/]`).exec(xml);
  if (!open) throw new Error(`no <${localName}> in ${xml.slice(0, 300)}`);
  const tag = `${open[1] ?? ''}${localName}`;
  const end = xml.indexOf(`</${tag}>`, open.index);
  return end < 0
    ? xml.slice(open.index, xml.indexOf('>', open.index) + 1)
    : xml.slice(open.index, end + tag.length + 3);
}
