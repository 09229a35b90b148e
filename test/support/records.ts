/**
 * Builders the black-box tests share: the XML of the records they send (customers, service items,
 * invoices) and small calls that add a record and return its internalId, or read one back. Everything goes
 * through the raw client (test/support/soap.ts), so the bytes on the wire stay visible in the tests.
 */
import { expect } from 'chai';
import { call, describeReply, dig, many, type EnvelopeOptions, type Node, type SoapReply } from './soap';

export interface StatusView {
  readonly isSuccess: boolean;
  readonly code?: string;
  readonly message?: string;
}

/** A `status` element as a client branches on it. */
export function statusOf(status: unknown): StatusView {
  const detail = many(dig(status, 'statusDetail'))[0];
  return {
    isSuccess: dig(status, '@isSuccess') === 'true',
    ...(detail ? { code: String(dig(detail, 'code')), message: String(dig(detail, 'message')) } : {}),
  };
}

/** 'ok' for a successful status, else its code: compact assertions over list answers. */
export function outcomeOf(status: unknown): string {
  const s = statusOf(status);
  return s.isSuccess ? 'ok' : (s.code ?? 'failed without a code');
}

/** Attributes written as ` name="value"`, skipping undefined ones. */
function attrs(a: Record<string, string | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
}

export interface Key {
  readonly internalId?: string;
  readonly externalId?: string;
}

/** ` internalId="…"` or ` externalId="…"`: the key attributes of a reference. */
function refAttrs(key: Key | string): string {
  const k = typeof key === 'string' ? { internalId: key } : key;
  return attrs({ internalId: k.internalId, externalId: k.externalId });
}

/** A `baseRef` element naming a record: `<msgs:baseRef xsi:type="core:RecordRef" type="invoice" internalId="7"/>`. */
export function baseRefXml(type: string, key: Key | string): string {
  return `<msgs:baseRef xsi:type="core:RecordRef" type="${type}"${refAttrs(key)}/>`;
}

export function customerXml(companyName: string, o: { externalId?: string; inner?: string } = {}): string {
  return (
    `<msgs:record xsi:type="rel:Customer"${attrs({ externalId: o.externalId })}>` +
    `<rel:companyName>${companyName}</rel:companyName>${o.inner ?? ''}</msgs:record>`
  );
}

export function serviceItemXml(itemId: string, o: { rate?: string; externalId?: string } = {}): string {
  return (
    `<msgs:record xsi:type="acct:ServiceSaleItem"${attrs({ externalId: o.externalId })}>` +
    `<acct:itemId>${itemId}</acct:itemId>${o.rate !== undefined ? `<acct:rate>${o.rate}</acct:rate>` : ''}</msgs:record>`
  );
}

export interface LineSpec {
  readonly item: string;
  readonly quantity?: string;
  readonly rate?: string;
  readonly description?: string;
  /** Only for updates that merge lines (replaceAll="false"). */
  readonly line?: number;
  /** Raw XML after rate: later line fields in sequence order, or the line's customFieldList. */
  readonly extra?: string;
}

/** One `<sales:item>` of an itemList, fields in InvoiceItem's sequence order. */
export function lineXml(l: LineSpec): string {
  return (
    '<sales:item>' +
    `<sales:item internalId="${l.item}"/>` +
    (l.line !== undefined ? `<sales:line>${l.line}</sales:line>` : '') +
    (l.description !== undefined ? `<sales:description>${l.description}</sales:description>` : '') +
    (l.quantity !== undefined ? `<sales:quantity>${l.quantity}</sales:quantity>` : '') +
    (l.rate !== undefined ? `<sales:rate>${l.rate}</sales:rate>` : '') +
    (l.extra ?? '') +
    '</sales:item>'
  );
}

export function itemListXml(lines: readonly LineSpec[], replaceAll?: boolean): string {
  const ra = replaceAll === undefined ? '' : ` replaceAll="${replaceAll}"`;
  return `<sales:itemList${ra}>${lines.map(lineXml).join('')}</sales:itemList>`;
}

export interface InvoiceSpec {
  /** The entity: an internalId, or a key ({ externalId }). */
  readonly customer?: string | Key;
  readonly internalId?: string;
  readonly externalId?: string;
  readonly tranDate?: string;
  readonly memo?: string;
  readonly lines?: readonly LineSpec[];
  readonly replaceAll?: boolean;
  /** Raw XML placed after the body fields (before itemList): other fields in sequence order. */
  readonly fields?: string;
  /** Raw XML placed first (nullFieldList) and last (customFieldList). */
  readonly nullFieldList?: string;
  readonly customFieldList?: string;
}

