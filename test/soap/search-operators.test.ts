/**
 * Every operator of every search field type, on seeded invoices (test/support/searchData.ts): string
 * (memo, tranId, externalIdString), double (amount), long (internalIdNumber), text-number (otherRefNum), date
 * (tranDate, a date-only field; shipDate, a body field), instant (lastModifiedDate), boolean, multi-select
 * (entity, item, externalId, createdFrom, @NONE@), enumerated (type, status) and each kind of custom field.
 * Negative operators are complements: a record with no value matches isNot, doesNotContain, noneOf…
 * Each case is limited to the four test invoices, so other records never blur the expectation.
 */
import { expect } from 'chai';
import {
  anyOf,
  bool,
  customFilter,
  customFilters,
  enumOf,
  filter,
  idsOf,
  searchTransactions,
} from '../support/search';
import { seedSearchData, type SearchData } from '../support/searchData';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

type Inv = 'inv1' | 'inv2' | 'inv3' | 'inv4';
type Case = [title: string, filters: (d: SearchData) => string, expected: Inv[]];

const ALL: Inv[] = ['inv1', 'inv2', 'inv3', 'inv4'];
const value = (v: string) => `<core:searchValue>${v}</core:searchValue>`;

const STRING: Case[] = [
  ['is (ignoring case)', () => filter('memo', 'is', 'setup FEE'), ['inv2']],
  ['isNot', () => filter('memo', 'isNot', 'Setup fee'), ['inv1', 'inv3', 'inv4']],
  ['contains', () => filter('memo', 'contains', 'MARCH'), ['inv1', 'inv4']],
  ['doesNotContain (empty values match)', () => filter('memo', 'doesNotContain', 'march'), ['inv2', 'inv3']],
  ['startsWith', () => filter('memo', 'startsWith', 'set'), ['inv2']],
  ['doesNotStartWith', () => filter('memo', 'doesNotStartWith', 'set'), ['inv1', 'inv3', 'inv4']],
  ['empty', () => filter('memo', 'empty'), ['inv3']],
  ['notEmpty', () => filter('memo', 'notEmpty'), ['inv1', 'inv2', 'inv4']],
  ['hasKeywords (every word, any order)', () => filter('memo', 'hasKeywords', 'services march'), ['inv1']],
  ['contains treats % and _ literally', () => filter('memo', 'contains', '%'), []],
  ['externalIdString is', () => filter('externalIdString', 'is', 'inv-2'), ['inv2']],
  ['externalIdString empty', () => filter('externalIdString', 'empty'), ['inv3', 'inv4']],
];

const DOUBLE: Case[] = [
  ['equalTo', () => filter('amount', 'equalTo', '225'), ['inv3']],
  ['notEqualTo', () => filter('amount', 'notEqualTo', '225.00'), ['inv1', 'inv2', 'inv4']],
  ['greaterThan', () => filter('amount', 'greaterThan', '100'), ['inv1', 'inv3']],
  ['notGreaterThan', () => filter('amount', 'notGreaterThan', '100'), ['inv2', 'inv4']],
  ['greaterThanOrEqualTo', () => filter('amount', 'greaterThanOrEqualTo', '100'), ['inv1', 'inv3', 'inv4']],
  ['notGreaterThanOrEqualTo', () => filter('amount', 'notGreaterThanOrEqualTo', '100'), ['inv2']],
  ['lessThan', () => filter('amount', 'lessThan', '100'), ['inv2']],
  ['notLessThan', () => filter('amount', 'notLessThan', '100'), ['inv1', 'inv3', 'inv4']],
  ['lessThanOrEqualTo', () => filter('amount', 'lessThanOrEqualTo', '100'), ['inv2', 'inv4']],
  ['notLessThanOrEqualTo', () => filter('amount', 'notLessThanOrEqualTo', '100'), ['inv1', 'inv3']],
  ['between (inclusive)', () => filter('amount', 'between', '50', '225'), ['inv2', 'inv3', 'inv4']],
  ['notBetween', () => filter('amount', 'notBetween', '50', '225'), ['inv1']],
  ['notEmpty', () => filter('totalAmount', 'notEmpty'), ALL],
  ['empty', () => filter('amountRemaining', 'empty'), []],
  ['amountPaid (a body field) equalTo 0', () => filter('amountPaid', 'equalTo', '0'), ALL],
];

