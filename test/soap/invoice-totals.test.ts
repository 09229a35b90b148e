/**
 * An invoice's derived fields as a client reads them back: exact line amounts, discounts, tax, shipping,
 * terms and due dates, customer defaults, and recomputation on update.
 */
import { expect } from 'chai';
import {
  addCustomer,
  addInvoice,
  addRecord,
  customerXml,
  readRecord,
  write,
  statusOf,
} from '../support/records';
import {
  addDiscountItem,
  addInventoryItem,
  addSalesTaxItem,
  addTaxableService,
  addTerm,
} from '../support/orders';
import { dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`invoice totals, tax, discounts and terms (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let customer: string;
  let taxed: string;
  let untaxed: string;

  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    customer = await addCustomer(url, 'Totals Co');
    taxed = await addTaxableService(url, 'Taxed', '10.00');
    untaxed = await addInventoryItem(url, 'Plain', '19.99');
  });
  after(() => s.close());

  it('computes line amounts as quantity × rate, exactly (0.1 × 3 and 19.99 × 3)', async () => {
    const id = await addInvoice(url, {
      customer,
      lines: [
        { item: untaxed, quantity: '3', rate: '0.1' },
        { item: untaxed, quantity: '3', rate: '19.99' },
      ],
    });
    const r = await readRecord(url, 'invoice', id);
    expect(many(dig(r, 'itemList', 'item')).map((l) => dig(l, 'amount'))).to.deep.equal(['0.30', '59.97']);
    expect(dig(r, 'subTotal')).to.equal('60.27');
    expect(dig(r, 'total')).to.equal('60.27');
  });

  it('derives the rate from an amount sent without one, and takes the item price when neither is sent', async () => {
    const id = await addInvoice(url, {
      customer,
      lines: [
        { item: untaxed, quantity: '4', extra: '' },
        { item: untaxed, quantity: '2', extra: '' },
      ],
    });
    const r = await readRecord(url, 'invoice', id);
    expect(many(dig(r, 'itemList', 'item')).map((l) => [dig(l, 'rate'), dig(l, 'amount')])).to.deep.equal([
      ['19.99', '79.96'],
      ['19.99', '39.98'],
    ]);
    const byAmount = await addRecord(
      url,
      `<msgs:record xsi:type="sales:Invoice"><sales:entity internalId="${customer}"/><sales:itemList><sales:item><sales:item internalId="${untaxed}"/><sales:amount>10.00</sales:amount><sales:quantity>4</sales:quantity></sales:item></sales:itemList></msgs:record>`,
    );
    const line = many(dig(await readRecord(url, 'invoice', byAmount), 'itemList', 'item'))[0];
    expect([dig(line, 'rate'), dig(line, 'amount')]).to.deep.equal(['2.5', '10.00']);
  });

  it('applies a percentage discountRate before tax and taxes only taxable lines', async () => {
    const id = await addInvoice(url, {
      customer,
      fields: '<sales:discountRate>-10%</sales:discountRate><sales:taxRate>8.25</sales:taxRate>',
      lines: [
        { item: taxed, quantity: '5' },
        { item: untaxed, quantity: '1', rate: '100' },
      ],
    });
    const r = await readRecord(url, 'invoice', id);
    // subTotal 150; discount -15; taxable base 50 - 5 = 45; 45 × 8.25% = 3.7125 -> 3.71
    expect([dig(r, 'subTotal'), dig(r, 'discountTotal'), dig(r, 'taxTotal'), dig(r, 'total')]).to.deep.equal([
      '150.00',
      '-15.00',
      '3.71',
      '138.71',
    ]);
  });

  it('takes the discount from a discount item and the tax rate from a tax item', async () => {
    const discount = await addDiscountItem(url, 'Five off', '-5.00');
    const tax = await addSalesTaxItem(url, 'State tax', '10%');
    const id = await addInvoice(url, {
      customer,
      fields: `<sales:discountItem internalId="${discount}"/><sales:taxItem internalId="${tax}"/>`,
      lines: [{ item: taxed, quantity: '10' }],
    });
    const r = await readRecord(url, 'invoice', id);
    expect([
      dig(r, 'discountRate'),
      dig(r, 'discountTotal'),
      dig(r, 'taxRate'),
      dig(r, 'taxTotal'),
      dig(r, 'total'),
    ]).to.deep.equal(['-5.00', '-5.00', '10', '9.50', '104.50']);
  });

  it('taxes a line at its own tax code and reports tax1Amt on it', async () => {
    const vat = await addSalesTaxItem(url, 'VAT 20', '20%');
    const id = await addInvoice(url, {
      customer,
      lines: [{ item: taxed, quantity: '1', rate: '19.99', extra: `<sales:taxCode internalId="${vat}"/>` }],
    });
    const line = many(dig(await readRecord(url, 'invoice', id), 'itemList', 'item'))[0];
    expect([dig(line, 'taxRate1'), dig(line, 'tax1Amt'), dig(line, 'grossAmt')]).to.deep.equal([
      '20',
      '4.00',
      '23.99',
    ]);
  });

  it('adds shipping and handling to the total', async () => {
    const id = await addInvoice(url, {
      customer,
      fields: '<sales:shippingCost>4.95</sales:shippingCost><sales:handlingCost>1.05</sales:handlingCost>',
      lines: [{ item: untaxed, quantity: '1', rate: '10' }],
    });
    expect(dig(await readRecord(url, 'invoice', id), 'total')).to.equal('16.00');
  });

  it('sets dueDate from the terms: Net 30 after tranDate', async () => {
    const net30 = await addTerm(url, 'Net 30', '<acct:daysUntilNetDue>30</acct:daysUntilNetDue>');
    const id = await addInvoice(url, {
      customer,
      tranDate: '2024-03-01T00:00:00.000-08:00',
      fields: `<sales:terms internalId="${net30}"/>`,
      lines: [{ item: untaxed, quantity: '1' }],
    });
    expect(dig(await readRecord(url, 'invoice', id), 'dueDate')).to.match(
      /^2024-03-31T00:00:00\.000[-+]\d{2}:\d{2}$/,
    );
  });

  it('takes terms from the customer when the invoice names none, with the early-payment discount', async () => {
    const term = await addTerm(
      url,
      '2% 10 Net 30',
      '<acct:daysUntilNetDue>30</acct:daysUntilNetDue><acct:discountPercent>2</acct:discountPercent><acct:daysUntilExpiry>10</acct:daysUntilExpiry>',
    );
    const buyer = await addRecord(
      url,
      customerXml('Termed Co', { inner: `<rel:terms internalId="${term}"/>` }),
    );
    const id = await addInvoice(url, {
      customer: buyer,
      tranDate: '2024-03-01T00:00:00Z',
      lines: [{ item: untaxed, quantity: '1', rate: '100' }],
    });
    const r = await readRecord(url, 'invoice', id);
    expect(dig(r, 'terms', '@internalId')).to.equal(term);
    expect(String(dig(r, 'dueDate')).slice(0, 10)).to.equal('2024-03-31');
    expect(String(dig(r, 'discountDate')).slice(0, 10)).to.equal('2024-03-11');
    expect(dig(r, 'discountAmount')).to.equal('2.00');
  });

  it('recomputes every derived field on update and moves the due date with tranDate', async () => {
    const net10 = await addTerm(url, 'Net 10', '<acct:daysUntilNetDue>10</acct:daysUntilNetDue>');
    const id = await addInvoice(url, {
      customer,
      tranDate: '2024-05-01T00:00:00Z',
      fields: `<sales:terms internalId="${net10}"/>`,
      lines: [{ item: untaxed, quantity: '1', rate: '10' }],
    });
    const wr = await write(
      url,
      'update',
      `<msgs:record xsi:type="sales:Invoice" internalId="${id}"><sales:tranDate>2024-06-01T00:00:00Z</sales:tranDate><sales:itemList replaceAll="false"><sales:item><sales:line>1</sales:line><sales:quantity>7</sales:quantity></sales:item></sales:itemList></msgs:record>`,
    );
    expect(statusOf(dig(wr, 'status')).isSuccess).to.equal(true);
    const r = await readRecord(url, 'invoice', id);
    expect([
      dig(r, 'total'),
      dig(r, 'amountRemaining'),
      String(dig(r, 'dueDate')).slice(0, 10),
    ]).to.deep.equal(['70.00', '70.00', '2024-06-11']);
  });

  it('refuses a discountRate that is neither a percentage nor an amount', async () => {
    const wr = await write(
      url,
      'add',
      `<msgs:record xsi:type="sales:Invoice"><sales:entity internalId="${customer}"/><sales:discountRate>a lot</sales:discountRate><sales:itemList><sales:item><sales:item internalId="${untaxed}"/></sales:item></sales:itemList></msgs:record>`,
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_FLD_VALUE' });
  });

  it('refuses an invoice without lines', async () => {
    const wr = await write(
      url,
      'add',
      `<msgs:record xsi:type="sales:Invoice"><sales:entity internalId="${customer}"/></msgs:record>`,
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'VALID_LINE_ITEM_REQD' });
  });
});
