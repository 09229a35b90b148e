/**
 * Search filters search.test.ts and search-operators.test.ts leave untested, on seeded data
 * (test/support/searchData.ts plus the records seeded here):
 * - the operators they skip on the long (internalIdNumber), text-number (otherRefNum) and double
 *   (totalAmount, amountRemaining, amountPaid) fields, and what Billwire refuses, with its status code;
 * - instant fields (lastModifiedDate, dateCreated) against the instants a client reads back from records;
 * - statuses that match something: a zero invoice is Paid In Full, sales orders pending fulfillment,
 *   billing, billing/partially fulfilled and approval, a shipped fulfillment;
 * - the segment filters (currency, subsidiary, department, class, location, terms) and tranId;
 * - mainLine false on a basic search (records, one per transaction that has lines);
 * - SearchEnumMultiSelectCustomField, and text filters on text with accented capitals.
 * Each case names the records it may find, so the other records never blur the expectation.
 */
import { expect } from 'chai';
import { addFulfillment, addInventoryItem, addSalesOrder, addTerm } from '../support/orders';
import { addRecord, invoiceXml, itemListXml, statusOf, write, type LineSpec } from '../support/records';
import {
  anyOf,
  bool,
  customFilter,
  customFilters,
  enumOf,
  failedCode,
  filter,
  idsOf,
  searchTransactions,
} from '../support/search';
import { seedSearchData, type SearchData } from '../support/searchData';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { call, dig, many } from '../support/soap';

/** Records by name: the ones a case may find (or, for `everything`, every record the test knows). */
type Named = Record<string, string>;
type Case = [title: string, filters: () => string, expected: string[] | (() => string[])];

interface Instants {
  readonly modified: string;
  readonly created: string;
}

interface Extra {
  /** A zero invoice (Paid In Full), a 3 x 11.11 invoice, an invoice with an accented memo. */
  readonly paid: string;
  readonly dec: string;
  readonly accented: string;
  /** Two invoices with every segment set, to different records. */
  readonly segA: string;
  readonly segB: string;
  readonly lists: Record<
    | 'eur'
    | 'usd'
    | 'euSub'
    | 'usSub'
    | 'sales'
    | 'support'
    | 'retail'
    | 'wholesale'
    | 'east'
    | 'west'
    | 'net30'
    | 'net60',
    string
  >;
  /** Sales orders in each status a client can bring about, and the fulfillment of `partial`. */
  readonly orders: Record<'fulfill' | 'partial' | 'bill' | 'approval', string>;
  readonly fulfillment: string;
  readonly estimates: Record<'empty' | 'lines', string>;
  /** Invoices added one after another (tD first, updated by a test), with their instants as read back. */
  readonly timed: Record<'tD' | 'tA' | 'tB' | 'tC', string>;
  readonly instants: Record<'tA' | 'tB' | 'tC', Instants>;
}

const value = (v: string) => `<core:searchValue>${v}</core:searchValue>`;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const named = (url: string, xsi: string, name: string, inner = '', externalId?: string) =>
  addRecord(
    url,
    `<msgs:record xsi:type="acct:${xsi}"${externalId ? ` externalId="${externalId}"` : ''}>` +
      `<acct:name>${name}</acct:name>${inner}</msgs:record>`,
  );

/** Body segment fields of an invoice, in the Invoice sequence (tranId … department, class, terms, location, subsidiary, currency). */
function segments(
  tranId: string,
  s: Record<'dept' | 'cls' | 'terms' | 'loc' | 'sub' | 'cur', string>,
): string {
  return (
    `<sales:tranId>${tranId}</sales:tranId>` +
    `<sales:department internalId="${s.dept}"/><sales:class internalId="${s.cls}"/>` +
    `<sales:terms internalId="${s.terms}"/><sales:location internalId="${s.loc}"/>` +
    `<sales:subsidiary internalId="${s.sub}"/><sales:currency internalId="${s.cur}"/>`
  );
}

function estimateXml(customer: string, lines?: readonly LineSpec[]): string {
  return (
    `<msgs:record xsi:type="sales:Estimate"><sales:entity internalId="${customer}"/>` +
    (lines ? itemListXml(lines) : '') +
    '</msgs:record>'
  );
}