/** A `record` element of type tranSales:Invoice, its children in the schema's order. */
export function invoiceXml(s: InvoiceSpec): string {
  return (
    `<msgs:record xsi:type="sales:Invoice"${attrs({ internalId: s.internalId, externalId: s.externalId })}>` +
    (s.nullFieldList ?? '') +
    (s.customer !== undefined ? `<sales:entity${refAttrs(s.customer)}/>` : '') +
    (s.tranDate !== undefined ? `<sales:tranDate>${s.tranDate}</sales:tranDate>` : '') +
    (s.memo !== undefined ? `<sales:memo>${s.memo}</sales:memo>` : '') +
    (s.fields ?? '') +
    (s.lines ? itemListXml(s.lines, s.replaceAll) : '') +
    (s.customFieldList ?? '') +
    '</msgs:record>'
  );
}

/** The `writeResponse` of add/update/upsert/delete. */
export function writeResponseOf(reply: SoapReply, operation: string): Node {
  expect(reply.status, describeReply(reply)).to.equal(200);
  return dig(reply.body, `${operation}Response`, 'writeResponse') as Node;
}

/** The `writeResponse` elements of a list operation, in order. */
export function writeResponsesOf(reply: SoapReply, operation: string): Node[] {
  expect(reply.status, describeReply(reply)).to.equal(200);
  return many(dig(reply.body, `${operation}Response`, 'writeResponseList', 'writeResponse'));
}

/** Sends one record through `operation` (add, update, upsert) and returns its writeResponse. */
export async function write(
  url: string,
  operation: 'add' | 'update' | 'upsert',
  recordXml: string,
  o: EnvelopeOptions = {},
): Promise<Node> {
  return writeResponseOf(
    await call(url, operation, `<msgs:${operation}>${recordXml}</msgs:${operation}>`, o),
    operation,
  );
}

/** Adds a record that must succeed and returns its internalId. */
export async function addRecord(url: string, recordXml: string, o: EnvelopeOptions = {}): Promise<string> {
  const wr = await write(url, 'add', recordXml, o);
  expect(statusOf(dig(wr, 'status')), JSON.stringify(wr)).to.deep.equal({ isSuccess: true });
  return String(dig(wr, 'baseRef', '@internalId'));
}

export const addCustomer = (url: string, name = 'Acme Inc', o: EnvelopeOptions = {}) =>
  addRecord(url, customerXml(name), o);

export const addServiceItem = (url: string, itemId = 'Consulting', rate?: string, o: EnvelopeOptions = {}) =>
  addRecord(url, serviceItemXml(itemId, { rate }), o);

export const addInvoice = (url: string, spec: InvoiceSpec, o: EnvelopeOptions = {}) =>
  addRecord(url, invoiceXml(spec), o);

/** get: the readResponse (status and, on success, the record). */
export async function getRecord(
  url: string,
  type: string,
  key: Key | string,
  o: EnvelopeOptions = {},
): Promise<{ status: StatusView; record: Node }> {
  const reply = await call(url, 'get', `<msgs:get>${baseRefXml(type, key)}</msgs:get>`, o);
  expect(reply.status, describeReply(reply)).to.equal(200);
  const rr = dig(reply.body, 'getResponse', 'readResponse');
  return { status: statusOf(dig(rr, 'status')), record: (dig(rr, 'record') ?? {}) as Node };
}

/** get of a record that must exist. */
export async function readRecord(
  url: string,
  type: string,
  key: Key | string,
  o: EnvelopeOptions = {},
): Promise<Node> {
  const { status, record } = await getRecord(url, type, key, o);
  expect(status, `get ${type} ${JSON.stringify(key)}`).to.deep.equal({ isSuccess: true });
  return record;
}

/** The item lines of a read invoice as [line, item, quantity, rate, amount] tuples, for compact assertions. */
export function linesOf(record: Node): string[][] {
  return many(dig(record, 'itemList', 'item')).map((l) => [
    String(dig(l, 'line')),
    String(dig(l, 'item', '@internalId')),
    String(dig(l, 'quantity')),
    String(dig(l, 'rate')),
    String(dig(l, 'amount')),
  ]);
}

/** A fresh customer and a service item to put on invoices. */
export async function invoiceParties(
  url: string,
  o: EnvelopeOptions = {},
): Promise<{ customer: string; item: string }> {
  const customer = await addCustomer(url, 'Acme Inc', o);
  const item = await addServiceItem(url, 'Consulting', '100.00', o);
  return { customer, item };
}
