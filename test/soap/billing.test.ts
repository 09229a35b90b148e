/**
 * Billing sales orders: invoices raise what an order has billed, deleting or editing them gives it back,
 * nothing is billed twice, and the order's status moves as NetSuite's does.
 */
import { expect } from 'chai';
import { addCustomer, addRecord, invoiceXml, readRecord, statusOf, write } from '../support/records';
import {
  addFulfillment,
  addInitialized,
  addInventoryItem,
  addSalesOrder,
  fulfillmentXml,
  initialize,
  orderStatusOf,
} from '../support/orders';
import { call, dig } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`billing sales orders (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let customer: string;
  let widget: string;
  let install: string;

  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    customer = await addCustomer(url, 'Billing Co');
    widget = await addInventoryItem(url, 'Widget', '10.00');
    install = await addRecord(
      url,
      '<msgs:record xsi:type="acct:ServiceSaleItem"><acct:itemId>Install</acct:itemId><acct:rate>100</acct:rate></msgs:record>',
    );
  });
  after(() => s.close());

  const billing = (order: string, lines: { orderLine: number; item: string; quantity: string }[]) =>
    invoiceXml({
      customer,
      fields: `<sales:createdFrom internalId="${order}"/>`,
      lines: lines.map((l) => ({
        item: l.item,
        quantity: l.quantity,
        extra: `<sales:orderLine>${l.orderLine}</sales:orderLine>`,
      })),
    });

  it('walks an order from pending fulfillment to billed: order -> fulfillment -> initialize -> add', async () => {
    const order = await addSalesOrder(url, {
      customer,
      lines: [
        { item: widget, quantity: '5' },
        { item: install, quantity: '1' },
      ],
    });
    expect(await orderStatusOf(url, order)).to.deep.equal({
      orderStatus: '_pendingFulfillment',
      status: 'Pending Fulfillment',
    });
    await addFulfillment(url, order, [{ orderLine: 1, quantity: '2' }]);
    expect((await orderStatusOf(url, order)).orderStatus).to.equal('_pendingBillingPartFulfilled');
    await addFulfillment(url, order, [{ orderLine: 1, quantity: '3' }]);
    expect(await orderStatusOf(url, order)).to.deep.equal({
      orderStatus: '_pendingBilling',
      status: 'Pending Billing',
    });
    const wr = await addInitialized(
      url,
      (await initialize(url, { type: 'invoice', reference: { type: 'salesOrder', internalId: order } })).xml,
    );
    expect(statusOf(dig(wr, 'status')).isSuccess).to.equal(true);
    expect(await orderStatusOf(url, order)).to.deep.equal({ orderStatus: '_fullyBilled', status: 'Billed' });
    const invoice = await readRecord(url, 'invoice', String(dig(wr, 'baseRef', '@internalId')));
    expect(dig(invoice, 'total')).to.equal('150.00');
  });

  it('refuses to bill more than is left, naming the line', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '5' }] });
    await addRecord(url, billing(order, [{ orderLine: 1, item: widget, quantity: '3' }]));
    const wr = await write(url, 'add', billing(order, [{ orderLine: 1, item: widget, quantity: '3' }]));
    const st = statusOf(dig(wr, 'status'));
    expect(st).to.include({ isSuccess: false, code: 'INVALID_QTY' });
    expect(st.message).to.match(/Line 1: line 1 of Sales order #\d+ has 2 left to bill/);
  });

  it('counts two lines of one invoice against the same order line together', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '5' }] });
    const wr = await write(
      url,
      'add',
      billing(order, [
        { orderLine: 1, item: widget, quantity: '3' },
        { orderLine: 1, item: widget, quantity: '3' },
      ]),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_QTY' });
  });

  it('refuses an orderLine for another item or a line the order does not have', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '5' }] });
    expect(
      statusOf(
        dig(
          await write(url, 'add', billing(order, [{ orderLine: 1, item: install, quantity: '1' }])),
          'status',
        ),
      ).code,
    ).to.equal('INVALID_FLD_VALUE');
    expect(
      statusOf(
        dig(
          await write(url, 'add', billing(order, [{ orderLine: 9, item: widget, quantity: '1' }])),
          'status',
        ),
      ).code,
    ).to.equal('INVALID_FLD_VALUE');
  });

  it('gives the quantity back when an invoice is deleted', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: install, quantity: '2' }] });
    const invoice = await addRecord(url, billing(order, [{ orderLine: 1, item: install, quantity: '2' }]));
    expect((await orderStatusOf(url, order)).orderStatus).to.equal('_fullyBilled');
    await call(
      url,
      'delete',
      `<msgs:delete><msgs:baseRef xsi:type="core:RecordRef" type="invoice" internalId="${invoice}"/></msgs:delete>`,
    );
    expect((await orderStatusOf(url, order)).orderStatus).to.equal('_pendingBilling');
    expect(
      (await initialize(url, { type: 'invoice', reference: { type: 'salesOrder', internalId: order } }))
        .record,
    ).to.have.nested.property('itemList.item.quantity', '2');
  });

  it('gives back the difference when an invoice line is edited down', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: install, quantity: '4' }] });
    const invoice = await addRecord(url, billing(order, [{ orderLine: 1, item: install, quantity: '4' }]));
    const wr = await write(
      url,
      'update',
      `<msgs:record xsi:type="sales:Invoice" internalId="${invoice}"><sales:itemList replaceAll="false"><sales:item><sales:line>1</sales:line><sales:quantity>1</sales:quantity></sales:item></sales:itemList></msgs:record>`,
    );
    expect(statusOf(dig(wr, 'status')).isSuccess).to.equal(true);
    expect(
      (await initialize(url, { type: 'invoice', reference: { type: 'salesOrder', internalId: order } }))
        .record,
    ).to.have.nested.property('itemList.item.quantity', '3');
  });

  it('refuses deleting an order that has been billed', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: install, quantity: '1' }] });
    await addRecord(url, billing(order, [{ orderLine: 1, item: install, quantity: '1' }]));
    const reply = await call(
      url,
      'delete',
      `<msgs:delete><msgs:baseRef xsi:type="core:RecordRef" type="salesOrder" internalId="${order}"/></msgs:delete>`,
    );
    expect(statusOf(dig(reply.body, 'deleteResponse', 'writeResponse', 'status'))).to.include({
      isSuccess: false,
      code: 'CANT_DELETE_TRANS',
    });
  });

  it('refuses lowering an order line below what was billed', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: install, quantity: '3' }] });
    await addRecord(url, billing(order, [{ orderLine: 1, item: install, quantity: '2' }]));
    const wr = await write(
      url,
      'update',
      `<msgs:record xsi:type="sales:SalesOrder" internalId="${order}"><sales:itemList replaceAll="false"><sales:item><sales:quantity>1</sales:quantity><sales:line>1</sales:line></sales:item></sales:itemList></msgs:record>`,
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_QTY' });
  });

  it('refuses shipping more than was ordered, and shipping a service', async () => {
    const order = await addSalesOrder(url, {
      customer,
      lines: [
        { item: widget, quantity: '2' },
        { item: install, quantity: '1' },
      ],
    });
    expect(
      statusOf(
        dig(await write(url, 'add', fulfillmentXml(order, [{ orderLine: 1, quantity: '3' }])), 'status'),
      ).code,
    ).to.equal('INVALID_QTY');
    expect(
      statusOf(
        dig(await write(url, 'add', fulfillmentXml(order, [{ orderLine: 2, quantity: '1' }])), 'status'),
      ).code,
    ).to.equal('INVALID_FLD_VALUE');
  });

  it('moves the order back when a fulfillment is deleted', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '2' }] });
    const shipped = await addFulfillment(url, order, [{ orderLine: 1, quantity: '2' }]);
    expect((await orderStatusOf(url, order)).orderStatus).to.equal('_pendingBilling');
    await call(
      url,
      'delete',
      `<msgs:delete><msgs:baseRef xsi:type="core:RecordRef" type="itemFulfillment" internalId="${shipped}"/></msgs:delete>`,
    );
    expect((await orderStatusOf(url, order)).orderStatus).to.equal('_pendingFulfillment');
  });

  it('approves a pending-approval order, then bills it', async () => {
    const order = await addSalesOrder(url, {
      customer,
      orderStatus: '_pendingApproval',
      lines: [{ item: install, quantity: '1' }],
    });
    expect((await orderStatusOf(url, order)).status).to.equal('Pending Approval');
    expect(
      statusOf(
        dig(
          await write(url, 'add', billing(order, [{ orderLine: 1, item: install, quantity: '1' }])),
          'status',
        ),
      ).code,
    ).to.equal('INVALID_FLD_VALUE');
    await write(
      url,
      'update',
      `<msgs:record xsi:type="sales:SalesOrder" internalId="${order}"><sales:orderStatus>_pendingFulfillment</sales:orderStatus></msgs:record>`,
    );
    expect((await orderStatusOf(url, order)).orderStatus).to.equal('_pendingBilling');
    expect(
      statusOf(
        dig(
          await write(url, 'add', billing(order, [{ orderLine: 1, item: install, quantity: '1' }])),
          'status',
        ),
      ).isSuccess,
    ).to.equal(true);
  });
});
