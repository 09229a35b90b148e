/**
 * The search catalogues agree with the schema a client compiles: every filter Billwire answers has the
 * field type the *SearchBasic type declares (so its operators are the client's), every filter the schema
 * declares is either answered or knowingly refused, and every column of the *SearchRowBasic types is filled.
 */
import { expect } from 'chai';
import { SEARCH_COLUMNS } from '../../src/domain/search/columns';
import type { SearchFamily } from '../../src/domain/search/criteria';
import { SEARCH_FIELDS, type FilterType } from '../../src/domain/search/fields';
import { schema } from '../../src/soap/schema/defs';

const FILTER_TYPES: Record<string, FilterType> = {
  'core:SearchStringField': 'string',
  'core:SearchLongField': 'long',
  'core:SearchDoubleField': 'double',
  'core:SearchTextNumberField': 'textNumber',
  'core:SearchDateField': 'date',
  'core:SearchBooleanField': 'boolean',
  'core:SearchMultiSelectField': 'multiSelect',
  'core:SearchEnumMultiSelectField': 'enumMultiSelect',
};

const COLUMN_TYPES: Record<string, string[]> = {
  'core:SearchColumnStringField': ['string'],
  'core:SearchColumnLongField': ['long'],
  'core:SearchColumnDoubleField': ['double'],
  'core:SearchColumnTextNumberField': ['textNumber'],
  'core:SearchColumnDateField': ['date', 'instant'],
  'core:SearchColumnBooleanField': ['boolean'],
  'core:SearchColumnSelectField': ['select'],
  'core:SearchColumnEnumSelectField': ['enum'],
};

/** Filters the schema declares that Billwire refuses with INVALID_SEARCH_FIELD_NAME (docs/search.md). */
const REFUSED: Record<SearchFamily, string[]> = {
  transaction: [
    'account',
    'appliedToTransaction',
    'applyingTransaction',
    'daysOverdue',
    'number',
    'postingPeriod',
    'postingPeriodRelative',
  ],
  customer: ['balance'],
  contact: [],
  item: [],
};

const BASIC: Record<SearchFamily, string> = {
  transaction: 'TransactionSearchBasic',
  customer: 'CustomerSearchBasic',
  contact: 'ContactSearchBasic',
  item: 'ItemSearchBasic',
};

function elements(local: string): Map<string, string> {
  const t = schema.byLocalName(local)!;
  return new Map(t.elements.filter((e) => e.name !== 'customFieldList').map((e) => [e.name, e.typeName]));
}

describe('search catalogues against the schema', () => {
  for (const family of Object.keys(BASIC) as SearchFamily[]) {
    it(`${BASIC[family]}: each answered filter has the schema's field type; the others are known refusals`, () => {
      const declared = elements(BASIC[family]);
      for (const [name, spec] of Object.entries(SEARCH_FIELDS[family])) {
        expect(declared.has(name), `${name} is not in ${BASIC[family]}`).to.equal(true);
        expect(spec.filter, name).to.equal(FILTER_TYPES[declared.get(name)!]);
      }
      const unanswered = [...declared.keys()].filter((n) => !(n in SEARCH_FIELDS[family]));
      expect(unanswered.sort()).to.deep.equal([...REFUSED[family]].sort());
    });
  }

  const ROWS: [SearchFamily, string][] = [
    ['transaction', 'TransactionSearchRowBasic'],
    ['customer', 'CustomerSearchRowBasic'],
    ['item', 'ItemSearchRowBasic'],
  ];
  for (const [family, row] of ROWS) {
    it(`${row}: every column is filled, with a value of the column's type`, () => {
      const declared = elements(row);
      const cols = SEARCH_COLUMNS[family]!;
      expect(Object.keys(cols).sort()).to.deep.equal([...declared.keys()].sort());
      for (const [name, spec] of Object.entries(cols)) {
        expect(COLUMN_TYPES[declared.get(name)!], name).to.include(spec.type);
      }
    });
  }
});
