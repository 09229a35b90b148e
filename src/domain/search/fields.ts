/**
 * The filters Billwire answers, per record family: each filter's NetSuite field type (which decides its
 * operators) and what it tests — a key of the record, a value of its item lines, or an enumeration mapped to
 * a predicate. A filter the schema declares but that is missing here (account, postingPeriod, daysOverdue…)
 * is refused with INVALID_SEARCH_FIELD_NAME rather than ignored. A unit test checks every entry against the
 * schema's *SearchBasic types, so the two cannot disagree about a field's type.
 */
import { ITEM_TYPES } from '../records/kinds';
import type { RecordType } from '../records/types';
import type { SearchFamily } from './criteria';
import { CUSTOMER_STAGES, itemTypeOf, transactionStatusOf, transactionTypeOf } from './enumValues';
import { and, NONE, not, type Key, type Predicate } from './predicates';

/** NetSuite's search field types (Search…Field), by the operators they take. */
export type FilterType =
  'string' | 'long' | 'double' | 'textNumber' | 'date' | 'boolean' | 'multiSelect' | 'enumMultiSelect';

export type FieldSubject =
  /** A value of the record itself. */
  | { readonly key: Key }
  /** A value of the record's item lines (the item, the sales order a line bills). */
  | { readonly line: Key }
  /** A multi-select matched by the RecordRefs' externalId. */
  | { readonly externalIds: Key }
  /** Enumerated values (and booleans with a meaning of their own): one predicate per value. */
  | { readonly predicateOf: (value: string) => Predicate | undefined }
  /** mainLine: chooses one row per transaction (true) or its line rows (false). */
  | { readonly mainLine: true };

export interface FieldSpec {
  readonly filter: FilterType;
  readonly subject: FieldSubject;
  /** For references: the record types a RecordRef by externalId is looked up in. */
  readonly targets?: readonly RecordType[];
}

const k = (name: string, type: Key['type']): Key => ({ name, type });
const field = (filter: FilterType, key: Key, targets?: readonly RecordType[]): FieldSpec => ({
  filter,
  subject: { key },
  targets,
});
const text = (name: string) => field('string', k(name, 'text'));
const bodyText = (name: string) => text(`field:${name}`);
const select = (name: string, targets: readonly RecordType[]) => field('multiSelect', k(name, 'id'), targets);
const bodyRef = (name: string, targets: readonly RecordType[] = []) =>
  field('multiSelect', k(`field:${name}`, 'ref'), targets);

export const TRANSACTION_TYPES: readonly RecordType[] = [
  'invoice',
  'salesOrder',
  'estimate',
  'itemFulfillment',
];

/** Identity and timestamp filters; `without` names the ones a family's SearchBasic type lacks. */
function identity(types: readonly RecordType[], without: readonly string[] = []): Record<string, FieldSpec> {
  const all: Record<string, FieldSpec> = {
    internalId: select('id', types),
    internalIdNumber: field('long', k('id', 'number')),
    externalId: { filter: 'multiSelect', subject: { externalIds: k('externalId', 'text') } },
    externalIdString: text('externalId'),
    dateCreated: field('date', k('created', 'instant')),
    lastModifiedDate: field('date', k('modified', 'instant')),
  };
  for (const name of without) delete all[name];
  return all;
}

const typeIs = (t: RecordType | null): Predicate =>
  t === null ? NONE : { p: 'in', key: k('type', 'text'), values: [t] };

