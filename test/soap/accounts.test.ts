/**
 * Accounts: every account's data is its own. Transaction numbers (tranId) run per account, a record of one
 * account does not exist for another (RCRD_DSNT_EXIST, even by its internalId), references cannot cross
 * accounts, and externalIds are unique per account only. Dates are written in each account's time zone.
 */
import { expect } from 'chai';
import { credentialsFor, writeAccountsFile, type AccountsFile } from '../support/accounts';
import {
  addCustomer,
  addInvoice,
  baseRefXml,
  getRecord,
  invoiceParties,
  invoiceXml,
  readRecord,
  statusOf,
  write,
  writeResponseOf,
} from '../support/records';
import { call, dig, type EnvelopeOptions } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const A: EnvelopeOptions = { credentials: credentialsFor('ACCT_A') };
const B: EnvelopeOptions = { credentials: credentialsFor('ACCT_B_SB1') };

describe(`accounts (${TEST_DB})`, () => {
  let file: AccountsFile;
  let s: TestServer;
  let url: string;
  before(async () => {
    file = writeAccountsFile([{ id: 'ACCT_A' }, { id: 'ACCT_B_SB1', timeZone: 'Europe/Amsterdam' }]);
    s = await startTestServer({ env: { BILLWIRE_ACCOUNTS_FILE: file.path } });
    url = s.endpoint();
  });
  after(async () => {
    await s.close();
    file.remove();
  });

  /** Adds an invoice (with its own customer and item) for an account, returns [internalId, tranId]. */
  async function invoiceIn(account: EnvelopeOptions): Promise<[string, string]> {
    const { customer, item } = await invoiceParties(url, account);
    const id = await addInvoice(url, { customer, lines: [{ item, rate: '1' }] }, account);
    return [id, String(dig(await readRecord(url, 'invoice', id, account), 'tranId'))];
  }

  it('numbers invoices per account: each account has its own tranId sequence', async () => {
    const [, a1] = await invoiceIn(A);
    const [, a2] = await invoiceIn(A);
    const [, b1] = await invoiceIn(B);
    expect(Number(a2)).to.equal(Number(a1) + 1);
    expect(b1).to.equal(a1);
  });

  it("does not show one account's record to another: get answers RCRD_DSNT_EXIST", async () => {
    const [id] = await invoiceIn(A);
    const { status } = await getRecord(url, 'invoice', id, B);
    expect(status).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
  });

  it('does not let another account update or delete a record, which stays as it was', async () => {
    const [id] = await invoiceIn(A);
    const upd = await write(url, 'update', invoiceXml({ internalId: id, memo: 'from B' }), B);
    expect(statusOf(dig(upd, 'status'))).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
    const del = writeResponseOf(
      await call(url, 'delete', `<msgs:delete>${baseRefXml('invoice', id)}</msgs:delete>`, B),
      'delete',
    );
    expect(statusOf(dig(del, 'status'))).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
    const rec = await readRecord(url, 'invoice', id, A);
    expect(dig(rec, 'memo')).to.equal(undefined);
  });

  it("refuses a reference to another account's customer with INVALID_KEY_OR_REF", async () => {
    const theirs = await addCustomer(url, 'Not yours', A);
    const { item } = await invoiceParties(url, B);
    const wr = await write(url, 'add', invoiceXml({ customer: theirs, lines: [{ item, rate: '1' }] }), B);
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_KEY_OR_REF' });
  });

  it('keeps externalIds unique per account only', async () => {
    const a = await write(
      url,
      'add',
      '<msgs:record xsi:type="rel:Customer" externalId="SHARED-1"><rel:companyName>In A</rel:companyName></msgs:record>',
      A,
    );
    const b = await write(
      url,
      'add',
      '<msgs:record xsi:type="rel:Customer" externalId="SHARED-1"><rel:companyName>In B</rel:companyName></msgs:record>',
      B,
    );
    expect(statusOf(dig(a, 'status')).isSuccess).to.equal(true);
    expect(statusOf(dig(b, 'status')).isSuccess).to.equal(true);
    expect(dig(await readRecord(url, 'customer', { externalId: 'SHARED-1' }, A), 'companyName')).to.equal(
      'In A',
    );
    expect(dig(await readRecord(url, 'customer', { externalId: 'SHARED-1' }, B), 'companyName')).to.equal(
      'In B',
    );
  });

  it("writes dates in the account's own time zone", async () => {
    const { customer, item } = await invoiceParties(url, B);
    const id = await addInvoice(
      url,
      { customer, tranDate: '2024-07-01T00:00:00.000-07:00', lines: [{ item, rate: '1' }] },
      B,
    );
    const rec = await readRecord(url, 'invoice', id, B);
    expect(dig(rec, 'tranDate')).to.equal('2024-07-01T00:00:00.000+02:00');
    expect(dig(rec, 'createdDate')).to.match(/[+]0[12]:00$/);
  });

  it('still hosts the development account next to the accounts of the file', async () => {
    const id = await addCustomer(url, 'Dev account customer');
    expect(dig(await readRecord(url, 'customer', id), 'companyName')).to.equal('Dev account customer');
    expect((await getRecord(url, 'customer', id, A)).status.code).to.equal('RCRD_DSNT_EXIST');
  });
});
