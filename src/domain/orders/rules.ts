/**
 * The rules of sales orders: customer defaults, pricing, numbering; the order statuses a client may set
 * (add pending approval, approve, cancel, close) and the ones derived from fulfillment and billing; and the
 * guards that keep billed and fulfilled quantities valid when an order is edited or deleted.
 */
import { RecordError } from '../errors';
import { Dec, ZERO, canonical, type Dec as Decimal } from '../money';
import { ItemCatalog } from '../invoice/catalog';
import { applyCustomerDefaults } from '../invoice/defaults';
import { priceTransaction } from '../invoice/pricing';
import type { Draft, RecordRules, RuleContext } from '../records/rules';
import type { StoredRecord } from '../records/types';
import { refOf, stringOf } from '../records/types';
import { assignTranId, defaultTranDate } from '../transactions/numbering';
import { statusText } from '../transactions/status';
import { orderLedger } from './ledger';
import { orderStatus, orderStatusEnum, type OrderStatus } from './status';

/** Per order line, the larger of its billed and fulfilled quantities (what an edit must keep). */
async function activity(ctx: RuleContext, orderId: string): Promise<Map<number, Decimal>> {
  const out = new Map<number, Decimal>();
  for (const type of ['invoice', 'itemFulfillment'] as const) {
    const sums = new Map<number, Decimal>();
    for (const a of await ctx.repos.records.orderActivity(orderId, type)) {
      sums.set(a.orderLine, (sums.get(a.orderLine) ?? ZERO).plus(new Dec(a.quantity)));
    }
    for (const [line, q] of sums) if (q.greaterThan(out.get(line) ?? ZERO)) out.set(line, q);
  }
  return out;
}

/** Edited lines must keep what was already billed or fulfilled: same line, same item, enough quantity. */
async function guardActivity(ctx: RuleContext, draft: Draft, previous: StoredRecord): Promise<boolean> {
  const used = await activity(ctx, previous.internalId);
  for (const [orderLine, quantity] of used) {
    const before = previous.lines?.find((l) => l.line === orderLine);
    const now = draft.lines?.find((l) => l.line === orderLine);
    if (!now)
      throw new RecordError(
        'INVALID_SUBLIST_DESC',
        `Line ${orderLine} has been billed or fulfilled and cannot be removed.`,
      );
    if (refOf(now.fields, 'item')?.internalId !== refOf(before?.fields ?? {}, 'item')?.internalId) {
      throw new RecordError(
        'INVALID_FLD_VALUE',
        `Line ${orderLine} has been billed or fulfilled; its item cannot change.`,
      );
    }
    if (new Dec(now.fields.quantity as string).lessThan(quantity)) {
      throw new RecordError(
        'INVALID_QTY',
        `Line ${orderLine}: the quantity cannot go below the ${canonical(quantity)} already billed or fulfilled.`,
      );
    }
  }
  return used.size > 0;
}

function requestedStatus(draft: Draft, previous: StoredRecord | undefined): string | undefined {
  const sent = stringOf(draft.fields, 'orderStatus');
  return sent !== undefined && sent !== stringOf(previous?.fields ?? {}, 'orderStatus') ? sent : undefined;
}

async function derivedStatus(
  ctx: RuleContext,
  items: ItemCatalog,
  draft: Draft,
  previous: StoredRecord | undefined,
): Promise<OrderStatus> {
  if (!previous) {
    // A new order has nothing billed or fulfilled yet.
    const lines = await Promise.all(
      (draft.lines ?? []).map(async (l) => ({
        ordered: new Dec(l.fields.quantity as string),
        fulfilled: ZERO,
        billed: ZERO,
        closed: l.fields.isClosed === true,
        fulfillable: await items.fulfillable(refOf(l.fields, 'item')?.internalId),
      })),
    );
    return orderStatus(lines);
  }
  const ledger = await orderLedger(ctx.repos.records, items, {
    ...previous,
    ...draft,
    internalId: previous.internalId,
  });
  return orderStatus([...ledger.values()]);
}

export const salesOrderRules: RecordRules = {
  async prepare(ctx, draft, previous) {
    const repo = ctx.repos.records;
    const items = new ItemCatalog(repo);
    defaultTranDate(ctx, draft);
    if (!previous) await applyCustomerDefaults(repo, draft.fields);
    await priceTransaction(repo, items, draft, { previous });
    const hasActivity = previous ? await guardActivity(ctx, draft, previous) : false;

    let manual: OrderStatus | undefined =
      previous?.status === 'pendingApproval' || previous?.status === 'cancelled'
        ? (previous.status as OrderStatus)
        : undefined;
    const requested = requestedStatus(draft, previous);
    switch (requested) {
      case undefined:
        break;
      case '_pendingApproval':
        if (previous && previous.status !== 'pendingApproval')
          throw new RecordError(
            'INVALID_FLD_VALUE',
            'An approved sales order cannot go back to pending approval.',
          );
        manual = 'pendingApproval';
        break;
      case '_pendingFulfillment':
        if (previous?.status === 'cancelled')
          throw new RecordError('INVALID_FLD_VALUE', 'A cancelled sales order cannot be approved.');
        manual = undefined;
        break;
      case '_cancelled':
        if (hasActivity)
          throw new RecordError(
            'INVALID_FLD_VALUE',
            'A sales order that has been billed or fulfilled cannot be cancelled; close it instead.',
          );
        manual = 'cancelled';
        break;
      case '_closed':
        for (const l of draft.lines ?? []) l.fields.isClosed = true;
        manual = undefined;
        break;
      default:
        throw new RecordError(
          'INVALID_FLD_VALUE',
          `orderStatus ${requested} cannot be set by a client; use _pendingApproval, _pendingFulfillment, _cancelled or _closed.`,
        );
    }
    const status = manual ?? (await derivedStatus(ctx, items, draft, previous));
    draft.status = status;
    draft.fields.orderStatus = orderStatusEnum(status);
    draft.fields.status = statusText(status);
    await assignTranId(ctx, draft);
  },
  async beforeDelete(ctx, record) {
    const n = await ctx.repos.records.dependents('salesOrder', record.internalId);
    if (n > 0)
      throw new RecordError(
        'CANT_DELETE_TRANS',
        `Sales order #${String(record.fields.tranId)} has ${n} invoice or fulfillment line(s) against it and cannot be deleted.`,
      );
  },
};
