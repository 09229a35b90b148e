/**
 * Exact decimal arithmetic for amounts, rates and quantities (decimal.js, never binary floating point).
 *
 * Rule (README "Money"): every amount is rounded to its currency's precision (2 decimals) per line, half
 * away from zero, so 0.125 -> 0.13 and -0.125 -> -0.13. Rates and quantities keep the precision they were
 * sent with. Values travel through the domain as canonical decimal strings ("19.99", "3", "-10.5").
 */
import Decimal from 'decimal.js';

export const Dec = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

export const CURRENCY_PRECISION = 2;

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function isDecimalText(s: string): boolean {
  return DECIMAL_TEXT.test(s.trim());
}

/** Parses decimal text (as sent on the wire); undefined for anything that is not a finite number. */
export function parseDecimal(s: string): Dec | undefined {
  const t = s.trim();
  return DECIMAL_TEXT.test(t) ? new Dec(t) : undefined;
}

export function dec(x: string | number | Dec): Dec {
  return new Dec(x);
}

/** Rounds to currency precision, half away from zero, as a fixed-scale string ("360.00"). */
export function roundMoney(x: Dec, scale = CURRENCY_PRECISION): string {
  return x.toDecimalPlaces(scale, Dec.ROUND_HALF_UP).toFixed(scale);
}

/** Canonical text for a quantity or rate: no exponent, no trailing zeros ("2.5", "3", "-0.75"). */
export function canonical(x: Dec): string {
  const s = x.toFixed();
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export function sum(values: readonly Dec[]): Dec {
  return values.reduce((a, b) => a.plus(b), new Dec(0));
}

export const ZERO = new Dec(0);
