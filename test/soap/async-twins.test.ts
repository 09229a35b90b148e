/**
 * An async result is what the synchronous operation answers for the same input. Two fresh servers receive
 * the same calls in the same order, one through addList, getList… and the other through asyncAddList,
 * asyncGetList…; their answers must be the same XML, ids included (both servers number records alike),
 * with only the timestamps of the moment of writing (createdDate, lastModifiedDate, dateCreated) and the searchId masked.
 * Runs against a server in background mode (jobs in the job thread) and in inline mode.
 */
import { expect } from 'chai';
import { elementText, runJob, asyncResult } from '../support/async';
import { addSalesOrder, initializeRecordXml } from '../support/orders';
import { baseRefXml, customerXml, invoiceParties, invoiceXml } from '../support/records';
import { filter, searchPrefsXml } from '../support/search';
import { call, describeReply } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

/** Masks what differs between two runs of the same write: when it happened, and the searchId. */
function masked(xml: string): string {
  return xml
    .replace(/<(\w+:)?(createdDate|lastModifiedDate|dateCreated)>[^<]*</g, '<$1$2>(time)<')
    .replace(/<(\w+:)?searchId>[^<]*</g, '<$1searchId>(id)<');
}

for (const mode of ['background', 'inline'] as const) {
  describe(`async results equal their synchronous twins (${TEST_DB}, ${mode})`, function () {
    this.timeout(30_000);
    let sync: TestServer;
    let async: TestServer;
    let customer: string;
    let item: string;
    let order: string;

    before(async () => {
      [sync, async] = await Promise.all([
        startTestServer(),
        startTestServer({ env: { BILLWIRE_ASYNC_MODE: mode } }),
      ]);
      // The same seed on both, so their records get the same ids.
      for (const s of [sync, async]) {
        const parties = await invoiceParties(s.endpoint());
        const o = await addSalesOrder(s.endpoint(), {
          customer: parties.customer,
          lines: [{ item: parties.item, quantity: '3', rate: '25.00' }],
        });
        ({ customer, item } = parties);
        order = o;
      }
    });
    after(() => Promise.all([sync.close(), async.close()]));

    /** Runs `op` on the sync server and `async<Op>` on the other; returns both answers' `element`. */
    async function twins(
      op: string,
      inner: string,
      element: string,
      headers?: string,
    ): Promise<[string, string]> {
      const s = await call(sync.endpoint(), op, `<msgs:${op}>${inner}</msgs:${op}>`, { headers });
      expect(s.status, describeReply(s)).to.equal(200);
      const asyncOp = `async${op[0]!.toUpperCase()}${op.slice(1)}`;
      const { submitted, final } = await runJob(async.endpoint(), asyncOp, inner, { headers });
      if (mode === 'inline') expect(submitted.status).to.equal(final.status);
      const { reply } = await asyncResult(async.endpoint(), submitted.jobId);
      return [masked(elementText(s.text, element)), masked(elementText(reply.text, element))];
    }

    it('asyncAddList = addList (successes, a failed reference, a read-only field, mixed types)', async () => {
      const inner =
        invoiceXml({
          customer,
          externalId: 'T-1',
          memo: 'one',
          lines: [{ item, quantity: '2', rate: '10.00' }],
        }) +
        invoiceXml({ customer: '987654', externalId: 'T-2', lines: [{ item, rate: '1.00' }] }) +
        invoiceXml({
          customer,
          externalId: 'T-3',
          fields: '<sales:subTotal>5.00</sales:subTotal>',
          lines: [{ item }],
        }) +
        customerXml('Twin Customer', { externalId: 'T-C' }) +
        invoiceXml({ customer, externalId: 'T-4', lines: [{ item, quantity: '1.5', rate: '3.333' }] });
      const [s, a] = await twins('addList', inner, 'writeResponseList');
      expect(s).to.include('isSuccess="false"');
      expect(a).to.equal(s);
    });

    it('asyncUpdateList = updateList', async () => {
      const inner =
        invoiceXml({ externalId: 'T-1', memo: 'changed' }) +
        invoiceXml({ externalId: 'T-404', memo: 'nobody' }) +
        invoiceXml({ externalId: 'T-4', lines: [{ item, quantity: '4', rate: '2.50' }] });
      const [s, a] = await twins('updateList', inner, 'writeResponseList');
      expect(a).to.equal(s);
    });

    it('asyncUpsertList = upsertList', async () => {
      const inner =
        invoiceXml({ customer, externalId: 'T-1', memo: 'upserted' }) +
        invoiceXml({ customer, externalId: 'T-5', lines: [{ item, rate: '9.99' }] }) +
        invoiceXml({ customer, lines: [{ item, rate: '1.00' }] });
      const [s, a] = await twins('upsertList', inner, 'writeResponseList');
      expect(a).to.equal(s);
    });

    it('asyncGetList = getList (records with their lines, and a missing one)', async () => {
      const inner =
        baseRefXml('invoice', { externalId: 'T-1' }) +
        baseRefXml('invoice', { externalId: 'T-4' }) +
        baseRefXml('customer', { externalId: 'T-C' }) +
        baseRefXml('invoice', '999999') +
        baseRefXml('salesOrder', order);
      const [s, a] = await twins('getList', inner, 'readResponseList');
      expect(s).to.include('T-4');
      expect(a).to.equal(s);
    });

    it('asyncInitializeList = initializeList', async () => {
      const inner =
        initializeRecordXml({ type: 'invoice', reference: { type: 'salesOrder', internalId: order } }) +
        initializeRecordXml({ type: 'invoice', reference: { type: 'customer', internalId: customer } }) +
        initializeRecordXml({ type: 'invoice', reference: { type: 'salesOrder', internalId: '424242' } });
      const [s, a] = await twins('initializeList', inner, 'readResponseList');
      expect(a).to.equal(s);
    });

    it('asyncDeleteList = deleteList', async () => {
      const inner =
        baseRefXml('invoice', { externalId: 'T-5' }) +
        baseRefXml('invoice', '999999') +
        '<msgs:deletionReason><core:deletionReasonCode internalId="7"/></msgs:deletionReason>';
      const [s, a] = await twins('deleteList', inner, 'writeResponseList');
      expect(a).to.equal(s);
    });

    it('asyncSearch page 1 = search, and page 2 = searchMoreWithId page 2', async () => {
      const record = `<msgs:searchRecord xsi:type="common:TransactionSearchBasic">${filter('memo', 'doesNotContain', 'zzz')}</msgs:searchRecord>`;
      const prefs = searchPrefsXml({ pageSize: 5, bodyFieldsOnly: false });
      // Enough invoices for two pages, on both servers alike.
      const more = Array.from({ length: 6 }, (_, i) =>
        invoiceXml({ customer, externalId: `T-S${i}`, lines: [{ item, rate: '1.00' }] }),
      ).join('');
      for (const s of [sync, async]) {
        const r = await call(s.endpoint(), 'addList', `<msgs:addList>${more}</msgs:addList>`);
        expect(r.status, describeReply(r)).to.equal(200);
      }
      const search = `<msgs:search>${record}</msgs:search>`;
      const first = await call(sync.endpoint(), 'search', search, { headers: prefs });
      expect(first.text, describeReply(first)).to.include('<platformCore:totalPages>');
      const searchId = /<platformCore:searchId>([^<]+)</.exec(first.text)![1];
      const second = await call(
        sync.endpoint(),
        'searchMoreWithId',
        `<msgs:searchMoreWithId><msgs:searchId>${searchId}</msgs:searchId><msgs:pageIndex>2</msgs:pageIndex></msgs:searchMoreWithId>`,
      );
      const job = await runJob(async.endpoint(), 'asyncSearch', record, {
        headers: prefs,
      });
      expect(job.final.status).to.equal('finished');
      const page1 = await asyncResult(async.endpoint(), job.submitted.jobId, 1);
      const page2 = await asyncResult(async.endpoint(), job.submitted.jobId, 2);
      expect(masked(elementText(page1.reply.text, 'searchResult'))).to.equal(
        masked(elementText(first.text, 'searchResult')),
      );
      expect(masked(elementText(page2.reply.text, 'searchResult'))).to.equal(
        masked(elementText(second.text, 'searchResult')),
      );
    });
  });
}
