/**
 * getSelectValue beyond getSelectValue.test.ts: the itemList fields location, department and class (active
 * records only, by name ignoring case), and a name filter over more values than one page of 1,000 — the
 * filter applies before paging, so totalRecords, totalPages and each page count only the matching values.
 * Names with an accented capital are found by their exact text.
 */
import { expect } from 'chai';
import { addRecord, writeResponsesOf, outcomeOf } from '../support/records';
import { addTerm } from '../support/orders';
import { field, selectValues } from '../support/selectValues';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { call, dig } from '../support/soap';

const listRecordXml = (xsi: string, name: string, inactive = false) =>
  `<msgs:record xsi:type="acct:${xsi}"><acct:name>${name}</acct:name>` +
  (inactive ? '<acct:isInactive>true</acct:isInactive>' : '') +
  '</msgs:record>';

const addNamed = (url: string, xsi: string, name: string, inactive = false) =>
  addRecord(url, listRecordXml(xsi, name, inactive));

/** Adds list records with addList, 200 a call; every one must succeed. */
async function addMany(url: string, xsi: string, names: readonly string[]): Promise<void> {
  for (let i = 0; i < names.length; i += 200) {
    const records = names
      .slice(i, i + 200)
      .map((n) => listRecordXml(xsi, n))
      .join('');
    const reply = await call(url, 'addList', `<msgs:addList>${records}</msgs:addList>`);
    const outcomes = writeResponsesOf(reply, 'addList').map((w) => outcomeOf(dig(w, 'status')));
    expect(outcomes.filter((o) => o !== 'ok')).to.deep.equal([]);
  }
}

