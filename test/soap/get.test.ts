/**
 * get: a RecordRef (type plus internalId or externalId) in, the whole record out, typed with xsi:type, its
 * fields in the schema's order and its references named. A record that does not exist is a per-record
 * status (RCRD_DSNT_EXIST, HTTP 200), not a Fault.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import { addInvoice, baseRefXml, getRecord, invoiceParties, readRecord } from '../support/records';
import { call, childOrder, dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

/** Invoice fields in tranSales:Invoice's sequence (facts sheet §5), as far as Billwire returns them. */
const INVOICE_ORDER = [
  'createdDate',
  'lastModifiedDate',
  'entity',
  'tranDate',
  'tranId',
  'dueDate',
  'otherRefNum',
  'memo',
  'amountPaid',
  'amountRemaining',
  'subTotal',
  'discountTotal',
  'taxTotal',
  'total',
  'status',
  'itemList',
  'customFieldList',
];

describe(`get (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let invoice: string;
  let parties: { customer: string; item: string };
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    parties = await invoiceParties(url);
    invoice = await addInvoice(url, {
      customer: parties.customer,
      externalId: 'GET-1',
      tranDate: '2024-03-01T00:00:00.000-08:00',
      memo: 'March services',
      fields: '<sales:otherRefNum>PO-5521</sales:otherRefNum>',
      lines: [
        { item: parties.item, quantity: '3', rate: '120.00' },
        { item: parties.item, quantity: '1', description: 'Setup' },
      ],
      customFieldList:
        '<sales:customFieldList><core:customField xsi:type="core:StringCustomFieldRef" scriptId="custbody_channel">' +
        '<core:value>web</core:value></core:customField></sales:customFieldList>',
    });
  });
  after(() => s.close());

  it('returns the invoice typed tranSales:Invoice with its internalId and externalId', async () => {
    const rec = await readRecord(url, 'invoice', invoice);
    expect(dig(rec, '@xsi:type')).to.equal('tranSales:Invoice');
    expect(dig(rec, '@internalId')).to.equal(invoice);
    expect(dig(rec, '@externalId')).to.equal('GET-1');
  });

  it('returns the fields as sent and the computed ones (tranId, totals, status)', async () => {
    const rec = await readRecord(url, 'invoice', invoice);
    expect(rec).to.deep.include({
      tranDate: '2024-03-01T00:00:00.000-08:00',
      otherRefNum: 'PO-5521',
      memo: 'March services',
      subTotal: '460.00',
      total: '460.00',
      amountPaid: '0.00',
      amountRemaining: '460.00',
      status: 'Open',
    });
    expect(dig(rec, 'tranId')).to.match(/^\S+$/);
  });

  it('names references: entity and line items carry a platformCore:name', async () => {
    const rec = await readRecord(url, 'invoice', invoice);
    expect(dig(rec, 'entity')).to.deep.equal({ '@internalId': parties.customer, name: 'Acme Inc' });
    const lines = many(dig(rec, 'itemList', 'item'));
    expect(lines.map((l) => dig(l, 'item'))).to.deep.equal([
      { '@internalId': parties.item, name: 'Consulting' },
      { '@internalId': parties.item, name: 'Consulting' },
    ]);
  });

  it('numbers the lines and prices a line without rate at the item base price', async () => {
    const rec = await readRecord(url, 'invoice', invoice);
    const lines = many(dig(rec, 'itemList', 'item'));
    expect(
      lines.map((l) => [dig(l, 'line'), dig(l, 'quantity'), dig(l, 'rate'), dig(l, 'amount')]),
    ).to.deep.equal([
      ['1', '3', '120', '360.00'],
      ['2', '1', '100', '100.00'],
    ]);
  });

  it('writes the record fields in the schema sequence order, customFieldList last', async () => {
    const r = await call(url, 'get', `<msgs:get>${baseRefXml('invoice', invoice)}</msgs:get>`);
    const order = childOrder(r.text, 'Envelope', 'Body', 'getResponse', 'readResponse', 'record');
    expect(order).to.deep.equal(INVOICE_ORDER);
    const line = childOrder(
      r.text,
      'Envelope',
      'Body',
      'getResponse',
      'readResponse',
      'record',
      'itemList',
      'item',
    );
    expect(line).to.deep.equal(['item', 'line', 'amount', 'quantity', 'rate']);
  });

  it('finds a record by externalId', async () => {
    const rec = await readRecord(url, 'invoice', { externalId: 'GET-1' });
    expect(dig(rec, '@internalId')).to.equal(invoice);
  });

  it('answers a missing record with isSuccess="false" and RCRD_DSNT_EXIST, in HTTP 200', async () => {
    const r = await call(url, 'get', `<msgs:get>${baseRefXml('invoice', '987654')}</msgs:get>`);
    expect(r.status).to.equal(200);
    expect(r.fault).to.equal(undefined);
    const rr = dig(r.body, 'getResponse', 'readResponse');
    expect(dig(rr, 'status', '@isSuccess')).to.equal('false');
    expect(dig(rr, 'status', 'statusDetail')).to.deep.include({ '@type': 'ERROR', code: 'RCRD_DSNT_EXIST' });
    expect(dig(rr, 'record')).to.equal(undefined);
  });

  it('answers an unknown externalId with RCRD_DSNT_EXIST', async () => {
    const { status } = await getRecord(url, 'invoice', { externalId: 'NOPE' });
    expect(status).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
  });

  it('does not find an invoice under another record type (RCRD_DSNT_EXIST)', async () => {
    const { status } = await getRecord(url, 'salesOrder', invoice);
    expect(status).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
  });

  it('reads a customer as listRel:Customer and a service item as listAcct:ServiceSaleItem', async () => {
    const customer = await readRecord(url, 'customer', parties.customer);
    expect(customer).to.deep.include({ '@xsi:type': 'listRel:Customer', companyName: 'Acme Inc' });
    const item = await readRecord(url, 'serviceSaleItem', parties.item);
    expect(item).to.deep.include({
      '@xsi:type': 'listAcct:ServiceSaleItem',
      itemId: 'Consulting',
      rate: '100.00',
    });
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('reads the invoice into typed values: numbers for doubles, Dates for dateTimes', async () => {
      const res = await ns.call('get', {
        baseRef: {
          attributes: { ...ns.type('platformCore', 'RecordRef'), type: 'invoice', internalId: invoice },
        },
      });
      const rec = dig(res, 'readResponse', 'record');
      expect(dig(rec, 'attributes')).to.deep.equal({
        'xsi:type': 'tranSales:Invoice',
        internalId: invoice,
        externalId: 'GET-1',
      });
      expect(dig(rec, 'total')).to.equal(460);
      expect(dig(rec, 'tranDate')).to.be.instanceOf(Date);
      expect((dig(rec, 'tranDate') as Date).toISOString()).to.equal('2024-03-01T08:00:00.000Z');
      expect(dig(rec, 'entity', 'name')).to.equal('Acme Inc');
      expect(many(dig(rec, 'itemList', 'item')).map((l) => dig(l, 'line'))).to.deep.equal([1, 2]);
    });

    it('sees RCRD_DSNT_EXIST for a missing record', async () => {
      const res = await ns.call('get', {
        baseRef: {
          attributes: { ...ns.type('platformCore', 'RecordRef'), type: 'invoice', internalId: '987654' },
        },
      });
      expect(nsStatus(dig(res, 'readResponse', 'status'))).to.deep.equal({
        isSuccess: false,
        code: 'RCRD_DSNT_EXIST',
      });
    });
  });
});
