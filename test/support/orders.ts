/**
 * Builders for the invoicing-engine tests: items with prices and tax flags, terms, tax and discount items,
 * sales orders, item fulfillments, and initialize calls. All through the raw client, like records.ts.
 */
import { expect } from 'chai';
import { addRecord, itemListXml, readRecord, statusOf, type LineSpec, type StatusView } from './records';
import { call, dig, many, ns, type EnvelopeOptions, type Node } from './soap';

export const IGNORE_READ_ONLY =
  '<msgs:preferences><msgs:ignoreReadOnlyFields>true</msgs:ignoreReadOnlyFields></msgs:preferences>';

export function addInventoryItem(
  url: string,
  itemId: string,
  rate: string,
  o: { taxable?: boolean } = {},
): Promise<string> {
  return addRecord(
    url,
    `<msgs:record xsi:type="acct:InventoryItem"><acct:isTaxable>${o.taxable ?? false}</acct:isTaxable>` +
      `<acct:itemId>${itemId}</acct:itemId><acct:rate>${rate}</acct:rate></msgs:record>`,
  );
}

export function addTaxableService(url: string, itemId: string, rate: string): Promise<string> {
  return addRecord(
    url,
    `<msgs:record xsi:type="acct:ServiceSaleItem"><acct:isTaxable>true</acct:isTaxable><acct:itemId>${itemId}</acct:itemId><acct:rate>${rate}</acct:rate></msgs:record>`,
  );
}

export function addTerm(url: string, name: string, fields: string): Promise<string> {
  return addRecord(
    url,
    `<msgs:record xsi:type="acct:Term"><acct:name>${name}</acct:name>${fields}</msgs:record>`,
  );
}

export function addSalesTaxItem(url: string, itemId: string, rate: string): Promise<string> {
  return addRecord(
    url,
    `<msgs:record xsi:type="acct:SalesTaxItem"><acct:itemId>${itemId}</acct:itemId><acct:rate>${rate}</acct:rate></msgs:record>`,
  );
}

export function addDiscountItem(url: string, itemId: string, rate: string): Promise<string> {
  return addRecord(
    url,
    `<msgs:record xsi:type="acct:DiscountItem"><acct:itemId>${itemId}</acct:itemId><acct:rate>${rate}</acct:rate></msgs:record>`,
  );
}

export interface OrderSpec {
  readonly customer: string;
  readonly lines: readonly LineSpec[];
  /** Raw body fields after entity/tranDate, in SalesOrder sequence order. */
  readonly fields?: string;
  readonly orderStatus?: string;
}

export function salesOrderXml(s: OrderSpec, internalId?: string): string {
  return (
    `<msgs:record xsi:type="sales:SalesOrder"${internalId ? ` internalId="${internalId}"` : ''}>` +
    `<sales:entity internalId="${s.customer}"/>` +
    (s.orderStatus ? `<sales:orderStatus>${s.orderStatus}</sales:orderStatus>` : '') +
    (s.fields ?? '') +
    itemListXml(s.lines) +
    '</msgs:record>'
  );
}

export const addSalesOrder = (url: string, s: OrderSpec) => addRecord(url, salesOrderXml(s));

/** An item fulfillment shipping `quantity` of each listed order line. */
export function fulfillmentXml(
  order: string,
  lines: readonly { orderLine: number; quantity: string }[],
): string {
  return (
    `<msgs:record xsi:type="sales:ItemFulfillment"><sales:createdFrom internalId="${order}"/><sales:itemList>` +
    lines
      .map(
        (l) =>
          `<sales:item><sales:quantity>${l.quantity}</sales:quantity><sales:orderLine>${l.orderLine}</sales:orderLine></sales:item>`,
      )
      .join('') +
    '</sales:itemList></msgs:record>'
  );
}

export const addFulfillment = (
  url: string,
  order: string,
  lines: readonly { orderLine: number; quantity: string }[],
) => addRecord(url, fulfillmentXml(order, lines));

export interface InitializeSpec {
  readonly type: string;
  readonly reference: { type: string; internalId: string };
  readonly auxReference?: { type: string; internalId: string };
}

export function initializeRecordXml(s: InitializeSpec): string {
  return (
    `<msgs:initializeRecord><core:type>${s.type}</core:type>` +
    `<core:reference type="${s.reference.type}" internalId="${s.reference.internalId}"/>` +
    (s.auxReference
      ? `<core:auxReference type="${s.auxReference.type}" internalId="${s.auxReference.internalId}"/>`
      : '') +
    '</msgs:initializeRecord>'
  );
}

/** initialize: the status and, on success, the unsaved record. */
export async function initialize(
  url: string,
  s: InitializeSpec,
  o: EnvelopeOptions = {},
): Promise<{ status: StatusView; record: Node; xml: string }> {
  const reply = await call(
    url,
    'initialize',
    `<msgs:initialize>${initializeRecordXml(s)}</msgs:initialize>`,
    o,
  );
  expect(reply.status, reply.text).to.equal(200);
  const rr = dig(reply.body, 'initializeResponse', 'readResponse');
  const xml = /<platformMsgs:record [\s\S]*<\/platformMsgs:record>/.exec(reply.text)?.[0] ?? '';
  return { status: statusOf(dig(rr, 'status')), record: (dig(rr, 'record') ?? {}) as Node, xml };
}

/**
 * Adds the record an initialize returned, exactly as it came back (read-only fields included), with the
 * ignoreReadOnlyFields preference — the round trip NetSuite documents.
 */
export async function addInitialized(url: string, recordXml: string): Promise<Node> {
  // The record is cut from a response, which uses Billwire's prefixes: declare them on the record.
  const n = ns();
  const declared = recordXml.replace(
    '<platformMsgs:record ',
    `<platformMsgs:record xmlns:platformMsgs="${n.msgs}" xmlns:platformCore="${n.core}" xmlns:platformCommon="${n.common}" xmlns:tranSales="${n.sales}" `,
  );
  const reply = await call(url, 'add', `<msgs:add>${declared}</msgs:add>`, { headers: IGNORE_READ_ONLY });
  expect(reply.status, reply.text).to.equal(200);
  return dig(reply.body, 'addResponse', 'writeResponse') as Node;
}

export async function orderStatusOf(
  url: string,
  order: string,
): Promise<{ orderStatus: string; status: string }> {
  const r = await readRecord(url, 'salesOrder', order);
  return { orderStatus: String(dig(r, 'orderStatus')), status: String(dig(r, 'status')) };
}

/** [orderLine, quantity] of each line of a read invoice or initialized record. */
export function billedLines(record: Node): [string, string][] {
  return many(dig(record, 'itemList', 'item')).map((l) => [
    String(dig(l, 'orderLine')),
    String(dig(l, 'quantity')),
  ]);
}
