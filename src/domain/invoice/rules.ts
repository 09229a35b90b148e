/**
 * The rules of sales transactions that issue 2 needs: numbering, default date, priced lines, subTotal,
 * total, amountRemaining and status. (Discounts, tax, terms and billing against the order build on this.)
 */
import { dec, roundMoney, sum } from '../money';
import type { RecordRules, RulesRegistry } from '../records/rules';
import { stringOf } from '../records/types';
import { assignTranId, defaultTranDate } from '../transactions/numbering';
import { priceLines } from './lines';

/** NetSuite's display text for each internal status key. */
export const STATUS_TEXT: Record<string, string> = {
  open: 'Open',
  paidInFull: 'Paid In Full',
  pendingApproval: 'Pending Approval',
  pendingFulfillment: 'Pending Fulfillment',
  partiallyFulfilled: 'Partially Fulfilled',
  pendingBillingPartFulfilled: 'Pending Billing/Partially Fulfilled',
  pendingBilling: 'Pending Billing',
  partiallyBilled: 'Partially Billed',
  fullyBilled: 'Billed',
  closed: 'Closed',
  cancelled: 'Cancelled',
  shipped: 'Shipped',
};

function salesTransaction(statusOf: (total: string, remaining: string) => string): RecordRules {
  return {
    prepare: async (ctx, draft) => {
      defaultTranDate(ctx, draft);
      await assignTranId(ctx, draft);
      const lines = draft.lines ?? [];
      await priceLines(ctx.repos.records, lines);
      const subTotal = sum(lines.map((l) => dec(l.fields.amount as string)));
      const total = subTotal;
      const paid = dec(stringOf(draft.fields, 'amountPaid') ?? '0');
      const f = draft.fields;
      f.subTotal = roundMoney(subTotal);
      f.total = roundMoney(total);
      if (draft.type === 'invoice') {
        f.amountPaid = roundMoney(paid);
        f.amountRemaining = roundMoney(total.minus(paid));
      }
      draft.status = statusOf(f.total as string, (f.amountRemaining as string | undefined) ?? '0');
      f.status = STATUS_TEXT[draft.status] ?? draft.status;
    },
  };
}

export const SALES_RULES: RulesRegistry = {
  invoice: salesTransaction((_total, remaining) => (dec(remaining).isZero() ? 'paidInFull' : 'open')),
  salesOrder: salesTransaction(() => 'pendingFulfillment'),
  estimate: salesTransaction(() => 'open'),
};