const numbered = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix} ${String(i).padStart(4, '0')}`);

describe(`getSelectValue coverage (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  const ids: Record<string, string> = {};
  before(async function () {
    this.timeout(180_000);
    s = await startTestServer();
    url = s.endpoint();
    ids.west = await addNamed(url, 'Location', 'west');
    ids.east = await addNamed(url, 'Location', 'East');
    await addNamed(url, 'Location', 'Closed depot', true);
    ids.support = await addNamed(url, 'Department', 'Support');
    ids.engineering = await addNamed(url, 'Department', 'engineering');
    await addNamed(url, 'Department', 'Legacy', true);
    ids.wholesale = await addNamed(url, 'Classification', 'Wholesale');
    ids.retail = await addNamed(url, 'Classification', 'retail');
    await addNamed(url, 'Classification', 'Old', true);
    ids.ueberweisung = await addTerm(
      url,
      'Überweisung 14',
      '<acct:daysUntilNetDue>14</acct:daysUntilNetDue>',
    );
    ids.net30 = await addTerm(url, 'Net 30', '<acct:daysUntilNetDue>30</acct:daysUntilNetDue>');
    // Subsidiaries: 1,002 "DevOps …" and "ops desk" match `contains OPS`; the 50 "Finance …" sort between
    // them and do not; an inactive "Ops legacy" is never listed.
    await addMany(url, 'Subsidiary', [...numbered('DevOps', 1002), ...numbered('Finance', 50)]);
    ids.opsDesk = await addNamed(url, 'Subsidiary', 'ops desk');
    await addNamed(url, 'Subsidiary', 'Ops legacy', true);
  });
  after(() => s.close());

  const listOf = async (description: string) =>
    (await selectValues(url, description)).refs.map((r) => [r.internalId, r.type, r.name]);

  describe('itemList fields', () => {
    it('location: the active locations, by name ignoring case', async () => {
      expect(await listOf(field('location', { sublist: 'itemList' }))).to.deep.equal([
        [ids.east, 'location', 'East'],
        [ids.west, 'location', 'west'],
      ]);
    });

    it('department: the active departments, by name ignoring case', async () => {
      expect(await listOf(field('department', { sublist: 'itemList' }))).to.deep.equal([
        [ids.engineering, 'department', 'engineering'],
        [ids.support, 'department', 'Support'],
      ]);
    });

    it('class: the active classes, typed classification', async () => {
      const v = await selectValues(url, field('class', { sublist: 'itemList' }));
      expect(v).to.deep.include({ status: { isSuccess: true }, totalRecords: 2, totalPages: 1 });
      expect(v.refs.map((r) => [r.internalId, r.type, r.name])).to.deep.equal([
        [ids.retail, 'classification', 'retail'],
        [ids.wholesale, 'classification', 'Wholesale'],
      ]);
    });

    it('class with a filter', async () => {
      expect(
        await listOf(field('class', { sublist: 'itemList', filter: ['startsWith', 'RET'] })),
      ).to.deep.equal([[ids.retail, 'classification', 'retail']]);
    });

    it('the same fields on a sales order itemList', async () => {
      expect(
        await listOf(field('location', { recordType: 'salesOrder', sublist: 'itemList' })),
      ).to.deep.equal([
        [ids.east, 'location', 'East'],
        [ids.west, 'location', 'west'],
      ]);
    });
  });

  describe('a filter over more values than one page', () => {
    const opsFilter = field('subsidiary', { filter: ['contains', 'OPS'] });

    it('counts only the matching values: totalRecords 1003, totalPages 2', async () => {
      const v = await selectValues(url, opsFilter);
      expect(v).to.deep.include({ status: { isSuccess: true }, totalRecords: 1003, totalPages: 2 });
    });

    it('page 1: the first 1,000 matching values in name order', async () => {
      const v = await selectValues(url, opsFilter, 1);
      expect(v.refs).to.have.length(1000);
      expect(v.refs.every((r) => r.type === 'subsidiary')).to.equal(true);
      expect(v.refs.map((r) => r.name)).to.deep.equal(numbered('DevOps', 1000));
    });

    it('page 2: the rest, with no value of another name in between', async () => {
      const v = await selectValues(url, opsFilter, 2);
      expect(v).to.deep.include({ totalRecords: 1003, totalPages: 2 });
      expect(v.refs.map((r) => r.name)).to.deep.equal(['DevOps 1000', 'DevOps 1001', 'ops desk']);
      expect(v.refs[2]!.internalId).to.equal(ids.opsDesk);
    });

    it('a page past the filtered pages: INVALID_PAGE_INDEX', async () => {
      const v = await selectValues(url, opsFilter, 3);
      expect(v.status).to.include({ isSuccess: false, code: 'INVALID_PAGE_INDEX' });
    });

    it('without the filter the same field has more pages', async () => {
      const v = await selectValues(url, field('subsidiary'));
      expect(v).to.deep.include({ totalRecords: 1053, totalPages: 2 });
      expect((await selectValues(url, field('subsidiary'), 2)).refs.map((r) => r.name)).to.include.members([
        'Finance 0049',
        'ops desk',
      ]);
    });

    it('a narrower filter fits one page, and page 2 of it is refused', async () => {
      const f = field('subsidiary', { filter: ['startsWith', 'devops 100'] });
      const v = await selectValues(url, f);
      expect(v).to.deep.include({ totalRecords: 2, totalPages: 1 });
      expect(v.refs.map((r) => r.name)).to.deep.equal(['DevOps 1000', 'DevOps 1001']);
      expect((await selectValues(url, f, 2)).status.code).to.equal('INVALID_PAGE_INDEX');
    });

    it('a filter that matches nothing answers page 1 empty', async () => {
      const v = await selectValues(url, field('subsidiary', { filter: ['is', 'no such subsidiary'] }));
      expect(v).to.deep.include({ status: { isSuccess: true }, totalRecords: 0, totalPages: 0, refs: [] });
    });
  });

  describe('names with an accented capital', () => {
    it('is finds the exact name', async () => {
      expect(await listOf(field('terms', { filter: ['is', 'Überweisung 14'] }))).to.deep.equal([
        [ids.ueberweisung, 'term', 'Überweisung 14'],
      ]);
    });

    it('startsWith finds it by its first letters', async () => {
      expect(await listOf(field('terms', { filter: ['startsWith', 'Über'] }))).to.deep.equal([
        [ids.ueberweisung, 'term', 'Überweisung 14'],
      ]);
    });
  });
});
