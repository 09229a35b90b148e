/**
 * initialize / initializeList: an unsaved record prefilled from a sales order, a customer or an estimate,
 * which the client may add back as it came.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addCustomer, addRecord, customerXml, itemListXml, readRecord, statusOf } from '../support/records';
import {
  addFulfillment,
  addInitialized,
  addInventoryItem,
  addSalesOrder,
  addTerm,
  billedLines,
  initialize,
  initializeRecordXml,
  orderStatusOf,
} from '../support/orders';
import { signedPassport, passportXml, type Credentials } from '../support/passport';
import { call, dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`initialize (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let customer: string;
  let widget: string;
  let gadget: string;
  let net30: string;

  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    net30 = await addTerm(url, 'Net 30', '<acct:daysUntilNetDue>30</acct:daysUntilNetDue>');
    customer = await addRecord(
      url,
      customerXml('Orders Inc', { inner: `<rel:terms internalId="${net30}"/>` }),
    );
    widget = await addInventoryItem(url, 'Widget', '10.00');
    gadget = await addInventoryItem(url, 'Gadget', '2.50');
  });
  after(() => s.close());

  const fromOrder = (order: string) => ({
    type: 'invoice',
    reference: { type: 'salesOrder', internalId: order },
  });

  it('prefills an invoice from a sales order: customer, terms, createdFrom and one line per line left to bill', async () => {
    const order = await addSalesOrder(url, {
      customer,
      fields: '<sales:memo>PO 77</sales:memo>',
      lines: [
        { item: widget, quantity: '5' },
        { item: gadget, quantity: '4', rate: '2.25' },
      ],
    });
    const { status, record } = await initialize(url, fromOrder(order));
    expect(status.isSuccess).to.equal(true);
    expect(dig(record, '@internalId'), 'an initialized record is not saved').to.equal(undefined);
    expect(dig(record, '@xsi:type')).to.equal('tranSales:Invoice');
    expect(dig(record, 'entity', '@internalId')).to.equal(customer);
    expect(dig(record, 'terms', '@internalId')).to.equal(net30);
    expect(dig(record, 'createdFrom', '@internalId')).to.equal(order);
    expect(dig(record, 'memo')).to.equal('PO 77');
    const lines = many(dig(record, 'itemList', 'item'));
    expect(
      lines.map((l) => [
        dig(l, 'orderLine'),
        dig(l, 'item', '@internalId'),
        dig(l, 'quantity'),
        dig(l, 'rate'),
        dig(l, 'quantityOrdered'),
        dig(l, 'quantityRemaining'),
      ]),
    ).to.deep.equal([
      ['1', widget, '5', '10', '5', '5'],
      ['2', gadget, '4', '2.25', '4', '4'],
    ]);
    expect(dig(record, 'total')).to.equal('59.00');
  });

  it('leaves out lines already billed and bills only what is left', async () => {
    const order = await addSalesOrder(url, {
      customer,
      lines: [
        { item: widget, quantity: '5' },
        { item: gadget, quantity: '4' },
      ],
    });
    const first = await initialize(url, fromOrder(order));
    // Bill 2 widgets and all gadgets.
    const partial = first.xml.replace(
      /<tranSales:quantity>5<\/tranSales:quantity>/,
      '<tranSales:quantity>2</tranSales:quantity>',
    );
    expect(statusOf(dig(await addInitialized(url, partial), 'status')).isSuccess).to.equal(true);
    const second = await initialize(url, fromOrder(order));
    expect(billedLines(second.record)).to.deep.equal([['1', '3']]);
  });

  it('adds the initialized record back as it came (read-only fields included, with ignoreReadOnlyFields)', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '1' }] });
    const { xml } = await initialize(url, fromOrder(order));
    const wr = await addInitialized(url, xml);
    expect(statusOf(dig(wr, 'status'))).to.deep.equal({ isSuccess: true });
    const invoice = await readRecord(url, 'invoice', String(dig(wr, 'baseRef', '@internalId')));
    expect([
      dig(invoice, 'createdFrom', '@internalId'),
      dig(invoice, 'total'),
      dig(invoice, 'status'),
    ]).to.deep.equal([order, '10.00', 'Open']);
    expect(await orderStatusOf(url, order)).to.deep.equal({ orderStatus: '_fullyBilled', status: 'Billed' });
  });

  it('bills exactly what an item fulfillment shipped when it is the auxReference', async () => {
    const order = await addSalesOrder(url, {
      customer,
      lines: [
        { item: widget, quantity: '5' },
        { item: gadget, quantity: '4' },
      ],
    });
    const shipped = await addFulfillment(url, order, [{ orderLine: 2, quantity: '3' }]);
    const { status, record } = await initialize(url, {
      ...fromOrder(order),
      auxReference: { type: 'itemFulfillment', internalId: shipped },
    });
    expect(status.isSuccess).to.equal(true);
    expect(billedLines(record)).to.deep.equal([['2', '3']]);
  });

  it('bills each shipment once: a fulfillment already billed has nothing left, the next one its own quantity', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '4' }] });
    const first = await addFulfillment(url, order, [{ orderLine: 1, quantity: '2' }]);
    const second = await addFulfillment(url, order, [{ orderLine: 1, quantity: '2' }]);
    const from = (shipment: string) =>
      initialize(url, {
        ...fromOrder(order),
        auxReference: { type: 'itemFulfillment', internalId: shipment },
      });
    const billed = await addInitialized(url, (await from(first)).xml);
    expect(statusOf(dig(billed, 'status'))).to.deep.equal({ isSuccess: true });
    const again = await from(first);
    expect(again.status).to.include({ isSuccess: false, code: 'INVALID_INITIALIZE_REF' });
    expect(again.status.message).to.match(/nothing left to bill from that fulfillment/);
    expect(billedLines((await from(second)).record)).to.deep.equal([['1', '2']]);
  });

  it('refuses an auxReference fulfillment of another order with INVALID_INITIALIZE_AUXREF', async () => {
    const a = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '1' }] });
    const b = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '1' }] });
    const shippedB = await addFulfillment(url, b, [{ orderLine: 1, quantity: '1' }]);
    const { status } = await initialize(url, {
      ...fromOrder(a),
      auxReference: { type: 'itemFulfillment', internalId: shippedB },
    });
    expect(status).to.include({ isSuccess: false, code: 'INVALID_INITIALIZE_AUXREF' });
  });

  it('leaves out closed lines', async () => {
    const order = await addSalesOrder(url, {
      customer,
      lines: [
        { item: widget, quantity: '1', extra: '' },
        { item: gadget, quantity: '2' },
      ],
    });
    await call(
      url,
      'update',
      `<msgs:update><msgs:record xsi:type="sales:SalesOrder" internalId="${order}"><sales:itemList replaceAll="false"><sales:item><sales:line>1</sales:line><sales:isClosed>true</sales:isClosed></sales:item></sales:itemList></msgs:record></msgs:update>`,
    );
    expect(billedLines((await initialize(url, fromOrder(order))).record)).to.deep.equal([['2', '2']]);
  });

  it('answers INVALID_INITIALIZE_REF for an order with nothing left to bill', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '1' }] });
    await addInitialized(url, (await initialize(url, fromOrder(order))).xml);
    const { status } = await initialize(url, fromOrder(order));
    expect(status).to.include({ isSuccess: false, code: 'INVALID_INITIALIZE_REF' });
    expect(status.message).to.match(/nothing left to bill/);
  });

  it('answers INVALID_INITIALIZE_REF for an order that does not exist', async () => {
    expect((await initialize(url, fromOrder('999999'))).status).to.include({
      isSuccess: false,
      code: 'INVALID_INITIALIZE_REF',
    });
  });

  it('refuses an order still pending approval', async () => {
    const order = await addSalesOrder(url, {
      customer,
      orderStatus: '_pendingApproval',
      lines: [{ item: widget, quantity: '1' }],
    });
    expect((await initialize(url, fromOrder(order))).status).to.include({
      isSuccess: false,
      code: 'INVALID_INITIALIZE_REF',
    });
  });

  it('prefills an empty invoice from a customer with its defaults', async () => {
    const { status, record } = await initialize(url, {
      type: 'invoice',
      reference: { type: 'customer', internalId: customer },
    });
    expect(status.isSuccess).to.equal(true);
    expect([
      dig(record, 'entity', '@internalId'),
      dig(record, 'terms', '@internalId'),
      dig(record, 'itemList'),
    ]).to.deep.equal([customer, net30, undefined]);
  });

  it("copies an estimate's lines into an invoice", async () => {
    const estimate = await addRecord(
      url,
      `<msgs:record xsi:type="sales:Estimate"><sales:entity internalId="${customer}"/>${itemListXml([{ item: gadget, quantity: '3', rate: '4.00' }])}</msgs:record>`,
    );
    const { status, record } = await initialize(url, {
      type: 'invoice',
      reference: { type: 'estimate', internalId: estimate },
    });
    expect(status.isSuccess).to.equal(true);
    expect(dig(record, 'createdFrom', '@internalId')).to.equal(estimate);
    expect(
      many(dig(record, 'itemList', 'item')).map((l) => [
        dig(l, 'item', '@internalId'),
        dig(l, 'quantity'),
        dig(l, 'amount'),
      ]),
    ).to.deep.equal([[gadget, '3', '12.00']]);
  });

  it('prefills an item fulfillment with the lines left to ship', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '5' }] });
    await addFulfillment(url, order, [{ orderLine: 1, quantity: '2' }]);
    const { record } = await initialize(url, {
      type: 'itemFulfillment',
      reference: { type: 'salesOrder', internalId: order },
    });
    expect(billedLines(record)).to.deep.equal([['1', '3']]);
  });

  it('refuses a record type it cannot initialize with INVALID_RCRD_INITIALIZE', async () => {
    expect(
      (await initialize(url, { type: 'cashSale', reference: { type: 'salesOrder', internalId: '1' } }))
        .status,
    ).to.include({ isSuccess: false, code: 'INVALID_RCRD_INITIALIZE' });
  });

  it('refuses a reference type the target cannot start from with INVALID_INITIALIZE_REF', async () => {
    expect(
      (await initialize(url, { type: 'invoice', reference: { type: 'opportunity', internalId: '1' } }))
        .status,
    ).to.include({ isSuccess: false, code: 'INVALID_INITIALIZE_REF' });
  });

  it('initializeList answers one readResponse per initializeRecord, in order', async () => {
    const order = await addSalesOrder(url, { customer, lines: [{ item: widget, quantity: '1' }] });
    const reply = await call(
      url,
      'initializeList',
      `<msgs:initializeList>${initializeRecordXml(fromOrder(order))}${initializeRecordXml(fromOrder('424242'))}${initializeRecordXml({ type: 'invoice', reference: { type: 'customer', internalId: customer } })}</msgs:initializeList>`,
    );
    const rrs = many(dig(reply.body, 'initializeListResponse', 'readResponseList', 'readResponse'));
    expect(rrs.map((r) => statusOf(dig(r, 'status')).code ?? 'ok')).to.deep.equal([
      'ok',
      'INVALID_INITIALIZE_REF',
      'ok',
    ]);
  });
});

describe(`initialize by quantity fulfilled (${TEST_DB})`, () => {
  let s: TestServer;
  let dir: string;
  const creds: Credentials = {
    account: 'FULFILLED1',
    consumerKey: 'ck-f',
    consumerSecret: 'cs-f',
    tokenId: 'tk-f',
    tokenSecret: 'ts-f',
  };
  const as = () => ({ passport: passportXml(signedPassport(creds)) });

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-accounts-'));
    const file = path.join(dir, 'accounts.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        accounts: [
          {
            id: creds.account,
            billingBasis: 'fulfilled',
            credentials: [
              {
                consumerKey: creds.consumerKey,
                consumerSecret: creds.consumerSecret,
                tokenId: creds.tokenId,
                tokenSecret: creds.tokenSecret,
              },
            ],
          },
        ],
      }),
    );
    s = await startTestServer({ env: { BILLWIRE_ACCOUNTS_FILE: file } });
  });
  after(async () => {
    await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('bills fulfilled − billed for shipped items, and services in full', async () => {
    const url = s.endpoint();
    const customer = await addCustomer(url, 'Ships Co', as());
    const widget = await addRecord(
      url,
      '<msgs:record xsi:type="acct:InventoryItem"><acct:itemId>W</acct:itemId><acct:rate>1</acct:rate></msgs:record>',
      as(),
    );
    const service = await addRecord(
      url,
      '<msgs:record xsi:type="acct:ServiceSaleItem"><acct:itemId>S</acct:itemId><acct:rate>5</acct:rate></msgs:record>',
      as(),
    );
    const order = await addRecord(
      url,
      `<msgs:record xsi:type="sales:SalesOrder"><sales:entity internalId="${customer}"/>${itemListXml([
        { item: widget, quantity: '10' },
        { item: service, quantity: '2' },
      ])}</msgs:record>`,
      as(),
    );
    const none = await initialize(
      url,
      { type: 'invoice', reference: { type: 'salesOrder', internalId: order } },
      as(),
    );
    expect(billedLines(none.record)).to.deep.equal([['2', '2']]);
    await addRecord(
      url,
      `<msgs:record xsi:type="sales:ItemFulfillment"><sales:createdFrom internalId="${order}"/><sales:itemList><sales:item><sales:quantity>4</sales:quantity><sales:orderLine>1</sales:orderLine></sales:item></sales:itemList></msgs:record>`,
      as(),
    );
    const some = await initialize(
      url,
      { type: 'invoice', reference: { type: 'salesOrder', internalId: order } },
      as(),
    );
    expect(billedLines(some.record)).to.deep.equal([
      ['1', '4'],
      ['2', '2'],
    ]);
  });
});
