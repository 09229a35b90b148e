/**
 * nullFieldList: an update clears the body fields and custom fields (by scriptId) it names; everything
 * else stays. A name that is no field of the record is refused with INVALID_FIELD_NAME_FOR_NULL.
 */
import { expect } from 'chai';
import { addInvoice, invoiceParties, invoiceXml, readRecord, statusOf, write } from '../support/records';
import { dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const nullFieldList = (...names: string[]) =>
  `<core:nullFieldList>${names.map((n) => `<core:name>${n}</core:name>`).join('')}</core:nullFieldList>`;

describe(`nullFieldList (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let customer: string;
  let item: string;
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    ({ customer, item } = await invoiceParties(url));
  });
  after(() => s.close());

  const invoiceWithExtras = () =>
    addInvoice(url, {
      customer,
      memo: 'to be cleared',
      fields: '<sales:otherRefNum>PO-77</sales:otherRefNum>',
      lines: [{ item, rate: '10' }],
      customFieldList:
        '<sales:customFieldList>' +
        '<core:customField xsi:type="core:StringCustomFieldRef" scriptId="custbody_gone"><core:value>x</core:value></core:customField>' +
        '<core:customField xsi:type="core:StringCustomFieldRef" scriptId="custbody_kept"><core:value>y</core:value></core:customField>' +
        '</sales:customFieldList>',
    });

  it('clears a body field and a custom field, and keeps the rest', async () => {
    const id = await invoiceWithExtras();
    const wr = await write(
      url,
      'update',
      invoiceXml({ internalId: id, nullFieldList: nullFieldList('memo', 'custbody_gone') }),
    );
    expect(statusOf(dig(wr, 'status'))).to.deep.equal({ isSuccess: true });
    const rec = await readRecord(url, 'invoice', id);
    expect(dig(rec, 'memo')).to.equal(undefined);
    expect(dig(rec, 'otherRefNum')).to.equal('PO-77');
    expect(many(dig(rec, 'customFieldList', 'customField')).map((c) => c['@scriptId'])).to.deep.equal([
      'custbody_kept',
    ]);
  });

  it('clears one field while setting another in the same update', async () => {
    const id = await invoiceWithExtras();
    await write(
      url,
      'update',
      invoiceXml({ internalId: id, memo: 'new memo', nullFieldList: nullFieldList('otherRefNum') }),
    );
    const rec = await readRecord(url, 'invoice', id);
    expect(dig(rec, 'memo')).to.equal('new memo');
    expect(dig(rec, 'otherRefNum')).to.equal(undefined);
  });

  it('refuses a name that is not a field of the record with INVALID_FIELD_NAME_FOR_NULL and clears nothing', async () => {
    const id = await invoiceWithExtras();
    const wr = await write(
      url,
      'update',
      invoiceXml({ internalId: id, nullFieldList: nullFieldList('memo', 'colour') }),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_FIELD_NAME_FOR_NULL' });
    expect(dig(await readRecord(url, 'invoice', id), 'memo')).to.equal('to be cleared');
  });
});
