/**
 * The rules of item fulfillments: a fulfillment ships lines of one sales order (createdFrom), each line
 * naming its orderLine, never more than is left to fulfill, only for items that are shipped. Lines the
 * client marks itemReceive=false are not part of it. Writing or deleting one recomputes the order status.
 */
import { RecordError } from '../errors';
import { ZERO, canonical, type Dec as Decimal } from '../money';
import { ItemCatalog } from '../invoice/catalog';
import { decimalField } from '../invoice/lines';
import { leftToFulfill, orderLedger } from '../orders/ledger';
import { ordersOf, refreshOrderStatus } from '../orders/refresh';
import type { RecordRules, RuleContext } from '../records/rules';
import { refOf, stringOf } from '../records/types';
import { assignTranId, defaultTranDate } from '../transactions/numbering';
import { statusText } from '../transactions/status';

const SHIP_STATUS: Record<string, string> = { _picked: 'picked', _packed: 'packed', _shipped: 'shipped' };
const NOT_FULFILLABLE: Record<string, string> = {
  pendingApproval: 'is pending approval',
  cancelled: 'is cancelled',
  closed: 'is closed',
};

async function refresh(ctx: RuleContext, ids: Iterable<string>): Promise<void> {
  const items = new ItemCatalog(ctx.repos.records);
  for (const id of ids) await refreshOrderStatus(ctx, items, id);
}

export const itemFulfillmentRules: RecordRules = {
  async prepare(ctx, draft, previous) {
    const repo = ctx.repos.records;
    const items = new ItemCatalog(repo);
    const from = refOf(draft.fields, 'createdFrom')?.internalId;
    const order =
      from === undefined
        ? undefined
        : await repo.find('salesOrder', { internalId: from }, { forUpdate: true });
    if (!order)
      throw new RecordError(
        'INVALID_KEY_OR_REF',
        'An item fulfillment must be created from a sales order (createdFrom).',
      );
    const label = `Sales order #${String(order.fields.tranId)}`;
    const why = NOT_FULFILLABLE[order.status ?? ''];
    if (why) throw new RecordError('INVALID_FLD_VALUE', `${label} ${why} and cannot be fulfilled.`);
    const orderEntity = refOf(order.fields, 'entity');
    const entity = refOf(draft.fields, 'entity')?.internalId;
    if (entity !== undefined && entity !== orderEntity?.internalId)
      throw new RecordError('INVALID_FLD_VALUE', `${label} belongs to another customer.`);
    if (orderEntity?.internalId !== undefined) draft.fields.entity = { internalId: orderEntity.internalId };

    draft.lines = (draft.lines ?? []).filter((l) => l.fields.itemReceive !== false);
    if (draft.lines.length === 0)
      throw new RecordError(
        'VALID_LINE_ITEM_REQD',
        'You must have at least one valid line item for this transaction.',
      );
    const ledger = await orderLedger(repo, items, order, { fulfillmentId: previous?.internalId });
    const shipping = new Map<number, Decimal>();
    for (const l of draft.lines) {
      const orderLine = l.fields.orderLine;
      if (typeof orderLine !== 'number')
        throw new RecordError(
          'MISSING_REQD_FLD',
          `Line ${l.line}: please enter the orderLine this line ships.`,
        );
      const state = ledger.get(orderLine);
      if (!state || state.closed)
        throw new RecordError('INVALID_FLD_VALUE', `Line ${l.line}: ${label} has no open line ${orderLine}.`);
      const item = refOf(l.fields, 'item')?.internalId;
      if (item !== undefined && item !== state.itemId)
        throw new RecordError(
          'INVALID_FLD_VALUE',
          `Line ${l.line}: line ${orderLine} of ${label} is for another item.`,
        );
      if (!state.fulfillable)
        throw new RecordError(
          'INVALID_FLD_VALUE',
          `Line ${l.line}: the item of line ${orderLine} is not shipped, only billed.`,
        );
      const quantity = decimalField(l.fields.quantity, 'quantity', l.line);
      if (!quantity || !quantity.greaterThan(0))
        throw new RecordError(
          'INVALID_QTY',
          `Line ${l.line}: the quantity to fulfill must be greater than zero.`,
        );
      const already = shipping.get(orderLine) ?? ZERO;
      const left = leftToFulfill(state).minus(already);
      if (quantity.greaterThan(left)) {
        throw new RecordError(
          'INVALID_QTY',
          `Line ${l.line}: line ${orderLine} of ${label} has ${canonical(left)} left to fulfill; this fulfillment ships ${canonical(quantity)}.`,
        );
      }
      shipping.set(orderLine, already.plus(quantity));
      l.fields.quantity = canonical(quantity);
      l.fields.itemReceive = true;
      if (state.itemId !== undefined) l.fields.item = { internalId: state.itemId };
      l.fields.order = { internalId: order.internalId };
    }
    defaultTranDate(ctx, draft);
    const ship = stringOf(draft.fields, 'shipStatus') ?? '_shipped';
    if (!SHIP_STATUS[ship])
      throw new RecordError(
        'INVALID_FLD_VALUE',
        `shipStatus ${ship} is not one of _picked, _packed, _shipped.`,
      );
    draft.fields.shipStatus = ship;
    draft.status = SHIP_STATUS[ship];
    draft.fields.status = statusText(draft.status!);
    await assignTranId(ctx, draft);
  },
  async afterWrite(ctx, saved, previous) {
    await refresh(ctx, new Set([...ordersOf(saved.lines), ...ordersOf(previous?.lines)]));
  },
  async afterDelete(ctx, record) {
    await refresh(ctx, ordersOf(record.lines));
  },
};
