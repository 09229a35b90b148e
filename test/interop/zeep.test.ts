/**
 * Interop with a client nobody here wrote: Debian's python3-zeep in strict mode runs an invoicing session
 * (test/interop/zeep_client.py) against a running Billwire, from the served WSDL alone. Outside CI, a
 * machine without zeep skips this file with a message saying how to install it; under CI=true it fails.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/server';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(PROJECT_ROOT, 'test', 'interop', 'zeep_client.py');

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
}

const OK: Status = { isSuccess: true, code: null };

async function zeepAvailable(): Promise<boolean> {
  try {
    await run(PYTHON, ['-c', 'import zeep']);
    return true;
  } catch {
    return false;
  }
}

describe(`interop: python3-zeep, strict mode (${TEST_DB})`, () => {
  let s: TestServer | undefined;
  let session: Session;

  before(async function () {
    if (!(await zeepAvailable())) {
      const why = `${PYTHON} cannot import zeep.`;
      if (process.env.CI === 'true') throw new Error(`${why} CI installs it: apt-get install python3-zeep`);
      console.log(
        `\n  SKIPPED the zeep interop test: ${why} Install it with: apt-get install python3-zeep\n`,
      );
      this.skip();
    }
    s = await startTestServer();
    const c = s.credentials;
    const { stdout } = await run(
      PYTHON,
      [SCRIPT, s.wsdlUrl(), c.account, c.consumerKey, c.consumerSecret, c.tokenId, c.tokenSecret],
      { timeout: 60_000 },
    ).catch((err: { stderr?: string; message: string }) => {
      throw new Error(`zeep_client.py failed: ${err.stderr ?? err.message}`);
    });
    session = JSON.parse(stdout) as Session;
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
});
