/**
 * upsert: keyed on externalId. The first call adds the record; every later call with the same externalId
 * updates that same record (same internalId), never a duplicate. Without externalId it is refused.
 */
import { expect } from 'chai';
import { nodeSoapClient, nsStatus, type NodeSoapClient } from '../support/nodeSoapClient';
import {
  getRecord,
  invoiceParties,
  invoiceXml,
  linesOf,
  readRecord,
  statusOf,
  write,
} from '../support/records';
import { dig } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`upsert (${TEST_DB})`, () => {
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

  it('adds the record when its externalId is new', async () => {
    const wr = await write(
      url,
      'upsert',
      invoiceXml({ customer, externalId: 'UPS-NEW', memo: 'first', lines: [{ item, rate: '10' }] }),
    );
    expect(statusOf(dig(wr, 'status'))).to.deep.equal({ isSuccess: true });
    expect(dig(wr, 'baseRef')).to.deep.include({ '@type': 'invoice', '@externalId': 'UPS-NEW' });
    const rec = await readRecord(url, 'invoice', { externalId: 'UPS-NEW' });
    expect(dig(rec, 'memo')).to.equal('first');
  });

  it('updates the same record on a second call with the same externalId, without a duplicate', async () => {
    const first = await write(
      url,
      'upsert',
      invoiceXml({ customer, externalId: 'UPS-TWICE', memo: 'first', lines: [{ item, rate: '10' }] }),
    );
    const id = String(dig(first, 'baseRef', '@internalId'));
    const second = await write(
      url,
      'upsert',
      invoiceXml({ customer, externalId: 'UPS-TWICE', memo: 'second', lines: [{ item, rate: '25' }] }),
    );
    expect(statusOf(dig(second, 'status'))).to.deep.equal({ isSuccess: true });
    expect(dig(second, 'baseRef', '@internalId')).to.equal(id);

    const rec = await readRecord(url, 'invoice', { externalId: 'UPS-TWICE' });
    expect(dig(rec, '@internalId')).to.equal(id);
    expect(dig(rec, 'memo')).to.equal('second');
    expect(linesOf(rec)).to.deep.equal([['2', item, '1', '25', '25.00']]);
    // The tranId was given once: the second call did not create a new transaction.
    const next = await write(url, 'add', invoiceXml({ customer, lines: [{ item, rate: '1' }] }));
    const nextRec = await readRecord(url, 'invoice', String(dig(next, 'baseRef', '@internalId')));
    expect(Number(dig(nextRec, 'tranId'))).to.equal(Number(dig(rec, 'tranId')) + 1);
  });

  it('keeps the fields a second upsert does not send', async () => {
    await write(
      url,
      'upsert',
      invoiceXml({ customer, externalId: 'UPS-KEEP', memo: 'kept', lines: [{ item, rate: '10' }] }),
    );
    await write(
      url,
      'upsert',
      invoiceXml({ externalId: 'UPS-KEEP', fields: '<sales:otherRefNum>PO-9</sales:otherRefNum>' }),
    );
    const rec = await readRecord(url, 'invoice', { externalId: 'UPS-KEEP' });
    expect(rec).to.deep.include({ memo: 'kept', otherRefNum: 'PO-9', total: '10.00' });
  });

  it('refuses a record without externalId with EXTERNALID_REQD', async () => {
    const wr = await write(url, 'upsert', invoiceXml({ customer, lines: [{ item, rate: '10' }] }));
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'EXTERNALID_REQD' });
  });

  it('answers a reference to a missing item with INVALID_KEY_OR_REF and adds nothing', async () => {
    const wr = await write(
      url,
      'upsert',
      invoiceXml({ customer, externalId: 'UPS-BAD', lines: [{ item: '987654', rate: '1' }] }),
    );
    expect(statusOf(dig(wr, 'status'))).to.include({ isSuccess: false, code: 'INVALID_KEY_OR_REF' });
    const after = await getRecord(url, 'invoice', { externalId: 'UPS-BAD' });
    expect(after.status).to.include({ isSuccess: false, code: 'RCRD_DSNT_EXIST' });
  });

  describe('through node-soap', () => {
    let ns: NodeSoapClient;
    before(async () => {
      ns = await nodeSoapClient(s);
    });

    it('inserts, then updates the same record', async () => {
      const record = (memo: string) => ({
        record: {
          attributes: { ...ns.type('tranSales', 'Invoice'), externalId: 'UPS-NS' },
          entity: { attributes: { internalId: customer } },
          memo,
          itemList: { item: [{ item: { attributes: { internalId: item } }, rate: '5' }] },
        },
      });
      const first = await ns.call('upsert', record('one'));
      const second = await ns.call('upsert', record('two'));
      expect(nsStatus(dig(second, 'writeResponse', 'status'))).to.deep.equal({ isSuccess: true });
      expect(dig(second, 'writeResponse', 'baseRef', 'attributes', 'internalId')).to.equal(
        dig(first, 'writeResponse', 'baseRef', 'attributes', 'internalId'),
      );
      expect(dig(await readRecord(url, 'invoice', { externalId: 'UPS-NS' }), 'memo')).to.equal('two');
    });
  });
});
