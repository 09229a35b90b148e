/**
 * getList: up to 1,000 RecordRefs in, one readResponse per ref out, in the order sent; a missing record is
 * that entry's RCRD_DSNT_EXIST status while the others come back whole.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import { addInvoice, baseRefXml, invoiceParties, outcomeOf, statusOf } from '../support/records';
import { call, describeReply, dig, many, type Node } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`getList (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let first: string;
  let second: string;
  let customer: string;
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    const parties = await invoiceParties(url);
    customer = parties.customer;
    first = await addInvoice(url, {
      customer,
      externalId: 'GL-1',
      lines: [{ item: parties.item, rate: '1' }],
    });
    second = await addInvoice(url, {
      customer,
      externalId: 'GL-2',
      lines: [{ item: parties.item, rate: '2' }],
    });
  });
  after(() => s.close());

  async function getList(refs: string[]): Promise<{ status: Node; responses: Node[] }> {
    const r = await call(url, 'getList', `<msgs:getList>${refs.join('')}</msgs:getList>`);
    expect(r.status, describeReply(r)).to.equal(200);
    const list = dig(r.body, 'getListResponse', 'readResponseList') as Node;
    return { status: dig(list, 'status') as Node, responses: many(dig(list, 'readResponse')) };
  }

  it('answers one readResponse per ref, in order, a missing one with RCRD_DSNT_EXIST', async () => {
    const { status, responses } = await getList([
      baseRefXml('invoice', second),
      baseRefXml('invoice', '987654'),
      baseRefXml('invoice', { externalId: 'GL-1' }),
    ]);
    expect(statusOf(status)).to.deep.equal({ isSuccess: true });
    expect(responses.map((r) => outcomeOf(dig(r, 'status')))).to.deep.equal(['ok', 'RCRD_DSNT_EXIST', 'ok']);
    expect(responses.map((r) => dig(r, 'record', '@internalId'))).to.deep.equal([second, undefined, first]);
    expect(dig(responses[0], 'record', 'total')).to.equal('2.00');
  });

  it('returns records of different types in one call', async () => {
    const { responses } = await getList([baseRefXml('customer', customer), baseRefXml('invoice', first)]);
    expect(responses.map((r) => dig(r, 'record', '@xsi:type'))).to.deep.equal([
      'listRel:Customer',
      'tranSales:Invoice',
    ]);
  });

  it('answers the same record asked twice twice', async () => {
    const { responses } = await getList([baseRefXml('invoice', first), baseRefXml('invoice', first)]);
    expect(responses.map((r) => dig(r, 'record', '@internalId'))).to.deep.equal([first, first]);
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('reads a mixed list', async () => {
      const ref = (internalId: string) => ({
        attributes: { ...ns.type('platformCore', 'RecordRef'), type: 'invoice', internalId },
      });
      const res = await ns.call('getList', { baseRef: [ref(first), ref('987654')] });
      const rrs = many(dig(res, 'readResponseList', 'readResponse'));
      expect(rrs.map((r) => nsStatus(dig(r, 'status')))).to.deep.equal([
        { isSuccess: true },
        { isSuccess: false, code: 'RCRD_DSNT_EXIST' },
      ]);
      expect(dig(rrs[0], 'record', 'total')).to.equal(1);
    });
  });
});
