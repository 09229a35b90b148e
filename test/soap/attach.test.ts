/**
 * attach / detach: a contact attached to an invoice (AttachContactReference, with a contact role), to a
 * sales order (AttachBasicReference) or to a customer; attaching twice keeps one link with the latest role;
 * detaching removes it (and succeeds when there is none); deleting a record removes its links. Pairs
 * Billwire does not support, and missing records, answer the writeResponse's status.
 */
import { expect } from 'chai';
import { credentialsFor, writeAccountsFile, type AccountsFile } from '../support/accounts';
import {
  addInvoice,
  addRecord,
  baseRefXml,
  invoiceParties,
  statusOf,
  type StatusView,
} from '../support/records';
import { addSalesOrder } from '../support/orders';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { call, dig, type EnvelopeOptions } from '../support/soap';

interface WriteView {
  status: StatusView;
  baseRef?: { type: string; internalId: string };
}

async function run(
  url: string,
  op: 'attach' | 'detach',
  inner: string,
  o: EnvelopeOptions = {},
): Promise<WriteView> {
  const element = op === 'attach' ? 'attachReference' : 'detachReference';
  const reply = await call(
    url,
    op,
    `<msgs:${op}><msgs:${element} ${inner}</msgs:${element}></msgs:${op}>`,
    o,
  );
  expect(reply.status, reply.text).to.equal(200);
  const wr = dig(reply.body, `${op}Response`, 'writeResponse');
  const ref = dig(wr, 'baseRef');
  return {
    status: statusOf(dig(wr, 'status')),
    ...(ref
      ? { baseRef: { type: String(dig(ref, '@type')), internalId: String(dig(ref, '@internalId')) } }
      : {}),
  };
}

/** A reference element; BaseRef slots (attachTo, attachedRecord…) name their concrete type, RecordRef. */
const ref = (element: string, type: string | undefined, id: string) => {
  const xsi = ['contact', 'contactRole'].includes(element) ? '' : ' xsi:type="core:RecordRef"';
  return `<core:${element}${xsi}${type ? ` type="${type}"` : ''} internalId="${id}"/>`;
};

/** AttachContactReference: contact (and role) to attachTo. */
const contactRef = (toType: string, to: string, contact: string, role?: string) =>
  `xsi:type="core:AttachContactReference">${ref('attachTo', toType, to)}${ref('contact', undefined, contact)}${role ? ref('contactRole', undefined, role) : ''}`;

/** AttachBasicReference: attachedRecord to attachTo. */
const basicRef = (toType: string, to: string, type: string, id: string) =>
  `xsi:type="core:AttachBasicReference">${ref('attachTo', toType, to)}${ref('attachedRecord', type, id)}`;

const detachRef = (fromType: string, from: string, type: string, id: string) =>
  `xsi:type="core:DetachBasicReference">${ref('detachFrom', fromType, from)}${ref('detachedRecord', type, id)}`;

