/**
 * What has happened to each line of a sales order: ordered, fulfilled (item fulfillment lines) and billed
 * (invoice lines) quantities. Billed and fulfilled are always summed from the invoices and fulfillments
 * themselves, never kept as counters, so they cannot drift; the order row is locked first (PostgreSQL:
 * SELECT … FOR UPDATE) by every writer that bills or ships it, so two concurrent invoices see each other.
 */
import type { BillingBasis } from '../account';
import { Dec, ZERO, type Dec as Decimal } from '../money';
import type { RecordRepository } from '../ports';
import type { StoredRecord } from '../records/types';
import { refOf } from '../records/types';
import type { ItemCatalog } from '../invoice/catalog';

export interface OrderLineState {
  readonly line: number;
  readonly itemId?: string;
  readonly ordered: Decimal;
  readonly fulfilled: Decimal;
  readonly billed: Decimal;
  readonly closed: boolean;
  readonly fulfillable: boolean;
}

export interface LedgerExclusions {
  /** Leave one invoice out (the one being rewritten). */
  readonly invoiceId?: string;
  readonly fulfillmentId?: string;
}

async function totals(
  repo: RecordRepository,
  orderId: string,
  type: 'invoice' | 'itemFulfillment',
  exclude?: string,
): Promise<Map<number, Decimal>> {
  const out = new Map<number, Decimal>();
  for (const a of await repo.orderActivity(orderId, type, exclude)) {
    out.set(a.orderLine, (out.get(a.orderLine) ?? ZERO).plus(new Dec(a.quantity)));
  }
  return out;
}

export async function orderLedger(
  repo: RecordRepository,
  items: ItemCatalog,
  order: StoredRecord,
  exclude: LedgerExclusions = {},
): Promise<Map<number, OrderLineState>> {
  const billed = await totals(repo, order.internalId, 'invoice', exclude.invoiceId);
  const fulfilled = await totals(repo, order.internalId, 'itemFulfillment', exclude.fulfillmentId);
  const out = new Map<number, OrderLineState>();
  for (const l of order.lines ?? []) {
    const itemId = refOf(l.fields, 'item')?.internalId;
    out.set(l.line, {
      line: l.line,
      itemId,
      ordered: new Dec(typeof l.fields.quantity === 'string' ? l.fields.quantity : '0'),
      fulfilled: fulfilled.get(l.line) ?? ZERO,
      billed: billed.get(l.line) ?? ZERO,
      closed: l.fields.isClosed === true,
      fulfillable: await items.fulfillable(itemId),
    });
  }
  return out;
}

/** How much of a line may still be billed: ordered − billed, or fulfilled − billed (services: ordered). */
export function leftToBill(s: OrderLineState, basis: BillingBasis): Decimal {
  const ceiling = basis === 'ordered' || !s.fulfillable ? s.ordered : s.fulfilled;
  const left = ceiling.minus(s.billed);
  return left.isNegative() ? ZERO : left;
}

export function leftToFulfill(s: OrderLineState): Decimal {
  const left = s.ordered.minus(s.fulfilled);
  return left.isNegative() ? ZERO : left;
}