async function seedExtra(url: string, d: SearchData): Promise<Extra> {
  const { acme, beta, gamma } = d.customers;
  const { consulting, support } = d.items;
  const paid = await addRecord(
    url,
    invoiceXml({ customer: gamma, lines: [{ item: consulting, quantity: '1', rate: '0.00' }] }),
  );
  const dec = await addRecord(
    url,
    invoiceXml({ customer: beta, lines: [{ item: support, quantity: '3', rate: '11.11' }] }),
  );
  const accented = await addRecord(
    url,
    invoiceXml({ customer: gamma, memo: 'Été 2024', lines: [{ item: support, quantity: '1' }] }),
  );

  const lists = {
    eur: await addRecord(
      url,
      '<msgs:record xsi:type="acct:Currency" externalId="CUR-EUR"><acct:name>Euro</acct:name><acct:symbol>EUR</acct:symbol></msgs:record>',
    ),
    usd: await addRecord(
      url,
      '<msgs:record xsi:type="acct:Currency"><acct:name>US Dollar</acct:name><acct:symbol>USD</acct:symbol></msgs:record>',
    ),
    euSub: await named(url, 'Subsidiary', 'EU Sub'),
    usSub: await named(url, 'Subsidiary', 'US Sub'),
    sales: await named(url, 'Department', 'Sales'),
    support: await named(url, 'Department', 'Support'),
    retail: await named(url, 'Classification', 'Retail'),
    wholesale: await named(url, 'Classification', 'Wholesale'),
    east: await named(url, 'Location', 'East'),
    west: await named(url, 'Location', 'West'),
    net30: await addTerm(url, 'Net 30', '<acct:daysUntilNetDue>30</acct:daysUntilNetDue>'),
    net60: await addTerm(url, 'Net 60', '<acct:daysUntilNetDue>60</acct:daysUntilNetDue>'),
  };
  const segA = await addRecord(
    url,
    invoiceXml({
      customer: acme,
      tranDate: '2024-04-01T00:00:00.000-07:00',
      fields: segments('SEG-A', {
        dept: lists.sales,
        cls: lists.retail,
        terms: lists.net30,
        loc: lists.east,
        sub: lists.euSub,
        cur: lists.eur,
      }),
      lines: [{ item: consulting, quantity: '1' }],
    }),
  );
  const segB = await addRecord(
    url,
    invoiceXml({
      customer: beta,
      tranDate: '2024-04-02T00:00:00.000-07:00',
      fields: segments('SEG-B', {
        dept: lists.support,
        cls: lists.wholesale,
        terms: lists.net60,
        loc: lists.west,
        sub: lists.usSub,
        cur: lists.usd,
      }),
      lines: [{ item: consulting, quantity: '1' }],
    }),
  );

  const gadget = await addInventoryItem(url, 'Gadget', '20.00');
  const orders = {
    fulfill: await addSalesOrder(url, { customer: acme, lines: [{ item: gadget, quantity: '5' }] }),
    partial: await addSalesOrder(url, { customer: beta, lines: [{ item: gadget, quantity: '10' }] }),
    bill: await addSalesOrder(url, { customer: gamma, lines: [{ item: consulting, quantity: '2' }] }),
    approval: await addSalesOrder(url, {
      customer: acme,
      orderStatus: '_pendingApproval',
      lines: [{ item: consulting, quantity: '1' }],
    }),
  };
  const fulfillment = await addFulfillment(url, orders.partial, [{ orderLine: 1, quantity: '4' }]);
  const estimates = {
    empty: await addRecord(url, estimateXml(gamma)),
    lines: await addRecord(url, estimateXml(gamma, [{ item: consulting, quantity: '1' }])),
  };

  const timed = { tD: '', tA: '', tB: '', tC: '' };
  for (const k of ['tD', 'tA', 'tB', 'tC'] as const) {
    await pause(25);
    timed[k] = await addRecord(
      url,
      invoiceXml({ customer: beta, lines: [{ item: support, quantity: '1' }] }),
    );
  }
  // The instants as a client reads them back (the records of a search).
  const v = await searchTransactions(url, anyOf('internalId', [timed.tA, timed.tB, timed.tC]));
  const read = new Map(
    v.records.map((r) => [
      String(dig(r, '@internalId')),
      { modified: String(dig(r, 'lastModifiedDate')), created: String(dig(r, 'createdDate')) },
    ]),
  );
  const instants = { tA: read.get(timed.tA)!, tB: read.get(timed.tB)!, tC: read.get(timed.tC)! };
  return {
    paid,
    dec,
    accented,
    segA,
    segB,
    lists,
    orders,
    fulfillment,
    estimates,
    timed,
    instants,
  };
}

