/**
 * Recomputes a sales order's status after an invoice or fulfillment against it was written or deleted,
 * and stores it (header only) when it changed. Approval and cancellation are the client's decisions and
 * stay as they are.
 */
import type { RuleContext } from '../records/rules';
import { statusText } from '../transactions/status';
import type { ItemCatalog } from '../invoice/catalog';
import { orderLedger } from './ledger';
import { orderStatus, orderStatusEnum } from './status';

const MANUAL = new Set(['pendingApproval', 'cancelled']);

export async function refreshOrderStatus(
  ctx: RuleContext,
  items: ItemCatalog,
  orderId: string,
): Promise<void> {
  const order = await ctx.repos.records.find('salesOrder', { internalId: orderId }, { forUpdate: true });
  if (!order || MANUAL.has(order.status ?? '')) return;
  const ledger = await orderLedger(ctx.repos.records, items, order);
  const status = orderStatus([...ledger.values()]);
  if (status === order.status) return;
  order.status = status;
  order.fields = { ...order.fields, orderStatus: orderStatusEnum(status), status: statusText(status) };
  order.modifiedAt = ctx.scope.now;
  await ctx.repos.records.updateHeader(order);
}

/** The orders a transaction's lines bill or ship (their `order` references). */
export function ordersOf(lines: readonly { fields: Record<string, unknown> }[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const l of lines ?? []) {
    const o = l.fields.order as { internalId?: string } | undefined;
    if (o?.internalId !== undefined) out.add(o.internalId);
  }
  return out;
}
