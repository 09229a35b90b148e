/**
 * Prices a sales transaction (invoice, sales order, estimate) from its lines and settings: line amounts,
 * taxable lines, discount, tax, shipping and handling, totals, and for invoices and estimates the due date
 * and early-payment discount from the terms. Everything computed here is recomputed on every write.
 */
import { Dec, ZERO, type Dec as Decimal } from '../money';
import type { Draft } from '../records/rules';
import type { StoredRecord } from '../records/types';
import { refOf, stringOf } from '../records/types';
import type { RecordRepository } from '../ports';
import type { ItemCatalog } from './catalog';
import { decimalField, priceLines } from './lines';
import { dueDate, earlyPaymentDiscount, termOf } from './terms';
import { computeTotals, parseDiscountRate, parseRate, type Discount, type TotalsLine } from './totals';
import { RecordError } from '../errors';

async function lineTaxRate(
  items: ItemCatalog,
  fields: Record<string, unknown>,
  line: number,
): Promise<Decimal | undefined> {
  const sent = decimalField(fields.taxRate1, 'taxRate1', line);
  if (sent !== undefined) return sent;
  const code = await items.get(refOf(fields, 'taxCode')?.internalId);
  const rate = code && stringOf(code.fields, 'rate');
  return rate !== undefined ? parseRate(rate) : undefined;
}

async function discountOf(items: ItemCatalog, draft: Draft): Promise<Discount | undefined> {
  const f = draft.fields;
  const item = await items.get(refOf(f, 'discountItem')?.internalId);
  const preTax = item?.fields.isPreTax !== false;
  const rate = stringOf(f, 'discountRate') ?? (item ? stringOf(item.fields, 'rate') : undefined);
  if (rate === undefined) return undefined;
  const d = parseDiscountRate(rate, preTax);
  if (!d)
    throw new RecordError(
      'INVALID_FLD_VALUE',
      `discountRate "${rate}" is neither a percentage ("-10%") nor an amount ("-15.00").`,
    );
  if (stringOf(f, 'discountRate') === undefined) f.discountRate = rate;
  return d;
}

async function bodyTaxRate(items: ItemCatalog, draft: Draft): Promise<Decimal | undefined> {
  const f = draft.fields;
  if (f.isTaxable === false) return undefined;
  const sent = decimalField(f.taxRate, 'taxRate');
  if (sent !== undefined) return sent;
  const item = await items.get(refOf(f, 'taxItem')?.internalId);
  const rate = item && stringOf(item.fields, 'rate');
  const parsed = rate !== undefined ? parseRate(rate) : undefined;
  if (parsed !== undefined) f.taxRate = parsed.toFixed();
  return parsed;
}

function money(f: Record<string, unknown>, name: string): Decimal | undefined {
  return decimalField(f[name], name);
}

export interface PricingOptions {
  /** The stored version on update: a dueDate the client did not change is recomputed from the terms. */
  readonly previous?: StoredRecord;
}

export async function priceTransaction(
  repo: RecordRepository,
  items: ItemCatalog,
  draft: Draft,
  o: PricingOptions = {},
): Promise<void> {
  const f = draft.fields;
  const lines = draft.lines ?? [];
  await priceLines(items, lines);

  const totalsLines: TotalsLine[] = [];
  for (const l of lines) {
    const item = await items.get(refOf(l.fields, 'item')?.internalId);
    const taxable =
      typeof l.fields.isTaxable === 'boolean' ? l.fields.isTaxable : item?.fields.isTaxable === true;
    const taxRate1 = taxable ? await lineTaxRate(items, l.fields, l.line) : undefined;
    totalsLines.push({ amount: new Dec(l.fields.amount as string), taxable, taxRate1 });
  }

  const paid = draft.type === 'invoice' ? (money(f, 'amountPaid') ?? ZERO) : ZERO;
  const t = computeTotals({
    lines: totalsLines,
    discount: await discountOf(items, draft),
    taxRate: await bodyTaxRate(items, draft),
    shippingCost: money(f, 'shippingCost'),
    handlingCost: money(f, 'handlingCost'),
    amountPaid: paid,
  });
  lines.forEach((l, i) => {
    const tax = t.lineTax[i];
    if (tax !== undefined) {
      l.fields.tax1Amt = tax;
      l.fields.taxRate1 = totalsLines[i]!.taxRate1!.toFixed();
      l.fields.grossAmt = new Dec(l.fields.amount as string).plus(tax).toFixed(2);
    } else {
      delete l.fields.tax1Amt;
      delete l.fields.grossAmt;
    }
  });
  f.subTotal = t.subTotal;
  f.discountTotal = t.discountTotal;
  f.taxTotal = t.taxTotal;
  f.total = t.total;
  if (draft.type === 'invoice') {
    f.amountPaid = paid.toFixed(2);
    f.amountRemaining = t.amountRemaining;
  }
  if (draft.type === 'invoice' || draft.type === 'estimate')
    await applyTerms(repo, draft, new Dec(t.total), o.previous);
}

async function applyTerms(
  repo: RecordRepository,
  draft: Draft,
  total: Decimal,
  previous: StoredRecord | undefined,
): Promise<void> {
  const f = draft.fields;
  const tranDate = stringOf(f, 'tranDate');
  if (tranDate === undefined) return;
  const termId = refOf(f, 'terms')?.internalId;
  const termRecord = termId !== undefined ? await repo.find('term', { internalId: termId }) : undefined;
  const term = termRecord ? termOf(termRecord.fields) : undefined;
  const sentDue = stringOf(f, 'dueDate');
  const clientSetDue =
    sentDue !== undefined && (previous === undefined || sentDue !== stringOf(previous.fields, 'dueDate'));
  if (!clientSetDue) f.dueDate = dueDate(tranDate, term);
  const early = earlyPaymentDiscount(tranDate, total, term);
  if (early) {
    f.discountDate = early.discountDate;
    f.discountAmount = early.discountAmount;
  } else {
    delete f.discountDate;
    delete f.discountAmount;
  }
}