const LONG: Case[] = [
  ['equalTo', (d) => filter('internalIdNumber', 'equalTo', d.inv.inv2), ['inv2']],
  ['greaterThan', (d) => filter('internalIdNumber', 'greaterThan', d.inv.inv2), ['inv3', 'inv4']],
  ['between', (d) => filter('internalIdNumber', 'between', d.inv.inv2, d.inv.inv3), ['inv2', 'inv3']],
  ['notBetween', (d) => filter('internalIdNumber', 'notBetween', d.inv.inv2, d.inv.inv3), ['inv1', 'inv4']],
  ['lessThanOrEqualTo', (d) => filter('internalIdNumber', 'lessThanOrEqualTo', d.inv.inv1), ['inv1']],
];

const TEXT_NUMBER: Case[] = [
  ['equalTo (ignoring case)', () => filter('otherRefNum', 'equalTo', 'po-200'), ['inv2']],
  ['notEqualTo', () => filter('otherRefNum', 'notEqualTo', 'PO-200'), ['inv1', 'inv3', 'inv4']],
  ['greaterThan (text order)', () => filter('otherRefNum', 'greaterThan', 'PO-150'), ['inv2', 'inv4']],
  ['between', () => filter('otherRefNum', 'between', 'PO-100', 'PO-200'), ['inv1', 'inv2']],
  ['empty', () => filter('otherRefNum', 'empty'), ['inv3']],
  ['notEmpty', () => filter('otherRefNum', 'notEmpty'), ['inv1', 'inv2', 'inv4']],
];

const day = (d: string) => `${d}T00:00:00.000-08:00`;

const DATE: Case[] = [
  ['on', () => filter('tranDate', 'on', day('2024-02-10')), ['inv2']],
  [
    'on takes the date as written, whatever the offset',
    () => filter('tranDate', 'on', '2024-02-10T23:30:00Z'),
    ['inv2'],
  ],
  ['notOn', () => filter('tranDate', 'notOn', day('2024-02-10')), ['inv1', 'inv3', 'inv4']],
  ['before', () => filter('tranDate', 'before', day('2024-02-10')), ['inv1']],
  ['notBefore', () => filter('tranDate', 'notBefore', day('2024-02-10')), ['inv2', 'inv3', 'inv4']],
  ['after', () => filter('tranDate', 'after', day('2024-02-10')), ['inv3', 'inv4']],
  ['notAfter', () => filter('tranDate', 'notAfter', day('2024-02-10')), ['inv1', 'inv2']],
  ['onOrBefore', () => filter('tranDate', 'onOrBefore', day('2024-02-10')), ['inv1', 'inv2']],
  ['notOnOrBefore', () => filter('tranDate', 'notOnOrBefore', day('2024-02-10')), ['inv3', 'inv4']],
  ['onOrAfter', () => filter('tranDate', 'onOrAfter', day('2024-02-10')), ['inv2', 'inv3', 'inv4']],
  ['notOnOrAfter', () => filter('tranDate', 'notOnOrAfter', day('2024-02-10')), ['inv1']],
  [
    'within (both days included)',
    () => filter('tranDate', 'within', day('2024-02-10'), day('2024-02-20')),
    ['inv2', 'inv3'],
  ],
  [
    'notWithin',
    () => filter('tranDate', 'notWithin', day('2024-02-01'), day('2024-02-29')),
    ['inv1', 'inv4'],
  ],
  ['notEmpty', () => filter('tranDate', 'notEmpty'), ALL],
  ['empty on a body field (shipDate)', () => filter('shipDate', 'empty'), ['inv2', 'inv3', 'inv4']],
  ['on a body field (shipDate)', () => filter('shipDate', 'on', day('2024-01-20')), ['inv1']],
  [
    'dueDate (no terms: the tranDate) onOrAfter',
    () => filter('dueDate', 'onOrAfter', day('2024-02-20')),
    ['inv3', 'inv4'],
  ],
];

const INSTANT: Case[] = [
  [
    'lastModifiedDate after an instant',
    (d) => filter('lastModifiedDate', 'after', d.afterInv2.toISOString()),
    ['inv3', 'inv4'],
  ],
  [
    'lastModifiedDate onOrBefore an instant',
    (d) => filter('lastModifiedDate', 'onOrBefore', d.afterInv2.toISOString()),
    ['inv1', 'inv2'],
  ],
  [
    'dateCreated within two instants',
    (d) =>
      filter('dateCreated', 'within', d.afterInv2.toISOString(), new Date(Date.now() + 60_000).toISOString()),
    ['inv3', 'inv4'],
  ],
  [
    'lastModifiedDate notAfter an instant',
    (d) => filter('lastModifiedDate', 'notAfter', d.afterInv2.toISOString()),
    ['inv1', 'inv2'],
  ],
];

