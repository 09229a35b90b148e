/**
 * Invoice totals: exact decimal money, discounts, tax (invoice-level and per line), shipping and handling.
 */
import { expect } from 'chai';
import {
  computeTotals,
  parseDiscountRate,
  parseRate,
  type TotalsLine,
} from '../../src/domain/invoice/totals';
import { Dec } from '../../src/domain/money';

const line = (amount: string, taxable = false, taxRate1?: string): TotalsLine => ({
  amount: new Dec(amount),
  taxable,
  taxRate1: taxRate1 === undefined ? undefined : new Dec(taxRate1),
});

describe('invoice totals', () => {
  it('subTotal and total are the exact sum of line amounts', () => {
    const t = computeTotals({ lines: [line('0.10'), line('0.20'), line('59.97')] });
    expect(t).to.include({
      subTotal: '60.27',
      total: '60.27',
      amountRemaining: '60.27',
      taxTotal: '0.00',
      discountTotal: '0.00',
    });
  });

  it('a percentage discount is a share of the subTotal, rounded half away from zero', () => {
    const t = computeTotals({ lines: [line('12.25')], discount: parseDiscountRate('-10%') });
    expect(t.discountTotal).to.equal('-1.23');
    expect(t.total).to.equal('11.02');
  });

  it('an amount discount is taken as given', () => {
    const t = computeTotals({ lines: [line('100.00')], discount: parseDiscountRate('-15.00') });
    expect(t).to.include({ discountTotal: '-15.00', total: '85.00' });
  });

  it('invoice-level tax applies to taxable lines only, after their share of a pre-tax discount', () => {
    const t = computeTotals({
      lines: [line('50.00', true), line('100.00', false)],
      discount: parseDiscountRate('-10%'),
      taxRate: parseRate('8.25%'),
    });
    // taxable base 50 - 15 × 50/150 = 45; 45 × 8.25% = 3.7125 -> 3.71
    expect(t).to.include({ subTotal: '150.00', discountTotal: '-15.00', taxTotal: '3.71', total: '138.71' });
  });

  it('a discount that is not pre-tax leaves the taxable base alone', () => {
    const t = computeTotals({
      lines: [line('100.00', true)],
      discount: { ...parseDiscountRate('-10%')!, preTax: false },
      taxRate: parseRate('10'),
    });
    expect(t).to.include({ discountTotal: '-10.00', taxTotal: '10.00', total: '100.00' });
  });

  it('a line with its own tax rate gets tax1Amt and stays out of the invoice-level tax', () => {
    const t = computeTotals({
      lines: [line('19.99', true, '20'), line('10.00', true)],
      taxRate: parseRate('5'),
    });
    expect(t.lineTax).to.deep.equal(['4.00', undefined]);
    expect(t.taxTotal).to.equal('4.50');
    expect(t.total).to.equal('34.49');
  });

  it('shipping and handling are added to the total', () => {
    const t = computeTotals({
      lines: [line('10.00')],
      shippingCost: new Dec('4.95'),
      handlingCost: new Dec('1.05'),
    });
    expect(t.total).to.equal('16.00');
  });

  it('amountRemaining is the total less what was paid', () => {
    const t = computeTotals({ lines: [line('10.00')], amountPaid: new Dec('10.00') });
    expect(t.amountRemaining).to.equal('0.00');
  });

  it('tax of half a cent rounds away from zero', () => {
    expect(computeTotals({ lines: [line('0.50', true)], taxRate: new Dec('1') }).taxTotal).to.equal('0.01');
    expect(computeTotals({ lines: [line('-0.50', true)], taxRate: new Dec('1') }).taxTotal).to.equal('-0.01');
  });

  it('reads discount rates as NetSuite writes them and refuses anything else', () => {
    expect(parseDiscountRate('-10%')).to.deep.include({ kind: 'percent' });
    expect(parseDiscountRate('-15.00')).to.deep.include({ kind: 'amount' });
    expect(parseDiscountRate('ten percent')).to.equal(undefined);
  });
});
