/**
 * Billing a sales order: an invoice line with an `orderLine` bills that line of the order the invoice was
 * created from (or, for a consolidated invoice, of the order the line names). The order row is locked,
 * what was billed before is summed, and a line that would bill more than is left to bill is refused with an
 * error naming it. What is left follows the account preference (by quantity ordered or fulfilled) unless
 * the request overrides it (batch invoicing by delivered or ordered quantity).
 */
import { RecordError } from '../errors';
import { Dec, ZERO, canonical, type Dec as Decimal } from '../money';
import type { Draft, RuleContext } from '../records/rules';
import type { StoredRecord } from '../records/types';
import { refOf } from '../records/types';
import { leftToBill, orderLedger } from '../orders/ledger';
import type { ItemCatalog } from './catalog';

const NOT_BILLABLE: Record<string, string> = {
  pendingApproval: 'is pending approval',
  cancelled: 'is cancelled',
  closed: 'is closed',
};

async function createdFromOrder(ctx: RuleContext, draft: Draft): Promise<string | undefined> {
  const ref = refOf(draft.fields, 'createdFrom');
  if (ref?.internalId === undefined) return undefined;
  const found = await ctx.repos.records.lookup(['salesOrder'], { internalId: ref.internalId });
  return found?.internalId;
}

/** Validates and links every billing line of an invoice; returns the orders it bills. */
export async function billOrders(
  ctx: RuleContext,
  items: ItemCatalog,
  draft: Draft,
  previous: StoredRecord | undefined,
): Promise<Set<string>> {
  const fromOrder = await createdFromOrder(ctx, draft);
  const byOrder = new Map<
    string,
    { line: number; orderLine: number; quantity: Decimal; fields: Record<string, unknown> }[]
  >();
  for (const l of draft.lines ?? []) {
    const orderLine = l.fields.orderLine;
    if (orderLine === undefined) {
      delete l.fields.order;
      continue;
    }
    const orderId = refOf(l.fields, 'order')?.internalId ?? fromOrder;
    if (orderId === undefined) {
      throw new RecordError(
        'INVALID_FLD_VALUE',
        `Line ${l.line}: orderLine ${String(orderLine)} needs the invoice to be created from a sales order (createdFrom).`,
      );
    }
    l.fields.order = { internalId: orderId };
    const group = byOrder.get(orderId) ?? [];
    group.push({
      line: l.line,
      orderLine: Number(orderLine),
      quantity: new Dec(l.fields.quantity as string),
      fields: l.fields,
    });
    byOrder.set(orderId, group);
  }

  const basis = ctx.scope.billingBasis ?? ctx.scope.account.preferences.billingBasis;
  const entity = refOf(draft.fields, 'entity')?.internalId;
  for (const [orderId, lines] of byOrder) {
    const order = await ctx.repos.records.find('salesOrder', { internalId: orderId }, { forUpdate: true });
    if (!order) throw new RecordError('INVALID_KEY_OR_REF', `Invalid createdFrom reference key ${orderId}.`);
    const label = `Sales order #${String(order.fields.tranId)}`;
    const why = NOT_BILLABLE[order.status ?? ''];
    if (why) throw new RecordError('INVALID_FLD_VALUE', `${label} ${why} and cannot be billed.`);
    if (entity !== undefined && refOf(order.fields, 'entity')?.internalId !== entity) {
      throw new RecordError('INVALID_FLD_VALUE', `${label} belongs to another customer than this invoice.`);
    }
    const ledger = await orderLedger(ctx.repos.records, items, order, { invoiceId: previous?.internalId });
    const billing = new Map<number, Decimal>();
    for (const l of lines) {
      const state = ledger.get(l.orderLine);
      if (!state)
        throw new RecordError('INVALID_FLD_VALUE', `Line ${l.line}: ${label} has no line ${l.orderLine}.`);
      if (state.closed)
        throw new RecordError(
          'INVALID_FLD_VALUE',
          `Line ${l.line}: line ${l.orderLine} of ${label} is closed.`,
        );
      const item = refOf(l.fields, 'item')?.internalId;
      if (item !== undefined && item !== state.itemId) {
        throw new RecordError(
          'INVALID_FLD_VALUE',
          `Line ${l.line}: line ${l.orderLine} of ${label} is for another item.`,
        );
      }
      if (item === undefined && state.itemId !== undefined) l.fields.item = { internalId: state.itemId };
      const already = billing.get(l.orderLine) ?? ZERO;
      const left = leftToBill(state, basis).minus(already);
      if (l.quantity.greaterThan(left)) {
        throw new RecordError(
          'INVALID_QTY',
          `Line ${l.line}: line ${l.orderLine} of ${label} has ${canonical(left.isNegative() ? ZERO : left)} left to bill ` +
            `(by quantity ${basis}); this invoice bills ${canonical(l.quantity)}.`,
        );
      }
      billing.set(l.orderLine, already.plus(l.quantity));
    }
  }
  return new Set(byOrder.keys());
}
