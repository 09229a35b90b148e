/**
 * Line arithmetic of sales transactions: amount = quantity × rate rounded to the cent (half away from zero);
 * a line sent with an amount and no rate derives its rate; a line with neither takes the item's base price.
 * Quantity defaults to 1. Computed values replace whatever the client sent.
 */
import { RecordError } from '../errors';
import { canonical, dec, parseDecimal, roundMoney, type Dec } from '../money';
import type { Line } from '../records/types';
import { refOf, stringOf } from '../records/types';
import type { ItemCatalog } from './catalog';

export function decimalField(value: unknown, field: string, line?: number): Dec | undefined {
  if (value === undefined) return undefined;
  const d =
    typeof value === 'string'
      ? parseDecimal(value.replace(/%$/, ''))
      : typeof value === 'number'
        ? dec(value)
        : undefined;
  if (!d)
    throw new RecordError(
      'INVALID_FLD_VALUE',
      `${line !== undefined ? `Line ${line}: ` : ''}${field} "${String(value)}" is not a number.`,
    );
  return d;
}

export async function priceLines(items: ItemCatalog, lines: Line[]): Promise<void> {
  for (const l of lines) {
    const f = l.fields;
    const quantity = decimalField(f.quantity, 'quantity', l.line) ?? dec(1);
    let rate = decimalField(f.rate, 'rate', l.line);
    const sentAmount = decimalField(f.amount, 'amount', l.line);
    if (rate === undefined && sentAmount === undefined) {
      const item = await items.get(refOf(f, 'item')?.internalId);
      const base = item && stringOf(item.fields, 'rate');
      rate = base !== undefined ? decimalField(base, 'rate', l.line) : undefined;
    }
    let amount: string;
    if (rate !== undefined) {
      amount = roundMoney(quantity.times(rate));
    } else if (sentAmount !== undefined) {
      amount = roundMoney(sentAmount);
      rate = quantity.isZero() ? sentAmount : sentAmount.dividedBy(quantity);
    } else {
      throw new RecordError('MISSING_REQD_FLD', `Line ${l.line}: please enter a value for rate or amount.`);
    }
    f.quantity = canonical(quantity);
    f.rate = canonical(rate.toDecimalPlaces(8));
    f.amount = amount;
  }
}
