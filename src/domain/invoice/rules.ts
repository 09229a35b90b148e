/**
 * The rules of invoices and estimates: customer defaults on add, pricing and totals, terms and due date,
 * billing the sales orders an invoice's lines come from, numbering and status. After an invoice is written
 * or deleted, the orders it bills (before and after) get their status recomputed.
 */
import { RecordError } from '../errors';
import { dec } from '../money';
import { ordersOf, refreshOrderStatus } from '../orders/refresh';
import type { RecordRules, RuleContext } from '../records/rules';
import type { StoredRecord } from '../records/types';
import { assignTranId, defaultTranDate } from '../transactions/numbering';
import { statusText } from '../transactions/status';
import { billOrders } from './billing';
import { ItemCatalog } from './catalog';
import { applyCustomerDefaults } from './defaults';
import { priceTransaction } from './pricing';

async function refreshAll(ctx: RuleContext, ids: Iterable<string>): Promise<void> {
  const items = new ItemCatalog(ctx.repos.records);
  for (const id of ids) await refreshOrderStatus(ctx, items, id);
}

export const invoiceRules: RecordRules = {
  async prepare(ctx, draft, previous) {
    const repo = ctx.repos.records;
    const items = new ItemCatalog(repo);
    defaultTranDate(ctx, draft);
    if (!previous) await applyCustomerDefaults(repo, draft.fields);
    if ((draft.lines ?? []).length === 0) {
      throw new RecordError(
        'VALID_LINE_ITEM_REQD',
        'You must have at least one valid line item for this transaction.',
      );
    }
    await priceTransaction(repo, items, draft, { previous });
    await billOrders(ctx, items, draft, previous);
    await assignTranId(ctx, draft);
    draft.status = dec(draft.fields.amountRemaining as string).isZero() ? 'paidInFull' : 'open';
    draft.fields.status = statusText(draft.status);
  },
  async afterWrite(ctx, saved, previous) {
    await refreshAll(ctx, new Set([...ordersOf(saved.lines), ...ordersOf(previous?.lines)]));
  },
  async afterDelete(ctx, record: StoredRecord) {
    await refreshAll(ctx, ordersOf(record.lines));
  },
};

export const estimateRules: RecordRules = {
  async prepare(ctx, draft, previous) {
    const repo = ctx.repos.records;
    defaultTranDate(ctx, draft);
    if (!previous) await applyCustomerDefaults(repo, draft.fields);
    await priceTransaction(repo, new ItemCatalog(repo), draft, { previous });
    await assignTranId(ctx, draft);
    draft.status = draft.status ?? 'open';
    draft.fields.status = statusText(draft.status);
  },
};