const SELECT: Case[] = [
  ['entity anyOf', (d) => anyOf('entity', [d.customers.acme]), ['inv1', 'inv2']],
  ['entity noneOf', (d) => anyOf('entity', [d.customers.acme], 'noneOf'), ['inv3', 'inv4']],
  ['entity anyOf several', (d) => anyOf('entity', [d.customers.beta, d.customers.gamma]), ['inv3', 'inv4']],
  [
    'entity by externalId',
    () => '<common:entity operator="anyOf"><core:searchValue externalId="CUST-B"/></common:entity>',
    ['inv3'],
  ],
  [
    'entity by an unknown externalId matches nothing',
    () => '<common:entity operator="anyOf"><core:searchValue externalId="NOPE"/></common:entity>',
    [],
  ],
  ['entity anyOf @NONE@ (no entity)', () => anyOf('entity', ['@NONE@']), []],
  ['item anyOf (any line)', (d) => anyOf('item', [d.items.support]), ['inv2', 'inv3']],
  ['item noneOf (no line)', (d) => anyOf('item', [d.items.support], 'noneOf'), ['inv1', 'inv4']],
  ['internalId anyOf', (d) => anyOf('internalId', [d.inv.inv1, d.inv.inv3]), ['inv1', 'inv3']],
  ['internalId noneOf', (d) => anyOf('internalId', [d.inv.inv1], 'noneOf'), ['inv2', 'inv3', 'inv4']],
  [
    'externalId anyOf',
    () => '<common:externalId operator="anyOf"><core:searchValue externalId="INV-1"/></common:externalId>',
    ['inv1'],
  ],
  [
    'externalId noneOf',
    () => '<common:externalId operator="noneOf"><core:searchValue externalId="INV-1"/></common:externalId>',
    ['inv2', 'inv3', 'inv4'],
  ],
  ['createdFrom anyOf @NONE@', () => anyOf('createdFrom', ['@NONE@']), ALL],
];

const BOOLEAN_AND_ENUM: Case[] = [
  ['mainLine true', () => bool('mainLine', true), ALL],
  ['voided false', () => bool('voided', false), ALL],
  ['voided true', () => bool('voided', true), []],
  ['type anyOf _invoice', () => enumOf('type', ['_invoice']), ALL],
  ['type anyOf CustInvc (internal code)', () => enumOf('type', ['CustInvc']), ALL],
  ['type anyOf a type Billwire does not host', () => enumOf('type', ['_creditMemo']), []],
  ['type noneOf _invoice', () => enumOf('type', ['_invoice'], 'noneOf'), []],
  ['status anyOf _invoiceOpen', () => enumOf('status', ['_invoiceOpen']), ALL],
  ['status anyOf CustInvc:A', () => enumOf('status', ['CustInvc:A']), ALL],
  [
    'status anyOf _invoicePaidInFull',
    () => enumOf('status', ['_invoicePaidInFull', '_salesOrderPendingBilling']),
    [],
  ],
  ['status noneOf _invoiceOpen', () => enumOf('status', ['_invoiceOpen'], 'noneOf'), []],
];

