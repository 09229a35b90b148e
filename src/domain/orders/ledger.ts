/**
 * What has happened to each line of a sales order: ordered, fulfilled (item fulfillment lines) and billed
 * (invoice lines) quantities. Billed and fulfilled are always summed from the invoices and fulfillments
 * themselves, never kept as counters, so they cannot drift; the order row is locked first (PostgreSQL:
 * SELECT … FOR UPDATE) by every writer that bills or ships it, so two concurrent invoices see each other.
 */
import type { BillingBasis } from '../account';
import { canonical, Dec, ZERO, type Dec as Decimal } from '../money';
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

/**
 * What one item fulfillment of the order still has to bill, per order line (auxReference itemFulfillment).
 * An invoice line names the order line it bills, not the shipment, so billing is taken to use up shipments
 * oldest first: a fulfillment's unbilled quantity is what the order had shipped up to and including it,
 * less all that was billed, within what that fulfillment shipped itself. Billing from one shipment twice
 * therefore finds nothing left, and billing by fulfillment never passes what was shipped in all.
 */
export async function unbilledOfFulfillment(
  repo: RecordRepository,
  ledger: ReadonlyMap<number, OrderLineState>,
  orderId: string,
  fulfillmentId: string,
): Promise<Map<number, Decimal>> {
  const upTo = new Map<number, Decimal>();
  const own = new Map<number, Decimal>();
  for (const a of await repo.orderActivity(orderId, 'itemFulfillment')) {
    if (Number(a.txnId) > Number(fulfillmentId)) continue;
    const q = new Dec(a.quantity);
    upTo.set(a.orderLine, (upTo.get(a.orderLine) ?? ZERO).plus(q));
    if (a.txnId === fulfillmentId) own.set(a.orderLine, (own.get(a.orderLine) ?? ZERO).plus(q));
  }
  const out = new Map<number, Decimal>();
  for (const [line, shipped] of own) {
    const unbilled = (upTo.get(line) ?? ZERO).minus(ledger.get(line)?.billed ?? ZERO);
    out.set(line, Dec.max(ZERO, Dec.min(shipped, unbilled)));
  }
  return out;
}

/**
 * A sales order as it is read back: each line carries quantityBilled and quantityFulfilled, summed from the
 * invoices and fulfillments that point at it (read-only on the wire, never stored on the order itself).
 */
export async function withLineQuantities(repo: RecordRepository, order: StoredRecord): Promise<StoredRecord> {
  if (!order.lines?.length) return order;
  const billed = await totals(repo, order.internalId, 'invoice');
  const fulfilled = await totals(repo, order.internalId, 'itemFulfillment');
  return {
    ...order,
    lines: order.lines.map((l) => ({
      ...l,
      fields: {
        ...l.fields,
        quantityBilled: canonical(billed.get(l.line) ?? ZERO),
        quantityFulfilled: canonical(fulfilled.get(l.line) ?? ZERO),
      },
    })),
  };
}
