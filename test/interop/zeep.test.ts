/**
 * Interop with a client nobody here wrote: Debian's python3-zeep in strict mode runs an invoicing session
 * (test/interop/zeep_client.py) against a running Billwire, from the served WSDL alone. Outside CI, a
 * machine without zeep skips this file with a message saying how to install it; under CI=true it fails.
 */
import { expect } from 'chai';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { requireZeep, runZeepScript } from '../support/zeep';

interface Status {
  isSuccess: boolean;
  code: string | null;
}

/** What zeep_client.py prints: what zeep saw at each step. */
interface Session {
  addCustomer: { status: Status; type: string };
  addItem: { status: Status; type: string };
  addInvoice: { status: Status; type: string; externalId: string };
  get: {
    status: Status;
    class: string;
    subTotal: number;
    total: number;
    entityName: string;
    memo: string;
    tranDate: string;
    lines: [number, number, string, number][];
    customFields: [string, string, string][];
  };
  update: { status: Status };
  afterUpdate: { memo: string; total: number; lines: number };
  addList: { statuses: Status[]; ids: string[] };
  delete: { status: Status };
  getDeleted: { status: Status; record: boolean };
  initialize: {
    status: Status;
    class: string;
    internalId: string | null;
    createdFrom: string;
    lines: [number, number, string, number][];
  };
  addInitialized: { status: Status; type: string };
  billedInvoice: { total: number; createdFrom: string };
  billedOrder: { orderId: string; orderStatus: string; quantityBilled: number[] };
  injected: { faultcode: string; detail: string; code: string } | null;
  afterInjected: Status;
}

const OK: Status = { isSuccess: true, code: null };

describe(`interop: python3-zeep, strict mode (${TEST_DB})`, () => {
  let s: TestServer | undefined;
  let session: Session;

  before(async function () {
    await requireZeep(this, 'zeep interop test');
    s = await startTestServer({ env: { BILLWIRE_FAULT_INJECTION: 'on' } });
    session = await runZeepScript<Session>('zeep_client.py', s);
  });
  after(() => s?.close());

  it('adds a customer and a service item', () => {
    expect(session.addCustomer).to.deep.equal({ status: OK, type: 'customer' });
    expect(session.addItem).to.deep.equal({ status: OK, type: 'serviceSaleItem' });
  });

  it('adds an invoice with an itemList and a custom field', () => {
    expect(session.addInvoice).to.deep.equal({ status: OK, type: 'invoice', externalId: 'ZEEP-INV-1' });
  });

  it("gets it back as zeep's Invoice class with computed totals and the customer's name", () => {
    expect(session.get).to.deep.include({
      status: OK,
      class: 'Invoice',
      subTotal: 391,
      total: 391,
      entityName: 'Zeep Co',
      memo: 'From zeep',
      tranDate: '2024-03-01T00:00:00-08:00',
    });
    expect(session.get.lines).to.deep.equal([
      [1, 3, '120', 360],
      [2, 2, '15.5', 31],
    ]);
    expect(session.get.customFields).to.deep.equal([['StringCustomFieldRef', 'custbody_channel', 'zeep']]);
  });

  it('updates the memo and leaves the rest alone', () => {
    expect(session.update.status).to.deep.equal(OK);
    expect(session.afterUpdate).to.deep.equal({ memo: 'Updated by zeep', total: 391, lines: 2 });
  });

  it('adds a list of three invoices, one status each', () => {
    expect(session.addList.statuses).to.deep.equal([OK, OK, OK]);
    expect(new Set(session.addList.ids).size).to.equal(3);
  });

  it('deletes one, after which get answers RCRD_DSNT_EXIST', () => {
    expect(session.delete.status).to.deep.equal(OK);
    expect(session.getDeleted).to.deep.equal({
      status: { isSuccess: false, code: 'RCRD_DSNT_EXIST' },
      record: false,
    });
  });

  it('initializes an unsaved invoice from a sales order, one line per order line left to bill', () => {
    expect(session.initialize).to.deep.equal({
      status: OK,
      class: 'Invoice',
      internalId: null,
      createdFrom: session.billedOrder.orderId,
      lines: [
        [1, 4, '25', 100],
        [2, 1, '9.99', 9.99],
      ],
    });
  });

  it('adds the initialized object as it came back, and the order reads as billed', () => {
    expect(session.addInitialized).to.deep.equal({ status: OK, type: 'invoice' });
    expect(session.billedInvoice).to.deep.equal({ total: 109.99, createdFrom: session.billedOrder.orderId });
    expect(session.billedOrder).to.deep.include({ orderStatus: '_fullyBilled', quantityBilled: [4, 1] });
  });

  it('raises a fault provoked on purpose as the WSDL fault it is, then serves the next call', () => {
    expect(session.injected).to.deep.equal({
      faultcode: 'soapenv:Server.userException',
      detail: '{urn:faults_2023_2.platform.webservices.netsuite.com}exceededRequestLimitFault',
      code: 'WS_CONCUR_SESSION_DISALLWD',
    });
    expect(session.afterInjected).to.deep.equal(OK);
  });
});
