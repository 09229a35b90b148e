/**
 * add: a record goes in, a RecordRef comes out; the record reads back with its computed fields.
 */
import { expect } from 'chai';
import { call, dig } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`add (${TEST_DB})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  it('adds a customer and answers with a typed RecordRef', async () => {
    const r = await call(
      s.endpoint(),
      'add',
      '<msgs:add><msgs:record xsi:type="rel:Customer" externalId="CUST-1"><rel:companyName>Acme Inc</rel:companyName></msgs:record></msgs:add>',
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
    const c = await call(
      s.endpoint(),
      'add',
      '<msgs:add><msgs:record xsi:type="rel:Customer"><rel:companyName>Exact Co</rel:companyName></msgs:record></msgs:add>',
    );
    const customerId = dig(c.body, 'addResponse', 'writeResponse', 'baseRef', '@internalId');
    const i = await call(
      s.endpoint(),
      'add',
      '<msgs:add><msgs:record xsi:type="acct:ServiceSaleItem"><acct:itemId>Hours</acct:itemId></msgs:record></msgs:add>',
    );
    const itemId = dig(i.body, 'addResponse', 'writeResponse', 'baseRef', '@internalId');
    const r = await call(
      s.endpoint(),
      'add',
      `<msgs:add><msgs:record xsi:type="sales:Invoice"><sales:entity internalId="${customerId}"/>` +
        `<sales:itemList><sales:item><sales:item internalId="${itemId}"/><sales:quantity>3</sales:quantity><sales:rate>19.99</sales:rate></sales:item>` +
        `<sales:item><sales:item internalId="${itemId}"/><sales:quantity>3</sales:quantity><sales:rate>0.1</sales:rate></sales:item></sales:itemList>` +
        '</msgs:record></msgs:add>',
    );
    const invoiceId = dig(r.body, 'addResponse', 'writeResponse', 'baseRef', '@internalId');
    const g = await call(
      s.endpoint(),
      'get',
      `<msgs:get><msgs:baseRef xsi:type="core:RecordRef" type="invoice" internalId="${invoiceId}"/></msgs:get>`,
    );
    const rec = dig(g.body, 'getResponse', 'readResponse', 'record');
    expect(dig(rec, 'subTotal')).to.equal('60.27');
    expect(dig(rec, 'total')).to.equal('60.27');
    expect(dig(rec, 'status')).to.equal('Open');
    expect(dig(rec, 'entity', 'name')).to.equal('Exact Co');
  });
});
