/**
 * Fields Billwire computes (subTotal, total, amountRemaining, status, createdDate, line grossAmt…) are
 * read-only. A client that sends one is refused with INSUFFICIENT_PERMISSION, unless it set the SOAP
 * preference ignoreReadOnlyFields=true: then they are dropped, which is what lets a client send back a
 * record it just read (get -> modify -> update).
 */
import { expect } from 'chai';
import { passportXml, signedPassport } from '../support/passport';
import {
  addInvoice,
  invoiceParties,
  invoiceXml,
  linesOf,
  readRecord,
  statusOf,
  write,
  writeResponseOf,
} from '../support/records';
import { call, dig, ns, postXml } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const IGNORE_READ_ONLY =
  '<msgs:preferences><msgs:ignoreReadOnlyFields>true</msgs:ignoreReadOnlyFields></msgs:preferences>';

describe(`read-only fields (${TEST_DB})`, () => {
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

  it('refuses subTotal on add with INSUFFICIENT_PERMISSION', async () => {
    const wr = await write(
      url,
      'add',
      invoiceXml({ customer, fields: '<sales:subTotal>1.00</sales:subTotal>', lines: [{ item, rate: '5' }] }),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INSUFFICIENT_PERMISSION' });
  });

  it('refuses total on update with INSUFFICIENT_PERMISSION and leaves the record as it was', async () => {
    const id = await addInvoice(url, { customer, memo: 'before', lines: [{ item, rate: '5' }] });
    const wr = await write(
      url,
      'update',
      invoiceXml({ internalId: id, memo: 'after', fields: '<sales:total>999.00</sales:total>' }),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INSUFFICIENT_PERMISSION' });
    expect(await readRecord(url, 'invoice', id)).to.deep.include({ memo: 'before', total: '5.00' });
  });

  it('refuses a read-only line field (grossAmt) with INSUFFICIENT_PERMISSION', async () => {
    const wr = await write(
      url,
      'add',
      invoiceXml({ customer, lines: [{ item, rate: '5', extra: '<sales:grossAmt>5</sales:grossAmt>' }] }),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INSUFFICIENT_PERMISSION' });
  });

  it('drops read-only fields under ignoreReadOnlyFields=true and computes them itself', async () => {
    const wr = await write(
      url,
      'add',
      invoiceXml({
        customer,
        fields:
          '<sales:subTotal>1.00</sales:subTotal><sales:total>1.00</sales:total><sales:status>Paid In Full</sales:status>',
        lines: [{ item, quantity: '2', rate: '5' }],
      }),
      { headers: IGNORE_READ_ONLY },
    );
    expect(statusOf(dig(wr, 'status'))).to.deep.equal({ isSuccess: true });
    const rec = await readRecord(url, 'invoice', String(dig(wr, 'baseRef', '@internalId')));
    expect(rec).to.deep.include({ subTotal: '10.00', total: '10.00', status: 'Open' });
  });

  it('accepts a record read by get and sent back by update with one field changed (ignoreReadOnlyFields)', async () => {
    const id = await addInvoice(url, {
      customer,
      memo: 'as read',
      tranDate: '2024-02-29T00:00:00.000-08:00',
      lines: [
        { item, quantity: '2', rate: '10' },
        { item, quantity: '1', rate: '5' },
      ],
    });
    const got = await call(
      url,
      'get',
      `<msgs:get><msgs:baseRef xsi:type="core:RecordRef" type="invoice" internalId="${id}"/></msgs:get>`,
    );
    // Send the response's own record element back, in the response's own prefixes.
    const envelopeOpen = /<soapenv:Envelope[^>]*>/.exec(got.text)![0];
    const record = /<platformMsgs:record[\s\S]*<\/platformMsgs:record>/
      .exec(got.text)![0]
      .replace(
        /<tranSales:memo>[^<]*<\/tranSales:memo>/,
        '<tranSales:memo>changed after a round trip</tranSales:memo>',
      );
    const n = ns();
    const passport = passportXml(signedPassport()).replace(
      '<msgs:tokenPassport>',
      `<msgs:tokenPassport xmlns:msgs="${n.msgs}" xmlns:core="${n.core}">`,
    );
    const preferences = IGNORE_READ_ONLY.replace(
      '<msgs:preferences>',
      `<msgs:preferences xmlns:msgs="${n.msgs}">`,
    );
    const reply = await postXml(
      url,
      `${envelopeOpen}<soapenv:Header>${passport}${preferences}</soapenv:Header>` +
        `<soapenv:Body><platformMsgs:update>${record}</platformMsgs:update></soapenv:Body></soapenv:Envelope>`,
      'update',
    );
    expect(statusOf(dig(writeResponseOf(reply, 'update'), 'status'))).to.deep.equal({ isSuccess: true });
    const rec = await readRecord(url, 'invoice', id);
    expect(rec).to.deep.include({
      memo: 'changed after a round trip',
      tranDate: '2024-02-29T00:00:00.000-08:00',
      total: '25.00',
    });
    expect(linesOf(rec)).to.deep.equal([
      ['1', item, '2', '10', '20.00'],
      ['2', item, '1', '5', '5.00'],
    ]);
  });

  it('refuses the same round trip without the preference', async () => {
    const id = await addInvoice(url, { customer, lines: [{ item, rate: '10' }] });
    const got = await readRecord(url, 'invoice', id);
    const wr = await write(
      url,
      'update',
      invoiceXml({
        internalId: id,
        memo: 'x',
        fields: `<sales:subTotal>${String(dig(got, 'subTotal'))}</sales:subTotal>`,
      }),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INSUFFICIENT_PERMISSION' });
  });
});
