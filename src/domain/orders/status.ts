/**
 * A sales order's status from its lines' ordered, fulfilled and billed quantities (pure), following
 * NetSuite's SalesOrderOrderStatus: pending fulfillment -> partially fulfilled / pending billing partially
 * fulfilled -> pending billing -> billed. Lines of items that are not fulfilled (services) count as
 * fulfilled. Closed lines take no part; an order whose lines are all closed is closed.
 */
import type { Dec } from '../money';

export type OrderStatus =
  | 'pendingApproval'
  | 'pendingFulfillment'
  | 'cancelled'
  | 'partiallyFulfilled'
  | 'pendingBillingPartFulfilled'
  | 'pendingBilling'
  | 'fullyBilled'
  | 'closed';

export interface OrderLineQuantities {
  readonly ordered: Dec;
  readonly fulfilled: Dec;
  readonly billed: Dec;
  readonly closed: boolean;
  /** False for items that are never shipped (services): they count as fulfilled. */
  readonly fulfillable: boolean;
}

export function orderStatus(lines: readonly OrderLineQuantities[]): OrderStatus {
  const open = lines.filter((l) => !l.closed);
  if (lines.length > 0 && open.length === 0) return 'closed';
  const fulfilledOf = (l: OrderLineQuantities) => (l.fulfillable ? l.fulfilled : l.ordered);
  if (open.length > 0 && open.every((l) => l.billed.greaterThanOrEqualTo(l.ordered))) return 'fullyBilled';
  const fulfillable = open.filter((l) => l.fulfillable);
  if (open.every((l) => fulfilledOf(l).greaterThanOrEqualTo(l.ordered))) return 'pendingBilling';
  if (fulfillable.every((l) => l.fulfilled.isZero())) return 'pendingFulfillment';
  return open.some((l) => fulfilledOf(l).greaterThan(l.billed))
    ? 'pendingBillingPartFulfilled'
    : 'partiallyFulfilled';
}

/** The SalesOrderOrderStatus enumeration value of a status. */
export function orderStatusEnum(s: OrderStatus): string {
  return `_${s}`;
}
