/**
 * Two (or more) clients that initialize and add invoices from the same sales order at the same time never
 * bill more than was ordered. Each client runs initialize -> add on its own connection, all at once.
 */
import { expect } from 'chai';
import { addCustomer, statusOf } from '../support/records';
import {
  addInitialized,
  addInventoryItem,
  addSalesOrder,
  initialize,
  orderStatusOf,
} from '../support/orders';
import { dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { readRecord } from '../support/records';

describe(`concurrent billing of one sales order (${TEST_DB})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  it('eight clients racing to bill a 5-unit order bill exactly 5 units in total', async () => {
    const url = s.endpoint();
    const customer = await addCustomer(url, 'Race Co');
    const item = await addInventoryItem(url, 'Racer', '1.00');
    const order = await addSalesOrder(url, { customer, lines: [{ item, quantity: '5' }] });

    // Every client initializes first (all see 5 left), then all add what they saw, concurrently.
    const drafts = await Promise.all(
      Array.from({ length: 8 }, () =>
        initialize(url, { type: 'invoice', reference: { type: 'salesOrder', internalId: order } }),
      ),
    );
    const oneEach = drafts.map((d) =>
      d.xml.replace(
        /<tranSales:quantity>5<\/tranSales:quantity>/,
        '<tranSales:quantity>1</tranSales:quantity>',
      ),
    );
    const results = await Promise.all(oneEach.map((xml) => addInitialized(url, xml)));
    const ok = results.filter((wr) => statusOf(dig(wr, 'status')).isSuccess);
    const refused = results.filter((wr) => !statusOf(dig(wr, 'status')).isSuccess);
    expect(ok).to.have.length(5);
    expect(refused.map((wr) => statusOf(dig(wr, 'status')).code)).to.deep.equal([
      'INVALID_QTY',
      'INVALID_QTY',
      'INVALID_QTY',
    ]);

    let billed = 0;
    for (const wr of ok) {
      const invoice = await readRecord(url, 'invoice', String(dig(wr, 'baseRef', '@internalId')));
      billed += many(dig(invoice, 'itemList', 'item')).reduce((n, l) => n + Number(dig(l, 'quantity')), 0);
    }
    expect(billed).to.equal(5);
    expect((await orderStatusOf(url, order)).orderStatus).to.equal('_fullyBilled');
  });

  it('two clients adding the whole remainder at once: one succeeds, one is refused', async () => {
    const url = s.endpoint();
    const customer = await addCustomer(url, 'Pair Co');
    const item = await addInventoryItem(url, 'Pair', '3.00');
    const order = await addSalesOrder(url, { customer, lines: [{ item, quantity: '7' }] });
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        initialize(url, { type: 'invoice', reference: { type: 'salesOrder', internalId: order } }),
      ),
    );
    const results = await Promise.all([a!, b!].map((d) => addInitialized(url, d.xml)));
    expect(results.map((wr) => statusOf(dig(wr, 'status')).isSuccess).sort()).to.deep.equal([false, true]);
  });
});