const TRANSACTION: Readonly<Record<string, FieldSpec>> = {
  ...identity(TRANSACTION_TYPES),
  amount: field('double', k('total', 'number')),
  amountPaid: field('double', k('field:amountPaid', 'number')),
  amountRemaining: field('double', k('amountRemaining', 'number')),
  class: select('class', ['classification']),
  createdFrom: select('createdFrom', ['salesOrder', 'estimate']),
  currency: select('currency', ['currency']),
  department: select('department', ['department']),
  dueDate: field('date', k('dueDate', 'date')),
  entity: select('entity', ['customer']),
  item: { filter: 'multiSelect', subject: { line: k('item', 'id') }, targets: ITEM_TYPES },
  location: select('location', ['location']),
  mainLine: { filter: 'boolean', subject: { mainLine: true } },
  memo: text('memo'),
  otherRefNum: field('textNumber', k('otherRefNum', 'text')),
  salesOrder: { filter: 'multiSelect', subject: { line: k('order', 'id') }, targets: ['salesOrder'] },
  salesRep: bodyRef('salesRep'),
  shipDate: field('date', k('field:shipDate', 'date')),
  status: {
    filter: 'enumMultiSelect',
    subject: {
      predicateOf: (v) => {
        const s = transactionStatusOf(v);
        if (s === undefined) return undefined;
        return s === null
          ? NONE
          : and(typeIs(s.type), { p: 'in', key: k('status', 'text'), values: [s.status] });
      },
    },
  },
  subsidiary: select('subsidiary', ['subsidiary']),
  terms: select('terms', ['term']),
  totalAmount: field('double', k('total', 'number')),
  tranDate: field('date', k('tranDate', 'date')),
  tranId: text('tranId'),
  type: {
    filter: 'enumMultiSelect',
    subject: {
      predicateOf: (v) => {
        const t = transactionTypeOf(v);
        return t === undefined ? undefined : typeIs(t);
      },
    },
  },
  voided: {
    filter: 'boolean',
    subject: {
      predicateOf: (v) => {
        const voided: Predicate = { p: 'in', key: k('status', 'text'), values: ['voided'] };
        return v === 'true' ? voided : not(voided);
      },
    },
  },
};

const CUSTOMER: Readonly<Record<string, FieldSpec>> = {
  ...identity(['customer']),
  companyName: bodyText('companyName'),
  currency: bodyRef('currency', ['currency']),
  email: bodyText('email'),
  entityId: text('name'),
  entityStatus: bodyRef('entityStatus'),
  firstName: bodyText('firstName'),
  isInactive: field('boolean', k('isInactive', 'bool')),
  isPerson: field('boolean', k('field:isPerson', 'bool')),
  lastName: bodyText('lastName'),
  parent: bodyRef('parent', ['customer']),
  phone: bodyText('phone'),
  salesRep: bodyRef('salesRep'),
  stage: {
    filter: 'enumMultiSelect',
    subject: {
      predicateOf: (v) =>
        CUSTOMER_STAGES.includes(v)
          ? { p: 'text', key: k('field:stage', 'text'), match: 'is', value: v }
          : undefined,
    },
  },
  subsidiary: bodyRef('subsidiary', ['subsidiary']),
  terms: bodyRef('terms', ['term']),
};

const CONTACT: Readonly<Record<string, FieldSpec>> = {
  ...identity(['contact'], ['internalIdNumber', 'externalIdString', 'dateCreated']),
  company: bodyRef('company', ['customer']),
  email: bodyText('email'),
  entityId: bodyText('entityId'),
  firstName: bodyText('firstName'),
  lastName: bodyText('lastName'),
};

const ITEM: Readonly<Record<string, FieldSpec>> = {
  ...identity(ITEM_TYPES, ['dateCreated']),
  displayName: bodyText('displayName'),
  isInactive: field('boolean', k('isInactive', 'bool')),
  itemId: text('name'),
  type: {
    filter: 'enumMultiSelect',
    subject: {
      predicateOf: (v) => {
        const t = itemTypeOf(v);
        return t === undefined ? undefined : typeIs(t);
      },
    },
  },
};

export const SEARCH_FIELDS: Readonly<Record<SearchFamily, Readonly<Record<string, FieldSpec>>>> = {
  transaction: TRANSACTION,
  customer: CUSTOMER,
  contact: CONTACT,
  item: ITEM,
};

/** The record types a family's search returns. */
export const FAMILY_TYPES: Readonly<Record<SearchFamily, readonly RecordType[]>> = {
  transaction: TRANSACTION_TYPES,
  customer: ['customer'],
  contact: ['contact'],
  item: ITEM_TYPES,
};

export function fieldSpec(family: SearchFamily, name: string): FieldSpec | undefined {
  const fields = SEARCH_FIELDS[family];
  return Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
}
