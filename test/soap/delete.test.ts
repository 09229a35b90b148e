/**
 * delete: a RecordRef and an optional deletionReason in, a writeResponse out. Afterwards the record is
 * gone: get answers RCRD_DSNT_EXIST. Deleting what does not exist is a per-record status, not a Fault.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import {
  addInvoice,
  baseRefXml,
  getRecord,
  invoiceParties,
  writeResponseOf,
  statusOf,
} from '../support/records';
import { call, dig, type Node } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const REASON =
  '<msgs:deletionReason><core:deletionReasonCode internalId="1"/>' +
  '<core:deletionReasonMemo>Duplicate of another invoice</core:deletionReasonMemo></msgs:deletionReason>';

describe(`delete (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let parties: { customer: string; item: string };
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    parties = await invoiceParties(url);
  });
  after(() => s.close());

  const newInvoice = (externalId?: string) =>
    addInvoice(url, { customer: parties.customer, externalId, lines: [{ item: parties.item, rate: '10' }] });

  async function del(type: string, key: string | { externalId: string }, reason = ''): Promise<Node> {
    return writeResponseOf(
      await call(url, 'delete', `<msgs:delete>${baseRefXml(type, key)}${reason}</msgs:delete>`),
      'delete',
    );
  }

  it('deletes an invoice with a deletionReason and answers with its RecordRef', async () => {
    const id = await newInvoice('DEL-1');
    const wr = await del('invoice', id, REASON);
    expect(statusOf(dig(wr, 'status'))).to.deep.equal({ isSuccess: true });
    expect(dig(wr, 'baseRef')).to.deep.include({
      '@xsi:type': 'platformCore:RecordRef',
      '@internalId': id,
      '@externalId': 'DEL-1',
      '@type': 'invoice',
    });
  });

  it('leaves nothing to get: get answers RCRD_DSNT_EXIST by internalId and by externalId', async () => {
    const id = await newInvoice('DEL-2');
    await del('invoice', id, REASON);
    expect((await getRecord(url, 'invoice', id)).status).to.include({
      isSuccess: false,
      code: 'RCRD_DSNT_EXIST',
    });
    expect((await getRecord(url, 'invoice', { externalId: 'DEL-2' })).status).to.include({
      isSuccess: false,
      code: 'RCRD_DSNT_EXIST',
    });
  });

  it('deletes by externalId, without a deletionReason', async () => {
    const id = await newInvoice('DEL-3');
    const wr = await del('invoice', { externalId: 'DEL-3' });
    expect(dig(wr, 'baseRef', '@internalId')).to.equal(id);
    expect((await getRecord(url, 'invoice', id)).status.code).to.equal('RCRD_DSNT_EXIST');
  });

  it('answers a record that does not exist with RCRD_DSNT_EXIST (HTTP 200, no Fault)', async () => {
    const wr = await del('invoice', '987654', REASON);
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
    expect(dig(wr, 'baseRef')).to.equal(undefined);
  });

  it('answers a second delete of the same record with RCRD_DSNT_EXIST', async () => {
    const id = await newInvoice();
    await del('invoice', id);
    const again = await del('invoice', id);
    expect(statusOf(dig(again, 'status'))).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
  });

  it('lets the externalId of a deleted record be used again', async () => {
    const first = await newInvoice('DEL-REUSE');
    await del('invoice', first);
    const second = await newInvoice('DEL-REUSE');
    expect(second).to.not.equal(first);
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('deletes with a deletionReason, then get sees RCRD_DSNT_EXIST', async () => {
      const id = await newInvoice();
      const baseRef = {
        attributes: { ...ns.type('platformCore', 'RecordRef'), type: 'invoice', internalId: id },
      };
      const res = await ns.call('delete', {
        baseRef,
        deletionReason: {
          deletionReasonCode: { attributes: { internalId: '1' } },
          deletionReasonMemo: 'dup',
        },
      });
      expect(nsStatus(dig(res, 'writeResponse', 'status'))).to.deep.equal({ isSuccess: true });
      const got = await ns.call('get', { baseRef });
      expect(nsStatus(dig(got, 'readResponse', 'status'))).to.deep.equal({
        isSuccess: false,
        code: 'RCRD_DSNT_EXIST',
      });
    });
  });
});
