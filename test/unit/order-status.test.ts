/** A sales order's status follows what was fulfilled and billed, as NetSuite's SalesOrderOrderStatus does. */
import { expect } from 'chai';
import { Dec } from '../../src/domain/money';
import { orderStatus, type OrderLineQuantities } from '../../src/domain/orders/status';
import { leftToBill, type OrderLineState } from '../../src/domain/orders/ledger';

const l = (
  ordered: number,
  fulfilled: number,
  billed: number,
  o: Partial<OrderLineQuantities> = {},
): OrderLineQuantities => ({
  ordered: new Dec(ordered),
  fulfilled: new Dec(fulfilled),
  billed: new Dec(billed),
  closed: false,
  fulfillable: true,
  ...o,
});

describe('sales order status', () => {
  it('nothing shipped: pending fulfillment', () => {
    expect(orderStatus([l(5, 0, 0), l(2, 0, 0)])).to.equal('pendingFulfillment');
  });
  it('part shipped, nothing billed: pending billing / partially fulfilled', () => {
    expect(orderStatus([l(5, 3, 0)])).to.equal('pendingBillingPartFulfilled');
  });
  it('part shipped and all of that billed: partially fulfilled', () => {
    expect(orderStatus([l(5, 3, 3)])).to.equal('partiallyFulfilled');
  });
  it('everything shipped, not all billed: pending billing', () => {
    expect(orderStatus([l(5, 5, 2)])).to.equal('pendingBilling');
  });
  it('everything billed: billed', () => {
    expect(orderStatus([l(5, 5, 5), l(1, 0, 1, { fulfillable: false })])).to.equal('fullyBilled');
  });
  it('an order of services (nothing to ship) waits for billing at once', () => {
    expect(orderStatus([l(3, 0, 0, { fulfillable: false })])).to.equal('pendingBilling');
  });
  it('closed lines take no part; all lines closed is closed', () => {
    expect(orderStatus([l(5, 5, 5), l(2, 0, 0, { closed: true })])).to.equal('fullyBilled');
    expect(orderStatus([l(5, 0, 0, { closed: true })])).to.equal('closed');
  });
});

describe('quantity left to bill', () => {
  const state = (o: Partial<OrderLineState>): OrderLineState => ({
    line: 1,
    ordered: new Dec(10),
    fulfilled: new Dec(4),
    billed: new Dec(3),
    closed: false,
    fulfillable: true,
    ...o,
  });
  it('by quantity ordered: ordered − billed', () => {
    expect(leftToBill(state({}), 'ordered').toString()).to.equal('7');
  });
  it('by quantity fulfilled: fulfilled − billed', () => {
    expect(leftToBill(state({}), 'fulfilled').toString()).to.equal('1');
  });
  it('a service line is billable up to what was ordered even by quantity fulfilled', () => {
    expect(leftToBill(state({ fulfillable: false, fulfilled: new Dec(0) }), 'fulfilled').toString()).to.equal(
      '7',
    );
  });
  it('never negative', () => {
    expect(leftToBill(state({ billed: new Dec(12) }), 'ordered').toString()).to.equal('0');
  });
});
