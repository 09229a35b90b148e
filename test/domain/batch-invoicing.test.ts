/**
 * Batch invoicing of sales orders (the service behind Exact Online's InvoiceSalesOrders): one invoice per
 * order or per customer, by delivered (fulfilled) or ordered quantity, with per-order errors. Orders are
 * created over SOAP; the batch runs through the domain service on the same real database.
 */
import { expect } from 'chai';
import type { RequestScope } from '../../src/domain/account';
import { addCustomer, readRecord } from '../support/records';
import { addFulfillment, addInventoryItem, addSalesOrder, orderStatusOf } from '../support/orders';
import { dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`batch invoicing of sales orders (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let scope: RequestScope;
  let item: string;

  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    const account = s.server.accounts.find(s.credentials.account)!;
    scope = { account, now: Date.now(), ignoreReadOnlyFields: false };
    item = await addInventoryItem(url, 'Batch widget', '2.00');
  });
  after(() => s.close());

  it('one invoice per order, by ordered quantity', async () => {
    const c = await addCustomer(url, 'Per order Co');
    const a = await addSalesOrder(url, { customer: c, lines: [{ item, quantity: '3' }] });
    const b = await addSalesOrder(url, { customer: c, lines: [{ item, quantity: '4' }] });
    const r = await s.server.services.batchInvoicing.invoiceOrders(scope, {
      orderIds: [a, b],
      groupBy: 'order',
      basis: 'ordered',
    });
    expect(r.errors).to.deep.equal([]);
    expect(r.invoices.map((i) => [i.orderIds, i.total])).to.deep.equal([
      [[a], '6.00'],
      [[b], '8.00'],
    ]);
    expect((await orderStatusOf(url, a)).orderStatus).to.equal('_fullyBilled');
    const invoice = await readRecord(url, 'invoice', r.invoices[0]!.internalId);
    expect(dig(invoice, 'createdFrom', '@internalId')).to.equal(a);
  });

  it('one invoice per customer consolidating its orders, lines keeping their orderLine', async () => {
    const c = await addCustomer(url, 'Consolidated Co');
    const other = await addCustomer(url, 'Other Co');
    const a = await addSalesOrder(url, { customer: c, lines: [{ item, quantity: '1' }] });
    const b = await addSalesOrder(url, {
      customer: c,
      lines: [
        { item, quantity: '2' },
        { item, quantity: '5' },
      ],
    });
    const x = await addSalesOrder(url, { customer: other, lines: [{ item, quantity: '1' }] });
    const r = await s.server.services.batchInvoicing.invoiceOrders(scope, {
      orderIds: [a, x, b],
      groupBy: 'customer',
      basis: 'ordered',
    });
    expect(r.errors).to.deep.equal([]);
    expect(r.invoices.map((i) => [i.customerId, i.orderIds, i.total])).to.deep.equal([
      [c, [a, b], '16.00'],
      [other, [x], '2.00'],
    ]);
    const invoice = await readRecord(url, 'invoice', r.invoices[0]!.internalId);
    expect(
      many(dig(invoice, 'itemList', 'item')).map((l) => [dig(l, 'orderLine'), dig(l, 'quantity')]),
    ).to.deep.equal([
      ['1', '1'],
      ['1', '2'],
      ['2', '5'],
    ]);
    for (const o of [a, b, x]) expect((await orderStatusOf(url, o)).orderStatus).to.equal('_fullyBilled');
  });

  it('by delivered quantity bills what was fulfilled and reports orders with nothing delivered', async () => {
    const c = await addCustomer(url, 'Delivered Co');
    const shipped = await addSalesOrder(url, { customer: c, lines: [{ item, quantity: '10' }] });
    const unshipped = await addSalesOrder(url, { customer: c, lines: [{ item, quantity: '10' }] });
    await addFulfillment(url, shipped, [{ orderLine: 1, quantity: '4' }]);
    const r = await s.server.services.batchInvoicing.invoiceOrders(scope, {
      orderIds: [shipped, unshipped],
      groupBy: 'order',
      basis: 'fulfilled',
    });
    expect(r.invoices.map((i) => [i.orderIds, i.total])).to.deep.equal([[[shipped], '8.00']]);
    expect(r.errors.map((e) => [e.orderId, e.code])).to.deep.equal([[unshipped, 'INVALID_INITIALIZE_REF']]);
  });

  it('reports an unknown order and still invoices the others', async () => {
    const c = await addCustomer(url, 'Mixed Co');
    const a = await addSalesOrder(url, { customer: c, lines: [{ item, quantity: '1' }] });
    const r = await s.server.services.batchInvoicing.invoiceOrders(scope, {
      orderIds: ['987654', a],
      groupBy: 'order',
      basis: 'ordered',
    });
    expect(r.invoices.map((i) => i.orderIds)).to.deep.equal([[a]]);
    expect(r.errors.map((e) => [e.orderId, e.code])).to.deep.equal([['987654', 'RCRD_DSNT_EXIST']]);
  });

  it('uses the invoice date it is given and computes the due date from it', async () => {
    const c = await addCustomer(url, 'Dated Co');
    const a = await addSalesOrder(url, { customer: c, lines: [{ item, quantity: '1' }] });
    const r = await s.server.services.batchInvoicing.invoiceOrders(scope, {
      orderIds: [a],
      groupBy: 'order',
      basis: 'ordered',
      invoiceDate: '2025-01-15',
    });
    const invoice = await readRecord(url, 'invoice', r.invoices[0]!.internalId);
    expect(String(dig(invoice, 'tranDate')).slice(0, 10)).to.equal('2025-01-15');
    expect(String(dig(invoice, 'dueDate')).slice(0, 10)).to.equal('2025-01-15');
  });
});