const CUSTOM: Case[] = [
  [
    'string is',
    () => customFilters(customFilter('SearchStringCustomField', 'custbody_channel', 'is', value('WEB'))),
    ['inv1'],
  ],
  [
    'string contains',
    () =>
      customFilters(customFilter('SearchStringCustomField', 'custbody_channel', 'contains', value('web'))),
    ['inv1', 'inv3'],
  ],
  [
    'string isNot (records without it match)',
    () => customFilters(customFilter('SearchStringCustomField', 'custbody_channel', 'isNot', value('web'))),
    ['inv2', 'inv3', 'inv4'],
  ],
  [
    'string empty',
    () => customFilters(customFilter('SearchStringCustomField', 'custbody_channel', 'empty', '')),
    ['inv4'],
  ],
  [
    'string notEmpty',
    () => customFilters(customFilter('SearchStringCustomField', 'custbody_channel', 'notEmpty', '')),
    ['inv1', 'inv2', 'inv3'],
  ],
  [
    'long equalTo',
    () => customFilters(customFilter('SearchLongCustomField', 'custbody_priority', 'equalTo', value('5'))),
    ['inv1'],
  ],
  [
    'long greaterThan',
    () =>
      customFilters(customFilter('SearchLongCustomField', 'custbody_priority', 'greaterThan', value('1'))),
    ['inv1', 'inv3'],
  ],
  [
    'long notGreaterThan',
    () =>
      customFilters(customFilter('SearchLongCustomField', 'custbody_priority', 'notGreaterThan', value('1'))),
    ['inv2', 'inv4'],
  ],
  [
    'long empty',
    () => customFilters(customFilter('SearchLongCustomField', 'custbody_priority', 'empty', '')),
    ['inv4'],
  ],
  [
    'double between',
    () =>
      customFilters(
        customFilter(
          'SearchDoubleCustomField',
          'custbody_score',
          'between',
          `${value('2')}<core:searchValue2>8</core:searchValue2>`,
        ),
      ),
    ['inv1', 'inv2'],
  ],
  [
    'double lessThan',
    () => customFilters(customFilter('SearchDoubleCustomField', 'custbody_score', 'lessThan', value('2.5'))),
    ['inv2'],
  ],
  [
    'date on',
    () =>
      customFilters(customFilter('SearchDateCustomField', 'custbody_shipby', 'on', value(day('2024-02-01')))),
    ['inv1'],
  ],
  [
    'date after',
    () =>
      customFilters(
        customFilter('SearchDateCustomField', 'custbody_shipby', 'after', value(day('2024-02-01'))),
      ),
    [],
  ],
  [
    'date notEmpty',
    () => customFilters(customFilter('SearchDateCustomField', 'custbody_shipby', 'notEmpty', '')),
    ['inv1'],
  ],
  [
    'boolean true',
    () => customFilters(customFilter('SearchBooleanCustomField', 'custbody_rush', undefined, value('true'))),
    ['inv1'],
  ],
  [
    'boolean false (false or no value)',
    () => customFilters(customFilter('SearchBooleanCustomField', 'custbody_rush', undefined, value('false'))),
    ['inv2', 'inv3', 'inv4'],
  ],
  [
    'multi-select anyOf',
    () =>
      customFilters(
        customFilter(
          'SearchMultiSelectCustomField',
          'custbody_region',
          'anyOf',
          '<core:searchValue internalId="7"/>',
        ),
      ),
    ['inv1'],
  ],
  [
    'multi-select noneOf',
    () =>
      customFilters(
        customFilter(
          'SearchMultiSelectCustomField',
          'custbody_region',
          'noneOf',
          '<core:searchValue internalId="7"/>',
        ),
      ),
    ['inv2', 'inv3', 'inv4'],
  ],
  [
    'multi-select anyOf @NONE@',
    () =>
      customFilters(
        customFilter(
          'SearchMultiSelectCustomField',
          'custbody_region',
          'anyOf',
          '<core:searchValue internalId="@NONE@"/>',
        ),
      ),
    ['inv3', 'inv4'],
  ],
  [
    'two custom filters are ANDed',
    () =>
      customFilters(
        customFilter('SearchStringCustomField', 'custbody_channel', 'contains', value('web')),
        customFilter('SearchLongCustomField', 'custbody_priority', 'greaterThan', value('5')),
      ),
    ['inv3'],
  ],
];

describe(`search operators (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let data: SearchData;
  before(async () => {
    s = await startTestServer();
    url = s.endpoint();
    data = await seedSearchData(url);
  });
  after(() => s.close());

  async function found(filters: string): Promise<Inv[]> {
    // The four invoices, by internalId, or by number range when the case filters internalId itself.
    const ids = Object.values(data.inv).map(Number);
    const among = filters.includes('<common:internalId ')
      ? filter('internalIdNumber', 'between', String(Math.min(...ids)), String(Math.max(...ids)))
      : anyOf('internalId', Object.values(data.inv));
    const byId = new Map(Object.entries(data.inv).map(([k, v]) => [v, k as Inv]));
    return idsOf(await searchTransactions(url, among + filters)).map(
      (id) => byId.get(id) ?? (`other ${id}` as Inv),
    );
  }

  const groups: [string, Case[]][] = [
    ['string field', STRING],
    ['double field', DOUBLE],
    ['long field', LONG],
    ['text-number field', TEXT_NUMBER],
    ['date field', DATE],
    ['instant field', INSTANT],
    ['multi-select field', SELECT],
    ['boolean and enumerated fields', BOOLEAN_AND_ENUM],
    ['custom field', CUSTOM],
  ];
  for (const [group, cases] of groups) {
    describe(group, () => {
      for (const [title, filters, expected] of cases) {
        it(title, async () => {
          expect(await found(filters(data))).to.deep.equal(expected);
        });
      }
    });
  }

  it('filters are ANDed', async () => {
    const f = anyOf('entity', [data.customers.acme]) + filter('amount', 'greaterThan', '100');
    expect(await found(f)).to.deep.equal(['inv1']);
  });
});
