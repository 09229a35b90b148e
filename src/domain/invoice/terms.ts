/**
 * Payment terms: when an invoice is due, and the early-payment discount a term offers (pure).
 *
 * - Standard terms: due = tranDate + daysUntilNetDue.
 * - Date-driven terms: due on dayOfMonthNetDue of the transaction's month (clamped to the month's length);
 *   when that day has passed, or is fewer than dueNextMonthIfWithinDays days away, it moves to next month.
 * - Early-payment discount: discountPercent of the total if paid by tranDate + daysUntilExpiry (standard)
 *   or by dayDiscountExpires of the due month (date-driven).
 */
import { addDays, type LocalDate } from '../dates';
import { Dec, roundMoney, type Dec as Decimal } from '../money';

export interface Term {
  readonly dateDriven?: boolean;
  readonly daysUntilNetDue?: number;
  readonly dayOfMonthNetDue?: number;
  readonly dueNextMonthIfWithinDays?: number;
  readonly discountPercent?: Decimal;
  readonly daysUntilExpiry?: number;
  readonly discountPercentDateDriven?: Decimal;
  readonly dayDiscountExpires?: number;
}

function parts(d: LocalDate): [number, number, number] {
  return d.split('-').map(Number) as [number, number, number];
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function onDay(y: number, m: number, day: number): LocalDate {
  const yy = m > 12 ? y + 1 : y;
  const mm = m > 12 ? m - 12 : m;
  const dd = Math.min(Math.max(day, 1), daysInMonth(yy, mm));
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function dueDate(tranDate: LocalDate, term: Term | undefined): LocalDate {
  if (!term) return tranDate;
  if (term.dateDriven && term.dayOfMonthNetDue !== undefined) {
    const [y, m] = parts(tranDate);
    const thisMonth = onDay(y, m, term.dayOfMonthNetDue);
    const within = term.dueNextMonthIfWithinDays ?? 0;
    if (thisMonth < tranDate || daysBetween(tranDate, thisMonth) < within)
      return onDay(y, m + 1, term.dayOfMonthNetDue);
    return thisMonth;
  }
  return addDays(tranDate, term.daysUntilNetDue ?? 0);
}

export interface EarlyPayment {
  readonly discountDate: LocalDate;
  readonly discountAmount: string;
}

export function earlyPaymentDiscount(
  tranDate: LocalDate,
  total: Decimal,
  term: Term | undefined,
): EarlyPayment | undefined {
  if (!term) return undefined;
  if (term.dateDriven) {
    const pct = term.discountPercentDateDriven;
    if (!pct || pct.isZero() || term.dayDiscountExpires === undefined) return undefined;
    const [y, m] = parts(dueDate(tranDate, term));
    const byThisMonth = onDay(y, m, term.dayDiscountExpires);
    return { discountDate: byThisMonth, discountAmount: roundMoney(total.times(pct).dividedBy(100)) };
  }
  const pct = term.discountPercent;
  if (!pct || pct.isZero() || term.daysUntilExpiry === undefined) return undefined;
  return {
    discountDate: addDays(tranDate, term.daysUntilExpiry),
    discountAmount: roundMoney(total.times(pct).dividedBy(100)),
  };
}

/** A term record's fields -> Term. */
export function termOf(fields: Record<string, unknown>): Term {
  const num = (k: string) => (typeof fields[k] === 'number' ? (fields[k] as number) : undefined);
  const pct = (k: string) => (typeof fields[k] === 'string' ? new Dec(fields[k] as string) : undefined);
  return {
    dateDriven: fields.dateDriven === true,
    daysUntilNetDue: num('daysUntilNetDue'),
    dayOfMonthNetDue: num('dayOfMonthNetDue'),
    dueNextMonthIfWithinDays: num('dueNextMonthIfWithinDays'),
    discountPercent: pct('discountPercent'),
    daysUntilExpiry: num('daysUntilExpiry'),
    discountPercentDateDriven: pct('discountPercentDateDriven'),
    dayDiscountExpires: num('dayDiscountExpires'),
  };
}