describe(`attach / detach (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let accounts: AccountsFile;
  let customer: string;
  let invoice: string;
  let order: string;
  let contact: string;
  before(async () => {
    accounts = writeAccountsFile([{ id: 'OTHER1' }]);
    s = await startTestServer({ env: { BILLWIRE_ACCOUNTS_FILE: accounts.path } });
    url = s.endpoint();
    const p = await invoiceParties(url);
    customer = p.customer;
    invoice = await addInvoice(url, { customer, lines: [{ item: p.item }] });
    order = await addSalesOrder(url, { customer, lines: [{ item: p.item, quantity: '1' }] });
    contact = await addRecord(
      url,
      `<msgs:record xsi:type="rel:Contact"><rel:company internalId="${customer}"/><rel:firstName>Ann</rel:firstName><rel:lastName>Lee</rel:lastName></msgs:record>`,
    );
  });
  after(async () => {
    await s.close();
    accounts.remove();
  });

  /** The stored links, as [target type, target id, attached type, attached id, role]. */
  async function links(): Promise<unknown[][]> {
    const rows = await s.server.store.db.read((x) =>
      x.all<{
        target_type: string;
        target_id: number;
        attached_type: string;
        attached_id: number;
        role: string | null;
      }>('SELECT target_type, target_id, attached_type, attached_id, role FROM attachment ORDER BY id'),
    );
    return rows.map((r) => [
      r.target_type,
      String(r.target_id),
      r.attached_type,
      String(r.attached_id),
      r.role,
    ]);
  }

  it('attaches a contact to an invoice with a role; the baseRef is the invoice', async () => {
    const v = await run(url, 'attach', contactRef('invoice', invoice, contact, '-10'));
    expect(v).to.deep.equal({
      status: { isSuccess: true },
      baseRef: { type: 'invoice', internalId: invoice },
    });
    expect(await links()).to.deep.equal([['invoice', invoice, 'contact', contact, '-10']]);
  });

  it('attaching again keeps one link and takes the new role', async () => {
    expect((await run(url, 'attach', contactRef('invoice', invoice, contact, '-20'))).status).to.deep.equal({
      isSuccess: true,
    });
    expect(await links()).to.deep.equal([['invoice', invoice, 'contact', contact, '-20']]);
  });

  it('attaches a contact to a sales order (AttachBasicReference) and to a customer', async () => {
    expect(
      (await run(url, 'attach', basicRef('salesOrder', order, 'contact', contact))).status,
    ).to.deep.equal({ isSuccess: true });
    expect((await run(url, 'attach', contactRef('customer', customer, contact))).status).to.deep.equal({
      isSuccess: true,
    });
    expect(await links()).to.deep.include.members([
      ['salesOrder', order, 'contact', contact, null],
      ['customer', customer, 'contact', contact, null],
    ]);
  });

  it('refuses pairs it does not support with INVALID_RCRD_TYPE', async () => {
    const customerToInvoice = await run(url, 'attach', basicRef('invoice', invoice, 'customer', customer));
    expect(customerToInvoice.status).to.include({ isSuccess: false, code: 'INVALID_RCRD_TYPE' });
    const file = await run(url, 'attach', basicRef('invoice', invoice, 'file', '12'));
    expect(file.status).to.include({ isSuccess: false, code: 'INVALID_RCRD_TYPE' });
    expect(customerToInvoice.baseRef).to.equal(undefined);
  });

  it('answers missing records: RCRD_DSNT_EXIST for the target, INVALID_KEY_OR_REF for the contact', async () => {
    expect((await run(url, 'attach', contactRef('invoice', '99999', contact))).status.code).to.equal(
      'RCRD_DSNT_EXIST',
    );
    expect((await run(url, 'attach', contactRef('invoice', invoice, '99999'))).status.code).to.equal(
      'INVALID_KEY_OR_REF',
    );
  });

  it("cannot attach to another account's invoice", async () => {
    const v = await run(url, 'attach', contactRef('invoice', invoice, contact), {
      credentials: credentialsFor('OTHER1'),
    });
    expect(v.status.code).to.equal('RCRD_DSNT_EXIST');
  });

  it('detaches; detaching what is not attached succeeds too', async () => {
    const v = await run(url, 'detach', detachRef('salesOrder', order, 'contact', contact));
    expect(v).to.deep.equal({
      status: { isSuccess: true },
      baseRef: { type: 'salesOrder', internalId: order },
    });
    expect((await links()).some((l) => l[0] === 'salesOrder')).to.equal(false);
    expect(
      (await run(url, 'detach', detachRef('salesOrder', order, 'contact', contact))).status,
    ).to.deep.equal({ isSuccess: true });
  });

  it('refuses detaching a pair it does not support with INVALID_DETACH_RECORD_TYP', async () => {
    expect((await run(url, 'detach', detachRef('invoice', invoice, 'file', '12'))).status.code).to.equal(
      'INVALID_DETACH_RECORD_TYP',
    );
    expect((await run(url, 'detach', detachRef('term', '1', 'contact', contact))).status.code).to.equal(
      'INVALID_DETACH_RECORD_TYP',
    );
  });

  it('deleting a record removes its links', async () => {
    const reply = await call(url, 'delete', `<msgs:delete>${baseRefXml('invoice', invoice)}</msgs:delete>`);
    expect(statusOf(dig(reply.body, 'deleteResponse', 'writeResponse', 'status'))).to.deep.equal({
      isSuccess: true,
    });
    expect((await links()).some((l) => l[0] === 'invoice')).to.equal(false);
    expect((await links()).some((l) => l[0] === 'customer')).to.equal(true);
  });
});
