/**
 * The totals of a sales transaction, as NetSuite computes them (pure; amounts in, amounts out).
 *
 *   subTotal      = Σ line amounts (each already rounded to the cent)
 *   discountTotal = discountRate as a percentage of subTotal ("-10%") or as an amount ("-15.00"); the sign
 *                   is kept as given (NetSuite discounts are negative)
 *   taxTotal      = Σ per-line tax (lines with their own taxRate1: tax1Amt = amount × taxRate1)
 *                 + the invoice-level taxRate on the other taxable lines, their share of a pre-tax discount
 *                   included
 *   total         = subTotal + discountTotal + taxTotal + shippingCost + handlingCost
 *   amountRemaining = total − amountPaid
 * Each tax amount is rounded to the cent, half away from zero, once.
 */
import { Dec, roundMoney, sum, ZERO, type Dec as Decimal } from '../money';

export interface TotalsLine {
  readonly amount: Decimal;
  readonly taxable: boolean;
  /** Per-line tax rate in percent (taxRate1 / the line's tax code); undefined = invoice-level tax. */
  readonly taxRate1?: Decimal;
}

export type Discount = {
  readonly kind: 'percent' | 'amount';
  readonly value: Decimal;
  readonly preTax: boolean;
};

export interface TotalsInput {
  readonly lines: readonly TotalsLine[];
  readonly discount?: Discount;
  /** Invoice-level tax rate in percent. */
  readonly taxRate?: Decimal;
  readonly shippingCost?: Decimal;
  readonly handlingCost?: Decimal;
  readonly amountPaid?: Decimal;
}

export interface Totals {
  readonly subTotal: string;
  readonly discountTotal: string;
  readonly taxTotal: string;
  readonly total: string;
  readonly amountRemaining: string;
  /** tax1Amt per line, for lines taxed at their own rate. */
  readonly lineTax: readonly (string | undefined)[];
}

/** Parses a discount rate as NetSuite writes it: "-10%" is a percentage, "-15.00" an amount. */
export function parseDiscountRate(rate: string, preTax = true): Discount | undefined {
  const t = rate.trim();
  const percent = t.endsWith('%');
  const n = t.replace(/%$/, '').trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(n)) return undefined;
  return { kind: percent ? 'percent' : 'amount', value: new Dec(n), preTax };
}

/** Parses a tax rate: "8.25%" or "8.25" (both percent). */
export function parseRate(rate: string): Decimal | undefined {
  const n = rate.trim().replace(/%$/, '').trim();
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(n) ? new Dec(n) : undefined;
}

export function computeTotals(input: TotalsInput): Totals {
  const subTotal = sum(input.lines.map((l) => l.amount));
  const d = input.discount;
  const discountTotal = !d
    ? ZERO
    : new Dec(roundMoney(d.kind === 'percent' ? subTotal.times(d.value).dividedBy(100) : d.value));

  const lineTax = input.lines.map((l) =>
    l.taxable && l.taxRate1 !== undefined ? roundMoney(l.amount.times(l.taxRate1).dividedBy(100)) : undefined,
  );
  let taxTotal = sum(lineTax.filter((t): t is string => t !== undefined).map((t) => new Dec(t)));

  if (input.taxRate !== undefined && !input.taxRate.isZero()) {
    let base = sum(input.lines.filter((l) => l.taxable && l.taxRate1 === undefined).map((l) => l.amount));
    if (d?.preTax && !subTotal.isZero()) base = base.plus(discountTotal.times(base).dividedBy(subTotal));
    taxTotal = taxTotal.plus(new Dec(roundMoney(base.times(input.taxRate).dividedBy(100))));
  }

  const total = subTotal
    .plus(discountTotal)
    .plus(taxTotal)
    .plus(input.shippingCost ?? ZERO)
    .plus(input.handlingCost ?? ZERO);
  return {
    subTotal: roundMoney(subTotal),
    discountTotal: roundMoney(discountTotal),
    taxTotal: roundMoney(taxTotal),
    total: roundMoney(total),
    amountRemaining: roundMoney(total.minus(input.amountPaid ?? ZERO)),
    lineTax,
  };
}
