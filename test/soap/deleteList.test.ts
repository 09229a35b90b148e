/**
 * deleteList: up to 200 RecordRefs and one optional deletionReason in, one writeResponse per ref out, in
 * order; a ref to nothing gets RCRD_DSNT_EXIST while the others are deleted.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import {
  addInvoice,
  baseRefXml,
  getRecord,
  invoiceParties,
  outcomeOf,
  readRecord,
  writeResponsesOf,
} from '../support/records';
import { call, dig, many } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`deleteList (${TEST_DB})`, () => {
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

  const newInvoice = (externalId?: string) =>
    addInvoice(url, { customer, externalId, lines: [{ item, rate: '1' }] });

  it('answers one writeResponse per ref, in order; a missing one fails alone and the others are deleted', async () => {
    const a = await newInvoice();
    const b = await newInvoice('DL-B');
    const keep = await newInvoice();
    const r = await call(
      url,
      'deleteList',
      '<msgs:deleteList>' +
        baseRefXml('invoice', a) +
        baseRefXml('invoice', '987654') +
        baseRefXml('invoice', { externalId: 'DL-B' }) +
        '<msgs:deletionReason><core:deletionReasonCode internalId="2"/><core:deletionReasonMemo>cleanup</core:deletionReasonMemo></msgs:deletionReason>' +
        '</msgs:deleteList>',
    );
    const wrs = writeResponsesOf(r, 'deleteList');
    expect(wrs.map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal(['ok', 'RCRD_DSNT_EXIST', 'ok']);
    expect(wrs.map((w) => dig(w, 'baseRef', '@internalId'))).to.deep.equal([a, undefined, b]);
    expect((await getRecord(url, 'invoice', a)).status.code).to.equal('RCRD_DSNT_EXIST');
    expect((await getRecord(url, 'invoice', b)).status.code).to.equal('RCRD_DSNT_EXIST');
    expect(dig(await readRecord(url, 'invoice', keep), '@internalId')).to.equal(keep);
  });

  it('answers the second of two refs to the same record with RCRD_DSNT_EXIST', async () => {
    const a = await newInvoice();
    const r = await call(
      url,
      'deleteList',
      `<msgs:deleteList>${baseRefXml('invoice', a)}${baseRefXml('invoice', a)}</msgs:deleteList>`,
    );
    expect(writeResponsesOf(r, 'deleteList').map((w) => outcomeOf(dig(w, 'status')))).to.deep.equal([
      'ok',
      'RCRD_DSNT_EXIST',
    ]);
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('deletes a list and reads one status per ref', async () => {
      const a = await newInvoice();
      const ref = (internalId: string) => ({
        attributes: { ...ns.type('platformCore', 'RecordRef'), type: 'invoice', internalId },
      });
      const res = await ns.call('deleteList', { baseRef: [ref('987654'), ref(a)] });
      const wrs = many(dig(res, 'writeResponseList', 'writeResponse'));
      expect(wrs.map((w) => nsStatus(dig(w, 'status')))).to.deep.equal([
        { isSuccess: false, code: 'RCRD_DSNT_EXIST' },
        { isSuccess: true },
      ]);
    });
  });
});
