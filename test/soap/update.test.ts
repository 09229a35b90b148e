/**
 * update: the record is named by internalId or externalId and only the fields sent change. The itemList
 * follows its replaceAll attribute: absent or "true" replaces every line, "false" merges the sent lines into
 * the stored ones by `line` (lines without `line` are appended). lastModifiedDate moves, createdDate stays.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import {
  addInvoice,
  addServiceItem,
  invoiceParties,
  invoiceXml,
  linesOf,
  readRecord,
  statusOf,
  write,
} from '../support/records';
import { dig } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`update (${TEST_DB})`, () => {
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

  /** An invoice with two lines: 2 × 10 and 1 × 50. */
  const twoLineInvoice = (externalId?: string) =>
    addInvoice(url, {
      customer,
      externalId,
      tranDate: '2024-05-02T00:00:00.000-07:00',
      memo: 'original memo',
      fields: '<sales:otherRefNum>PO-1</sales:otherRefNum>',
      lines: [
        { item, quantity: '2', rate: '10' },
        { item, quantity: '1', rate: '50' },
      ],
    });

  it('changes only the fields sent and answers with the RecordRef', async () => {
    const id = await twoLineInvoice();
    const wr = await write(url, 'update', invoiceXml({ internalId: id, memo: 'new memo' }));
    expect(statusOf(dig(wr, 'status'))).to.deep.equal({ isSuccess: true });
    expect(dig(wr, 'baseRef')).to.deep.include({ '@type': 'invoice', '@internalId': id });
    const rec = await readRecord(url, 'invoice', id);
    expect(rec).to.deep.include({
      memo: 'new memo',
      otherRefNum: 'PO-1',
      tranDate: '2024-05-02T00:00:00.000-07:00',
      total: '70.00',
    });
    expect(dig(rec, 'entity', '@internalId')).to.equal(customer);
    expect(linesOf(rec)).to.deep.equal([
      ['1', item, '2', '10', '20.00'],
      ['2', item, '1', '50', '50.00'],
    ]);
  });

  it('with replaceAll="false" merges lines by line number and appends lines sent without one', async () => {
    const id = await twoLineInvoice();
    await write(
      url,
      'update',
      invoiceXml({
        internalId: id,
        replaceAll: false,
        lines: [
          { item, line: 2, quantity: '4' },
          { item, quantity: '1', rate: '7.5' },
        ],
      }),
    );
    const rec = await readRecord(url, 'invoice', id);
    expect(linesOf(rec)).to.deep.equal([
      ['1', item, '2', '10', '20.00'],
      ['2', item, '4', '50', '200.00'],
      ['3', item, '1', '7.5', '7.50'],
    ]);
    expect(dig(rec, 'subTotal')).to.equal('227.50');
  });

  it('without replaceAll replaces every line with the lines sent, numbered after the old ones (replaceAll defaults to true)', async () => {
    const id = await twoLineInvoice();
    const other = await addServiceItem(url, 'Travel', '30');
    await write(url, 'update', invoiceXml({ internalId: id, lines: [{ item: other, quantity: '3' }] }));
    const rec = await readRecord(url, 'invoice', id);
    expect(linesOf(rec)).to.deep.equal([['3', other, '3', '30', '90.00']]);
    expect(dig(rec, 'total')).to.equal('90.00');
  });

  it('with replaceAll="true" replaces every line too; line numbers are never reused', async () => {
    const id = await twoLineInvoice();
    await write(
      url,
      'update',
      invoiceXml({ internalId: id, replaceAll: true, lines: [{ item, rate: '1' }] }),
    );
    expect(linesOf(await readRecord(url, 'invoice', id))).to.deep.equal([['3', item, '1', '1', '1.00']]);
  });

  it('refuses to merge into a line number the invoice does not have, and changes nothing', async () => {
    const id = await twoLineInvoice();
    const wr = await write(
      url,
      'update',
      invoiceXml({
        internalId: id,
        memo: 'should not stick',
        replaceAll: false,
        lines: [{ item, line: 9, quantity: '1' }],
      }),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_SUBLIST_DESC' });
    const rec = await readRecord(url, 'invoice', id);
    expect(dig(rec, 'memo')).to.equal('original memo');
    expect(linesOf(rec)).to.have.length(2);
  });

  it('finds the record by externalId', async () => {
    const id = await twoLineInvoice('UPD-EXT-1');
    const wr = await write(url, 'update', invoiceXml({ externalId: 'UPD-EXT-1', memo: 'by externalId' }));
    expect(dig(wr, 'baseRef', '@internalId')).to.equal(id);
    expect(dig(await readRecord(url, 'invoice', id), 'memo')).to.equal('by externalId');
  });

  it('answers a record that does not exist with RCRD_DSNT_EXIST (HTTP 200, no Fault)', async () => {
    const wr = await write(url, 'update', invoiceXml({ internalId: '987654', memo: 'x' }));
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
    expect(dig(wr, 'baseRef')).to.equal(undefined);
  });

  it('answers a reference to a missing customer with INVALID_KEY_OR_REF and keeps the stored record', async () => {
    const id = await twoLineInvoice();
    const wr = await write(
      url,
      'update',
      invoiceXml({ internalId: id, customer: '987654', memo: 'changed' }),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_KEY_OR_REF' });
    const rec = await readRecord(url, 'invoice', id);
    expect(dig(rec, 'entity', '@internalId')).to.equal(customer);
    expect(dig(rec, 'memo')).to.equal('original memo');
  });

  it('keeps createdDate and moves lastModifiedDate forward', async () => {
    const id = await twoLineInvoice();
    const before = await readRecord(url, 'invoice', id);
    expect(dig(before, 'createdDate')).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(dig(before, 'lastModifiedDate')).to.equal(dig(before, 'createdDate'));
    await write(url, 'update', invoiceXml({ internalId: id, memo: 'touch' }));
    const after = await readRecord(url, 'invoice', id);
    expect(dig(after, 'createdDate')).to.equal(dig(before, 'createdDate'));
    expect(Date.parse(String(dig(after, 'lastModifiedDate')))).to.be.greaterThan(
      Date.parse(String(dig(before, 'lastModifiedDate'))),
    );
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('changes the memo and merges a line with replaceAll=false', async () => {
      const id = await twoLineInvoice();
      const res = await ns.call('update', {
        record: {
          attributes: { ...ns.type('tranSales', 'Invoice'), internalId: id },
          memo: 'node-soap memo',
          itemList: { attributes: { replaceAll: false }, item: [{ line: 1, quantity: 5 }] },
        },
      });
      expect(nsStatus(dig(res, 'writeResponse', 'status'))).to.deep.equal({ isSuccess: true });
      const rec = await readRecord(url, 'invoice', id);
      expect(dig(rec, 'memo')).to.equal('node-soap memo');
      expect(linesOf(rec)).to.deep.equal([
        ['1', item, '5', '10', '50.00'],
        ['2', item, '1', '50', '50.00'],
      ]);
    });
  });
});
