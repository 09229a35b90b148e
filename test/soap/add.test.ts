/**
 * add: a record goes in, a RecordRef comes out; the record reads back with its computed fields. A record
 * the server refuses is reported in writeResponse/status (HTTP 200), never as a Fault, and leaves nothing.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import {
  addCustomer,
  addRecord,
  addInvoice,
  addServiceItem,
  customerXml,
  getRecord,
  invoiceParties,
  invoiceXml,
  readRecord,
  statusOf,
  write,
} from '../support/records';
import { call, dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`add (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
  });
  after(() => s.close());

  it('adds a customer and answers with a typed RecordRef', async () => {
    const r = await call(
      url,
      'add',
      `<msgs:add>${customerXml('Acme Inc', { externalId: 'CUST-1' })}</msgs:add>`,
    );
    expect(r.status).to.equal(200);
    const wr = dig(r.body, 'addResponse', 'writeResponse');
    expect(dig(wr, 'status', '@isSuccess')).to.equal('true');
    expect(dig(wr, 'baseRef')).to.deep.include({
      '@xsi:type': 'platformCore:RecordRef',
      '@type': 'customer',
      '@externalId': 'CUST-1',
    });
    expect(dig(wr, 'baseRef', '@internalId')).to.match(/^\d+$/);
  });

  it('adds an invoice whose subTotal and total are computed exactly', async () => {
    const customer = await addCustomer(url, 'Exact Co');
    const item = await addServiceItem(url, 'Hours');
    const wr = await write(
      url,
      'add',
      invoiceXml({
        customer,
        lines: [
          { item, quantity: '3', rate: '19.99' },
          { item, quantity: '3', rate: '0.1' },
        ],
      }),
    );
    const rec = await readRecord(url, 'invoice', String(dig(wr, 'baseRef', '@internalId')));
    expect(dig(rec, 'subTotal')).to.equal('60.27');
    expect(dig(rec, 'total')).to.equal('60.27');
    expect(dig(rec, 'status')).to.equal('Open');
    expect(dig(rec, 'entity', 'name')).to.equal('Exact Co');
  });

  it('adds a subsidiary and a non-inventory item, and bills the item on an invoice of that subsidiary', async () => {
    const subsidiary = await addRecord(
      url,
      '<msgs:record xsi:type="acct:Subsidiary" externalId="SUB-EU"><acct:name>Billwire Europe</acct:name>' +
        '<acct:legalName>Billwire Europe B.V.</acct:legalName></msgs:record>',
    );
    const item = await addRecord(
      url,
      '<msgs:record xsi:type="acct:NonInventorySaleItem"><acct:itemId>Printed manual</acct:itemId>' +
        '<acct:rate>12.50</acct:rate></msgs:record>',
    );
    const sub = await readRecord(url, 'subsidiary', subsidiary);
    expect([dig(sub, '@xsi:type'), dig(sub, 'name'), dig(sub, 'legalName')]).to.deep.equal([
      'listAcct:Subsidiary',
      'Billwire Europe',
      'Billwire Europe B.V.',
    ]);
    const nonInventory = await readRecord(url, 'nonInventorySaleItem', item);
    expect([dig(nonInventory, '@xsi:type'), dig(nonInventory, 'itemId')]).to.deep.equal([
      'listAcct:NonInventorySaleItem',
      'Printed manual',
    ]);
    const customer = await addCustomer(url, 'Manual Buyer');
    const invoice = await addRecord(
      url,
      invoiceXml({
        customer,
        fields: `<sales:subsidiary internalId="${subsidiary}"/>`,
        lines: [{ item, quantity: '4' }],
      }),
    );
    const rec = await readRecord(url, 'invoice', invoice);
    expect(dig(rec, 'subsidiary', 'name')).to.equal('Billwire Europe');
    expect(dig(rec, 'itemList', 'item', 'item', 'name')).to.equal('Printed manual');
    expect(dig(rec, 'total')).to.equal('50.00');
  });

  it('answers an invoice for a customer that does not exist with INVALID_KEY_OR_REF, and stores nothing', async () => {
    const { item } = await invoiceParties(url);
    const wr = await write(
      url,
      'add',
      invoiceXml({ customer: '999999', externalId: 'NO-CUSTOMER', lines: [{ item, rate: '1' }] }),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_KEY_OR_REF' });
    expect(dig(wr, 'baseRef')).to.equal(undefined);
    const after = await getRecord(url, 'invoice', { externalId: 'NO-CUSTOMER' });
    expect(after.status).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
  });

  it('answers an invoice line for an item that does not exist with INVALID_KEY_OR_REF', async () => {
    const { customer } = await invoiceParties(url);
    const wr = await write(url, 'add', invoiceXml({ customer, lines: [{ item: '999999', rate: '1' }] }));
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_KEY_OR_REF' });
  });

  it('answers an invoice without entity with MISSING_REQD_FLD', async () => {
    const { item } = await invoiceParties(url);
    const wr = await write(url, 'add', invoiceXml({ lines: [{ item, rate: '1' }] }));
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'MISSING_REQD_FLD' });
  });

  it('refuses a second record with an externalId already in use (DUP_RCRD) and keeps the first', async () => {
    await write(url, 'add', customerXml('First', { externalId: 'DUP-1' }));
    const wr = await write(url, 'add', customerXml('Second', { externalId: 'DUP-1' }));
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'DUP_RCRD' });
    const rec = await readRecord(url, 'customer', { externalId: 'DUP-1' });
    expect(dig(rec, 'companyName')).to.equal('First');
  });

  it('takes tranDate as the calendar date the client wrote and returns it as midnight in the account zone', async () => {
    const { customer, item } = await invoiceParties(url);
    const id = await addInvoice(url, {
      customer,
      tranDate: '2024-07-04T23:30:00.000+09:00',
      lines: [{ item, rate: '5' }],
    });
    const rec = await readRecord(url, 'invoice', id);
    expect(dig(rec, 'tranDate')).to.equal('2024-07-04T00:00:00.000-07:00');
  });

  describe('through node-soap (a client built from the served WSDL)', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('adds a customer, an item and an invoice with lines, an address and a custom field', async () => {
      const customer = await ns.call('add', {
        record: {
          attributes: { ...ns.type('listRel', 'Customer'), externalId: 'NS-CUST' },
          companyName: 'Node Co',
        },
      });
      expect(nsStatus(dig(customer, 'writeResponse', 'status'))).to.deep.equal({ isSuccess: true });
      const customerId = String(dig(customer, 'writeResponse', 'baseRef', 'attributes', 'internalId'));
      const item = await ns.call('add', {
        record: { attributes: ns.type('listAcct', 'ServiceSaleItem'), itemId: 'Node hours', rate: 80 },
      });
      const itemId = String(dig(item, 'writeResponse', 'baseRef', 'attributes', 'internalId'));

      const res = await ns.call('add', {
        record: {
          attributes: { ...ns.type('tranSales', 'Invoice'), externalId: 'NS-INV-1' },
          entity: { attributes: { internalId: customerId } },
          tranDate: '2024-03-01T00:00:00.000-08:00',
          memo: 'From node-soap',
          billingAddress: { 'platformCommon:country': '_unitedStates', 'platformCommon:city': 'Austin' },
          itemList: {
            item: [
              { item: { attributes: { internalId: itemId } }, quantity: 3, rate: '120.00' },
              { item: { attributes: { internalId: itemId } }, quantity: 2 },
            ],
          },
          customFieldList: {
            'platformCore:customField': [
              {
                attributes: {
                  ...ns.type('platformCore', 'StringCustomFieldRef'),
                  scriptId: 'custbody_channel',
                },
                'platformCore:value': 'web',
              },
            ],
          },
        },
      });
      const wr = dig(res, 'writeResponse');
      expect(nsStatus(dig(wr, 'status'))).to.deep.equal({ isSuccess: true });
      expect(dig(wr, 'baseRef', 'attributes')).to.include({
        'xsi:type': 'platformCore:RecordRef',
        type: 'invoice',
        externalId: 'NS-INV-1',
      });

      const got = await ns.call('get', {
        baseRef: {
          attributes: { ...ns.type('platformCore', 'RecordRef'), type: 'invoice', externalId: 'NS-INV-1' },
        },
      });
      const rec = dig(got, 'readResponse', 'record');
      expect(dig(rec, 'attributes', 'xsi:type')).to.equal('tranSales:Invoice');
      expect(dig(rec, 'entity', 'name')).to.equal('Node Co');
      expect(dig(rec, 'memo')).to.equal('From node-soap');
      expect(dig(rec, 'billingAddress', 'city')).to.equal('Austin');
      expect(dig(rec, 'subTotal')).to.equal(520);
      expect(many(dig(rec, 'itemList', 'item')).map((l) => dig(l, 'amount'))).to.deep.equal([360, 160]);
      expect(dig(rec, 'customFieldList', 'customField')).to.deep.include({
        attributes: { 'xsi:type': 'platformCore:StringCustomFieldRef', scriptId: 'custbody_channel' },
        value: 'web',
      });
    });

    it('sees INVALID_KEY_OR_REF in the status of an invoice for a missing customer', async () => {
      const res = await ns.call('add', {
        record: {
          attributes: ns.type('tranSales', 'Invoice'),
          entity: { attributes: { internalId: '999999' } },
        },
      });
      expect(nsStatus(dig(res, 'writeResponse', 'status'))).to.deep.equal({
        isSuccess: false,
        code: 'INVALID_KEY_OR_REF',
      });
    });
  });
});