describe(`search coverage (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let data: SearchData;
  let x: Extra;
  before(async function () {
    this.timeout(120_000);
    s = await startTestServer();
    url = s.endpoint();
    data = await seedSearchData(url);
    x = await seedExtra(url, data);
  });
  after(() => s.close());

  /** Every record the test knows, by name. */
  const everything = (): Named => ({
    ...data.inv,
    order: data.order,
    billed: data.billed,
    paid: x.paid,
    dec: x.dec,
    accented: x.accented,
    segA: x.segA,
    segB: x.segB,
    soFulfill: x.orders.fulfill,
    soPartial: x.orders.partial,
    soBill: x.orders.bill,
    soApproval: x.orders.approval,
    fulfillment: x.fulfillment,
    estEmpty: x.estimates.empty,
    estLines: x.estimates.lines,
    ...x.timed,
  });

  /**
   * The names of the records a search finds, sorted: among `among` (an internalId filter is added), or
   * among all the account's records when `among` is undefined.
   */
  async function found(among: Named | undefined, filters: string): Promise<string[]> {
    const byId = new Map(Object.entries(everything()).map(([k, v]) => [v, k]));
    const scope = among ? anyOf('internalId', Object.values(among)) : '';
    const ids = idsOf(await searchTransactions(url, scope + filters));
    return ids.map((id) => byId.get(id) ?? `other ${id}`).sort();
  }

  /** The status code of a search refused in its status. */
  const refused = async (filters: string) => failedCode(await searchTransactions(url, filters));

  /** The code of a Fault answered for a search the schema does not allow. */
  async function faultCode(filters: string): Promise<string | undefined> {
    const reply = await call(
      url,
      'search',
      `<msgs:search><msgs:searchRecord xsi:type="common:TransactionSearchBasic">${filters}</msgs:searchRecord></msgs:search>`,
    );
    expect(reply.fault, reply.text).to.not.equal(undefined);
    return reply.fault?.code;
  }

  function cases(group: string, among: () => Named | undefined, list: Case[]): void {
    describe(group, () => {
      for (const [title, filters, expected] of list) {
        it(title, async () => {
          const want = typeof expected === 'function' ? expected() : expected;
          expect(await found(among(), filters())).to.deep.equal([...want].sort());
        });
      }
    });
  }

  const invoices = (): Named => ({ ...data.inv });

  // --- 1. SearchLongField ------------------------------------------------------------------------------------

  cases('SearchLongField internalIdNumber', invoices, [
    ['notEqualTo', () => filter('internalIdNumber', 'notEqualTo', data.inv.inv2), ['inv1', 'inv3', 'inv4']],
    [
      'greaterThanOrEqualTo',
      () => filter('internalIdNumber', 'greaterThanOrEqualTo', data.inv.inv2),
      ['inv2', 'inv3', 'inv4'],
    ],
    ['lessThan', () => filter('internalIdNumber', 'lessThan', data.inv.inv2), ['inv1']],
    ['notGreaterThan', () => filter('internalIdNumber', 'notGreaterThan', data.inv.inv2), ['inv1', 'inv2']],
    [
      'notGreaterThanOrEqualTo',
      () => filter('internalIdNumber', 'notGreaterThanOrEqualTo', data.inv.inv2),
      ['inv1'],
    ],
    ['notLessThan', () => filter('internalIdNumber', 'notLessThan', data.inv.inv2), ['inv2', 'inv3', 'inv4']],
    [
      'notLessThanOrEqualTo',
      () => filter('internalIdNumber', 'notLessThanOrEqualTo', data.inv.inv2),
      ['inv3', 'inv4'],
    ],
    ['empty (every record has an internal id)', () => filter('internalIdNumber', 'empty'), []],
    ['notEmpty', () => filter('internalIdNumber', 'notEmpty'), ['inv1', 'inv2', 'inv3', 'inv4']],
  ]);

  describe('SearchLongField refusals', () => {
    it('between without searchValue2: INVALID_SEARCH_VALUE', async () => {
      expect(await refused(filter('internalIdNumber', 'between', data.inv.inv1))).to.equal(
        'INVALID_SEARCH_VALUE',
      );
    });

    it('equalTo without a searchValue: INVALID_SEARCH_VALUE', async () => {
      expect(await refused(filter('internalIdNumber', 'equalTo'))).to.equal('INVALID_SEARCH_VALUE');
    });

    it('a value that is not an xsd:long is a Fault (USER_ERROR)', async () => {
      expect(await faultCode(filter('internalIdNumber', 'equalTo', '2.5'))).to.equal('USER_ERROR');
    });

    it('the long field number (the transaction number) is refused: INVALID_SEARCH_FIELD_NAME', async () => {
      expect(await refused(filter('number', 'equalTo', '1'))).to.equal('INVALID_SEARCH_FIELD_NAME');
    });
  });

  // --- 2. SearchTextNumberField ------------------------------------------------------------------------------

  cases('SearchTextNumberField otherRefNum (PO-100, PO-200, none, PO-300)', invoices, [
    ['greaterThanOrEqualTo', () => filter('otherRefNum', 'greaterThanOrEqualTo', 'PO-200'), ['inv2', 'inv4']],
    ['lessThan', () => filter('otherRefNum', 'lessThan', 'PO-200'), ['inv1']],
    ['lessThanOrEqualTo', () => filter('otherRefNum', 'lessThanOrEqualTo', 'PO-200'), ['inv1', 'inv2']],
    [
      'notGreaterThan (empty values match)',
      () => filter('otherRefNum', 'notGreaterThan', 'PO-200'),
      ['inv1', 'inv2', 'inv3'],
    ],
    [
      'notGreaterThanOrEqualTo',
      () => filter('otherRefNum', 'notGreaterThanOrEqualTo', 'PO-200'),
      ['inv1', 'inv3'],
    ],
    [
      'notLessThan (empty values match)',
      () => filter('otherRefNum', 'notLessThan', 'PO-200'),
      ['inv2', 'inv3', 'inv4'],
    ],
    [
      'notLessThanOrEqualTo (empty values match)',
      () => filter('otherRefNum', 'notLessThanOrEqualTo', 'PO-200'),
      ['inv3', 'inv4'],
    ],
    ['notBetween', () => filter('otherRefNum', 'notBetween', 'PO-100', 'PO-200'), ['inv3', 'inv4']],
    [
      'greaterThanOrEqualTo ignores case, as equalTo does',
      () => filter('otherRefNum', 'greaterThanOrEqualTo', 'po-200'),
      ['inv2', 'inv4'],
    ],
    [
      'between ignores case, as equalTo does',
      () => filter('otherRefNum', 'between', 'po-100', 'po-200'),
      ['inv1', 'inv2'],
    ],
  ]);

  describe('SearchTextNumberField refusals', () => {
    it('lessThan without a searchValue: INVALID_SEARCH_VALUE', async () => {
      expect(await refused(filter('otherRefNum', 'lessThan'))).to.equal('INVALID_SEARCH_VALUE');
    });

    it('notBetween without searchValue2: INVALID_SEARCH_VALUE', async () => {
      expect(await refused(filter('otherRefNum', 'notBetween', 'PO-100'))).to.equal('INVALID_SEARCH_VALUE');
    });

    it('tranId is a SearchStringField in the schema: a number operator on it is a Fault (USER_ERROR)', async () => {
      expect(await faultCode(filter('tranId', 'equalTo', '1'))).to.equal('USER_ERROR');
    });
  });

  // --- 3. SearchDoubleField ----------------------------------------------------------------------------------

  /** Totals 300, 50, 225, 100, 0 (paid) and 33.33 (dec). */
  const totals = (): Named => ({ ...data.inv, paid: x.paid, dec: x.dec });
  const SIX = ['inv1', 'inv2', 'inv3', 'inv4', 'paid', 'dec'];

  cases('SearchDoubleField totalAmount', totals, [
    ['equalTo a value with cents', () => filter('totalAmount', 'equalTo', '33.33'), ['dec']],
    ['equalTo 0 (a zero invoice)', () => filter('totalAmount', 'equalTo', '0'), ['paid']],
    ['equalTo in exponent notation (an xsd:double)', () => filter('totalAmount', 'equalTo', '1e2'), ['inv4']],
    [
      'notEqualTo',
      () => filter('totalAmount', 'notEqualTo', '33.33'),
      ['inv1', 'inv2', 'inv3', 'inv4', 'paid'],
    ],
    ['greaterThan', () => filter('totalAmount', 'greaterThan', '50'), ['inv1', 'inv3', 'inv4']],
    [
      'greaterThanOrEqualTo',
      () => filter('totalAmount', 'greaterThanOrEqualTo', '50'),
      ['inv1', 'inv2', 'inv3', 'inv4'],
    ],
    ['lessThan', () => filter('totalAmount', 'lessThan', '50'), ['paid', 'dec']],
    ['lessThanOrEqualTo', () => filter('totalAmount', 'lessThanOrEqualTo', '50'), ['paid', 'dec', 'inv2']],
    ['notGreaterThan', () => filter('totalAmount', 'notGreaterThan', '50'), ['paid', 'dec', 'inv2']],
    [
      'notGreaterThanOrEqualTo',
      () => filter('totalAmount', 'notGreaterThanOrEqualTo', '50'),
      ['paid', 'dec'],
    ],
    ['notLessThan', () => filter('totalAmount', 'notLessThan', '50'), ['inv1', 'inv2', 'inv3', 'inv4']],
    [
      'notLessThanOrEqualTo',
      () => filter('totalAmount', 'notLessThanOrEqualTo', '50'),
      ['inv1', 'inv3', 'inv4'],
    ],
    [
      'between (bounds included)',
      () => filter('totalAmount', 'between', '33.33', '100'),
      ['dec', 'inv2', 'inv4'],
    ],
    ['notBetween', () => filter('totalAmount', 'notBetween', '33.33', '100'), ['paid', 'inv1', 'inv3']],
    ['empty', () => filter('totalAmount', 'empty'), []],
    ['notEmpty', () => filter('totalAmount', 'notEmpty'), SIX],
  ]);

  cases('SearchDoubleField amountRemaining', totals, [
    ['equalTo 0: the invoice paid in full', () => filter('amountRemaining', 'equalTo', '0'), ['paid']],
    [
      'greaterThan 0',
      () => filter('amountRemaining', 'greaterThan', '0'),
      ['inv1', 'inv2', 'inv3', 'inv4', 'dec'],
    ],
    ['lessThanOrEqualTo', () => filter('amountRemaining', 'lessThanOrEqualTo', '33.33'), ['paid', 'dec']],
  ]);

  /** amountPaid is a body field of invoices only: sales orders and estimates have none. */
  const paidOrNot = (): Named => ({
    paid: x.paid,
    inv1: data.inv.inv1,
    soBill: x.orders.bill,
    estLines: x.estimates.lines,
  });

  cases('SearchDoubleField amountPaid (a body field)', paidOrNot, [
    ['empty: the transactions that have none', () => filter('amountPaid', 'empty'), ['soBill', 'estLines']],
    ['notEmpty', () => filter('amountPaid', 'notEmpty'), ['paid', 'inv1']],
    ['equalTo 0', () => filter('amountPaid', 'equalTo', '0'), ['paid', 'inv1']],
    [
      'notEqualTo 0 (empty values match)',
      () => filter('amountPaid', 'notEqualTo', '0'),
      ['soBill', 'estLines'],
    ],
    ['greaterThan 0', () => filter('amountPaid', 'greaterThan', '0'), []],
    [
      'notGreaterThan 0 (empty values match)',
      () => filter('amountPaid', 'notGreaterThan', '0'),
      ['paid', 'inv1', 'soBill', 'estLines'],
    ],
    ['between', () => filter('amountPaid', 'between', '-1', '1'), ['paid', 'inv1']],
  ]);

  describe('SearchDoubleField refusals', () => {
    it('a value that is not an xsd:double is a Fault (USER_ERROR)', async () => {
      expect(await faultCode(filter('totalAmount', 'equalTo', 'abc'))).to.equal('USER_ERROR');
    });

    it('notBetween without searchValue2: INVALID_SEARCH_VALUE', async () => {
      expect(await refused(filter('totalAmount', 'notBetween', '10'))).to.equal('INVALID_SEARCH_VALUE');
    });

    it('lessThan without a searchValue: INVALID_SEARCH_VALUE', async () => {
      expect(await refused(filter('amountRemaining', 'lessThan'))).to.equal('INVALID_SEARCH_VALUE');
    });
  });

  // --- 4. dateTime fields --------------------------------------------------------------------------------------

  const timed = (): Named => ({ tA: x.timed.tA, tB: x.timed.tB, tC: x.timed.tC });
  const t = () => x.instants;
  /** The calendar date of an instant as Billwire writes it (with the account zone's offset). */
  const dayOf = (instant: string) => instant.slice(0, 10);
  const onDayOfB = (same: boolean) => () =>
    (['tA', 'tB', 'tC'] as const).filter((k) => (dayOf(t()[k].modified) === dayOf(t().tB.modified)) === same);

  cases('dateTime lastModifiedDate, against the instants read back', timed, [
    [
      'on a date: the whole day in the account zone',
      () => filter('lastModifiedDate', 'on', dayOf(t().tB.modified)),
      onDayOfB(true),
    ],
    ['on an instant: its whole day', () => filter('lastModifiedDate', 'on', t().tB.modified), onDayOfB(true)],
    ['notOn a date', () => filter('lastModifiedDate', 'notOn', dayOf(t().tB.modified)), onDayOfB(false)],
    ['onOrAfter', () => filter('lastModifiedDate', 'onOrAfter', t().tB.modified), ['tB', 'tC']],
    ['onOrBefore', () => filter('lastModifiedDate', 'onOrBefore', t().tB.modified), ['tA', 'tB']],
    ['after', () => filter('lastModifiedDate', 'after', t().tB.modified), ['tC']],
    ['before', () => filter('lastModifiedDate', 'before', t().tB.modified), ['tA']],
    [
      'within two instants (both included)',
      () => filter('lastModifiedDate', 'within', t().tA.modified, t().tB.modified),
      ['tA', 'tB'],
    ],
    [
      'within one instant and itself',
      () => filter('lastModifiedDate', 'within', t().tB.modified, t().tB.modified),
      ['tB'],
    ],
    [
      'notWithin two instants',
      () => filter('lastModifiedDate', 'notWithin', t().tA.modified, t().tB.modified),
      ['tC'],
    ],
    [
      'within two dates: whole days',
      () => filter('lastModifiedDate', 'within', dayOf(t().tA.modified), dayOf(t().tC.modified)),
      ['tA', 'tB', 'tC'],
    ],
  ]);

  cases('dateTime dateCreated, against the createdDate read back', timed, [
    ['onOrAfter', () => filter('dateCreated', 'onOrAfter', t().tB.created), ['tB', 'tC']],
    ['before', () => filter('dateCreated', 'before', t().tB.created), ['tA']],
    ['after', () => filter('dateCreated', 'after', t().tA.created), ['tB', 'tC']],
    ['onOrBefore', () => filter('dateCreated', 'onOrBefore', t().tA.created), ['tA']],
    [
      'within two instants',
      () => filter('dateCreated', 'within', t().tA.created, t().tC.created),
      ['tA', 'tB', 'tC'],
    ],
    [
      'notWithin two instants',
      () => filter('dateCreated', 'notWithin', t().tB.created, t().tC.created),
      ['tA'],
    ],
  ]);

  describe('dateTime after an update', () => {
    it('lastModifiedDate moves with the update, dateCreated does not', async () => {
      const wr = await write(url, 'update', invoiceXml({ internalId: x.timed.tD, memo: 'updated' }));
      expect(statusOf(dig(wr, 'status'))).to.deep.equal({ isSuccess: true });
      const among = { ...timed(), tD: x.timed.tD };
      expect(await found(among, filter('lastModifiedDate', 'after', t().tC.modified))).to.deep.equal(['tD']);
      expect(await found(among, filter('dateCreated', 'before', t().tA.created))).to.deep.equal(['tD']);
    });
  });

  // --- 5. Statuses that match ------------------------------------------------------------------------------------

  describe('statuses that match', () => {
    const salesOrder = enumOf('type', ['_salesOrder']);

    it('an invoice whose total is zero is Paid In Full: _invoicePaidInFull and CustInvc:B find it', async () => {
      const v = await searchTransactions(url, enumOf('status', ['_invoicePaidInFull']));
      expect(idsOf(v)).to.deep.equal([x.paid]);
      expect(dig(v.records[0], 'status')).to.equal('Paid In Full');
      expect(await found(undefined, enumOf('status', ['CustInvc:B']))).to.deep.equal(['paid']);
    });

    it('_invoiceOpen leaves the paid invoice out', async () => {
      expect(await found(totals(), enumOf('status', ['_invoiceOpen']))).to.deep.equal(
        ['inv1', 'inv2', 'inv3', 'inv4', 'dec'].sort(),
      );
    });

    it('_salesOrderPendingFulfillment (type _salesOrder): the order of an item not yet shipped', async () => {
      expect(
        await found(undefined, enumOf('status', ['_salesOrderPendingFulfillment']) + salesOrder),
      ).to.deep.equal(['soFulfill']);
      expect(await found(undefined, enumOf('status', ['SalesOrd:B']) + salesOrder)).to.deep.equal([
        'soFulfill',
      ]);
    });

    it('_salesOrderPendingBillingPartiallyFulfilled: the order partly shipped, nothing billed', async () => {
      expect(
        await found(
          undefined,
          enumOf('status', ['_salesOrderPendingBillingPartiallyFulfilled']) + salesOrder,
        ),
      ).to.deep.equal(['soPartial']);
    });

    it('_salesOrderPendingBilling: the order of services, not billed', async () => {
      expect(
        await found(undefined, enumOf('status', ['_salesOrderPendingBilling']) + salesOrder),
      ).to.deep.equal(['soBill']);
    });

    it('_salesOrderPendingApproval: the order added pending approval', async () => {
      expect(
        await found(undefined, enumOf('status', ['_salesOrderPendingApproval']) + salesOrder),
      ).to.deep.equal(['soApproval']);
    });

    it('several statuses are ORed', async () => {
      const f = enumOf('status', ['_salesOrderPendingFulfillment', 'SalesOrd:F', '_salesOrderBilled']);
      expect(await found(undefined, f + salesOrder)).to.deep.equal(['order', 'soBill', 'soFulfill']);
    });

    it('status noneOf: every other sales order', async () => {
      const f = enumOf('status', ['_salesOrderBilled', '_salesOrderPendingApproval'], 'noneOf');
      expect(await found(undefined, f + salesOrder)).to.deep.equal(['soBill', 'soFulfill', 'soPartial']);
    });

    it('_itemFulfillmentShipped (type _itemFulfillment): the fulfillment', async () => {
      expect(
        await found(
          undefined,
          enumOf('status', ['_itemFulfillmentShipped']) + enumOf('type', ['_itemFulfillment']),
        ),
      ).to.deep.equal(['fulfillment']);
    });
  });

  // --- 6. Segments and tranId ---------------------------------------------------------------------------------------

  cases('segment filters, over every record of the account', () => undefined, [
    ['currency anyOf', () => anyOf('currency', [x.lists.eur]), ['segA']],
    [
      'currency by externalId',
      () => '<common:currency operator="anyOf"><core:searchValue externalId="CUR-EUR"/></common:currency>',
      ['segA'],
    ],
    ['subsidiary anyOf', () => anyOf('subsidiary', [x.lists.euSub]), ['segA']],
    ['department anyOf', () => anyOf('department', [x.lists.sales]), ['segA']],
    ['class anyOf', () => anyOf('class', [x.lists.retail]), ['segA']],
    ['location anyOf', () => anyOf('location', [x.lists.east]), ['segA']],
    ['terms anyOf', () => anyOf('terms', [x.lists.net30]), ['segA']],
    ['tranId is (ignoring case)', () => filter('tranId', 'is', 'seg-a'), ['segA']],
    ['tranId startsWith', () => filter('tranId', 'startsWith', 'SEG-'), ['segA', 'segB']],
    [
      'segments are ANDed',
      () => anyOf('currency', [x.lists.eur, x.lists.usd]) + anyOf('location', [x.lists.west]),
      ['segB'],
    ],
  ]);

  cases('segment filters: noneOf and @NONE@', () => ({ segA: x.segA, segB: x.segB, inv1: data.inv.inv1 }), [
    [
      'department noneOf (a record without one matches)',
      () => anyOf('department', [x.lists.sales], 'noneOf'),
      ['segB', 'inv1'],
    ],
    ['class anyOf @NONE@', () => anyOf('class', ['@NONE@']), ['inv1']],
    ['terms noneOf @NONE@', () => anyOf('terms', ['@NONE@'], 'noneOf'), ['segA', 'segB']],
  ]);

  // --- 7. mainLine false on a basic search ---------------------------------------------------------------------

  describe('mainLine false on a basic search', () => {
    it('answers records, one per transaction, however many lines it has', async () => {
      const v = await searchTransactions(
        url,
        anyOf('internalId', [data.inv.inv1, data.inv.inv3]) + bool('mainLine', false),
      );
      expect(v).to.deep.include({ totalRecords: 2, ids: [data.inv.inv1, data.inv.inv3] });
      expect(v.rows).to.deep.equal([]);
    });

    it('leaves out a transaction without lines (an estimate with no items)', async () => {
      const estimates = enumOf('type', ['_estimate']);
      expect(await found(undefined, estimates + bool('mainLine', false))).to.deep.equal(['estLines']);
      expect(await found(undefined, estimates + bool('mainLine', true))).to.deep.equal([
        'estEmpty',
        'estLines',
      ]);
    });

    it('with an item filter: each transaction with such a line once, with all its lines', async () => {
      const v = await searchTransactions(
        url,
        anyOf('internalId', [...Object.values(data.inv), x.dec]) +
          anyOf('item', [data.items.support]) +
          bool('mainLine', false),
        { bodyFieldsOnly: false },
      );
      expect(v.ids).to.deep.equal([data.inv.inv2, data.inv.inv3, x.dec]);
      const inv3 = v.records[1]!;
      expect(many(dig(inv3, 'itemList', 'item')).map((l) => dig(l, 'item', 'name'))).to.deep.equal([
        'Consulting',
        'Support',
      ]);
    });
  });

  // --- 8. SearchEnumMultiSelectCustomField ------------------------------------------------------------------------

  const enumCustom = (scriptId: string, operator: string, values: string[]) =>
    customFilters(
      customFilter('SearchEnumMultiSelectCustomField', scriptId, operator, values.map(value).join('')),
    );

  cases('SearchEnumMultiSelectCustomField', invoices, [
    ['anyOf a select field value', () => enumCustom('custbody_region', 'anyOf', ['7']), ['inv1']],
    ['anyOf several values', () => enumCustom('custbody_region', 'anyOf', ['7', '8']), ['inv1', 'inv2']],
    [
      'noneOf (records without the field match)',
      () => enumCustom('custbody_region', 'noneOf', ['7']),
      ['inv2', 'inv3', 'inv4'],
    ],
    ['anyOf a text field value', () => enumCustom('custbody_channel', 'anyOf', ['store']), ['inv2']],
    [
      'anyOf @NONE@: records without the field',
      () => enumCustom('custbody_region', 'anyOf', ['@NONE@']),
      ['inv3', 'inv4'],
    ],
  ]);

  // --- Text with accented capitals ----------------------------------------------------------------------------

  cases(
    'text filters on text with an accented capital',
    () => ({ accented: x.accented, inv1: data.inv.inv1 }),
    [
      ['memo is the exact text', () => filter('memo', 'is', 'Été 2024'), ['accented']],
      ['memo startsWith', () => filter('memo', 'startsWith', 'Été'), ['accented']],
      ['memo contains', () => filter('memo', 'contains', 'té 20'), ['accented']],
    ],
  );
});
