/** Payment terms: due dates and early-payment discounts. */
import { expect } from 'chai';
import { dueDate, earlyPaymentDiscount } from '../../src/domain/invoice/terms';
import { Dec } from '../../src/domain/money';

describe('payment terms', () => {
  it('no terms: due on the transaction date', () => {
    expect(dueDate('2024-03-01', undefined)).to.equal('2024-03-01');
  });

  it('Net 30: due 30 days after the transaction date, across month and year ends', () => {
    expect(dueDate('2024-03-01', { daysUntilNetDue: 30 })).to.equal('2024-03-31');
    expect(dueDate('2024-12-15', { daysUntilNetDue: 30 })).to.equal('2025-01-14');
    expect(dueDate('2024-02-15', { daysUntilNetDue: 14 })).to.equal('2024-02-29');
  });

  it('date-driven terms: due on the given day of the month, next month once it has passed', () => {
    const term = { dateDriven: true, dayOfMonthNetDue: 10 };
    expect(dueDate('2024-03-01', term)).to.equal('2024-03-10');
    expect(dueDate('2024-03-15', term)).to.equal('2024-04-10');
  });

  it('date-driven terms move to next month when the day is within the given number of days', () => {
    expect(
      dueDate('2024-03-05', { dateDriven: true, dayOfMonthNetDue: 10, dueNextMonthIfWithinDays: 7 }),
    ).to.equal('2024-04-10');
  });

  it('date-driven terms clamp the day to the length of the month', () => {
    expect(dueDate('2024-02-01', { dateDriven: true, dayOfMonthNetDue: 31 })).to.equal('2024-02-29');
  });

  it('2% 10 Net 30: a 2% discount if paid within 10 days', () => {
    const early = earlyPaymentDiscount('2024-03-01', new Dec('123.45'), {
      daysUntilNetDue: 30,
      discountPercent: new Dec('2'),
      daysUntilExpiry: 10,
    });
    expect(early).to.deep.equal({ discountDate: '2024-03-11', discountAmount: '2.47' });
  });

  it('terms without a discount offer none', () => {
    expect(earlyPaymentDiscount('2024-03-01', new Dec('100'), { daysUntilNetDue: 30 })).to.equal(undefined);
  });
});
