/**
 * Single SOAP calls outside the load runs (seeding, the start-up probe, capturing a response): one
 * request with a freshly signed passport, answered as status and text. Load runs never use this.
 */
import { EnvelopeTemplate, PassportSource, soapHeaders } from './envelopes';

export interface Reply {
  readonly status: number;
  readonly text: string;
}

export async function soapCall(
  url: string,
  operation: string,
  bodyXml: string,
  passports: PassportSource,
): Promise<Reply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: soapHeaders(operation),
    body: new EnvelopeTemplate(bodyXml).render(passports.take()),
  });
  return { status: res.status, text: await res.text() };
}

/** Every writeResponse succeeded; returns the internalIds of the baseRefs, in order. */
export function writtenIds(reply: Reply, expected: number, what: string): string[] {
  const ids = [...reply.text.matchAll(/<[\w]+:baseRef\b[^>]*\binternalId="([^"]+)"/g)].map((m) => m[1]!);
  const ok = (reply.text.match(/isSuccess="true"/g) ?? []).length;
  if (reply.status !== 200 || ok !== expected || ids.length !== expected) {
    throw new Error(
      `${what}: expected ${expected} successful writes, got HTTP ${reply.status} with ${ok}:\n${reply.text.slice(0, 2000)}`,
    );
  }
  return ids;
}
