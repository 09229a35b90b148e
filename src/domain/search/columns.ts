/**
 * The result columns of advanced searches (TransactionSearchRow, CustomerSearchRow, ItemSearchRow): what
 * each column holds for a row, read from the stored record (and, on line rows, the line). Select columns
 * carry only the internalId, as NetSuite's do; a transaction's main-line row has no line columns (item,
 * quantity, rate) and `line` 0. A unit test checks the catalogue against the schema's *SearchRowBasic types.
 */
import { RecordError } from '../errors';
import type { CustomField, Line, Ref, StoredRecord } from '../records/types';
import { isRef } from '../records/types';
import {
  JOIN_FAMILIES,
  type ColumnRef,
  type ColumnSelection,
  type JoinName,
  type SearchFamily,
} from './criteria';
import { itemTypeValue, transactionTypeValue } from './enumValues';

export type ColumnType =
  'string' | 'long' | 'double' | 'textNumber' | 'date' | 'instant' | 'boolean' | 'select' | 'enum';

/** A column's value: text (decimals as text, dates YYYY-MM-DD), numbers (longs, instants in ms), refs. */
export type ColumnScalar = string | number | boolean | Ref;

export interface ColumnValue {
  readonly name: string;
  readonly type: ColumnType;
  readonly value: ColumnScalar;
  readonly customLabel?: string;
}

export interface CustomColumnValue {
  readonly field: CustomField;
  readonly customLabel?: string;
}

export interface RowGroup {
  readonly values: ColumnValue[];
  readonly custom: CustomColumnValue[];
}

export interface SearchRow {
  readonly basic: RowGroup;
  readonly joins: { name: JoinName; group: RowGroup }[];
}

interface ColumnSpec {
  readonly type: ColumnType;
  readonly read: (r: StoredRecord, line: Line | undefined) => unknown;
}

const body =
  (name: string) =>
  (r: StoredRecord): unknown =>
    r.fields[name];
const lineOnly =
  (name: string) =>
  (_r: StoredRecord, l: Line | undefined): unknown =>
    l?.fields[name];
const lineOrBody =
  (name: string) =>
  (r: StoredRecord, l: Line | undefined): unknown =>
    l?.fields[name] ?? r.fields[name];
const col = (type: ColumnType, read: ColumnSpec['read']): ColumnSpec => ({ type, read });

/** Columns every family shares. */
const IDENTITY: Record<string, ColumnSpec> = {
  internalId: col('select', (r) => ({ internalId: r.internalId })),
  externalId: col('select', (r) => (r.externalId === undefined ? undefined : { internalId: r.externalId })),
  dateCreated: col('instant', (r) => r.createdAt),
  lastModifiedDate: col('instant', (r) => r.modifiedAt),
};

const TRANSACTION: Readonly<Record<string, ColumnSpec>> = {
  ...IDENTITY,
  amount: col('double', (r, l) => (l ? l.fields.amount : r.fields.total)),
  amountPaid: col('double', body('amountPaid')),
  amountRemaining: col('double', body('amountRemaining')),
  class: col('select', lineOrBody('class')),
  createdFrom: col('select', body('createdFrom')),
  currency: col('select', body('currency')),
  department: col('select', lineOrBody('department')),
  dueDate: col('date', body('dueDate')),
  entity: col('select', body('entity')),
  item: col('select', lineOnly('item')),
  line: col('long', (_r, l) => (l ? l.line : 0)),
  location: col('select', lineOrBody('location')),
  mainLine: col('boolean', (_r, l) => l === undefined),
  memo: col('string', body('memo')),
  otherRefNum: col('textNumber', body('otherRefNum')),
  quantity: col('double', lineOnly('quantity')),
  rate: col('double', lineOnly('rate')),
  status: col('enum', (r) => r.status),
  subsidiary: col('select', body('subsidiary')),
  taxTotal: col('double', body('taxTotal')),
  terms: col('select', body('terms')),
  total: col('double', body('total')),
  tranDate: col('date', body('tranDate')),
  tranId: col('string', body('tranId')),
  type: col('enum', (r) => transactionTypeValue(r.type)),
};

const CUSTOMER: Readonly<Record<string, ColumnSpec>> = {
  ...IDENTITY,
  balance: col('double', body('balance')),
  companyName: col('string', body('companyName')),
  currency: col('select', body('currency')),
  email: col('string', body('email')),
  entityId: col('string', (r) => r.fields.entityId ?? r.name),
  firstName: col('string', body('firstName')),
  isInactive: col('boolean', (r) => r.fields.isInactive === true),
  isPerson: col('boolean', body('isPerson')),
  lastName: col('string', body('lastName')),
  phone: col('string', body('phone')),
  stage: col('enum', body('stage')),
  subsidiary: col('select', body('subsidiary')),
  terms: col('select', body('terms')),
};

const { dateCreated: _noDateCreated, ...ITEM_IDENTITY } = IDENTITY;

const ITEM: Readonly<Record<string, ColumnSpec>> = {
  ...ITEM_IDENTITY,
  displayName: col('string', body('displayName')),
  isInactive: col('boolean', (r) => r.fields.isInactive === true),
  itemId: col('string', body('itemId')),
  salesDescription: col('string', body('salesDescription')),
  type: col('enum', (r) => itemTypeValue(r.type)),
};

export const SEARCH_COLUMNS: Readonly<Partial<Record<SearchFamily, Readonly<Record<string, ColumnSpec>>>>> = {
  transaction: TRANSACTION,
  customer: CUSTOMER,
  item: ITEM,
};

function columnSpec(family: SearchFamily, name: string): ColumnSpec | undefined {
  const cols = SEARCH_COLUMNS[family];
  return cols && Object.prototype.hasOwnProperty.call(cols, name) ? cols[name] : undefined;
}

/** Refuses columns, joins and families Billwire cannot fill, before the search runs. */
export function checkColumns(family: SearchFamily, selection: ColumnSelection): void {
  const check = (f: SearchFamily, cols: readonly ColumnRef[]) => {
    for (const c of cols) {
      if (!c.custom && !columnSpec(f, c.name)) {
        throw new RecordError('INVALID_SEARCH_FIELD_NAME', `Billwire has no ${f} search column ${c.name}.`);
      }
    }
  };
  if (!SEARCH_COLUMNS[family]) {
    throw new RecordError('INVALID_SEARCH', `Billwire does not return columns for ${family} searches.`);
  }
  check(family, selection.basic);
  for (const j of selection.joins) {
    if (family !== 'transaction' || !Object.prototype.hasOwnProperty.call(JOIN_FAMILIES, j.name)) {
      throw new RecordError(
        'INVALID_SEARCH',
        `Billwire does not return columns of the ${j.name} of a ${family} search.`,
      );
    }
    check(JOIN_FAMILIES[j.name as JoinName], j.columns);
  }
}

function normalise(type: ColumnType, v: unknown): ColumnScalar | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  switch (type) {
    case 'select':
      return isRef(v) && v.internalId !== undefined ? { internalId: v.internalId } : undefined;
    case 'boolean':
      return typeof v === 'boolean' ? v : undefined;
    case 'long':
    case 'instant':
      return typeof v === 'number' ? v : undefined;
    case 'double':
      return (typeof v === 'string' && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v)) || typeof v === 'number'
        ? String(v)
        : undefined;
    default:
      return typeof v === 'string' ? v : undefined;
  }
}

function sameCustom(c: CustomField, ref: ColumnRef['custom']): boolean {
  return (
    (ref?.scriptId !== undefined && c.scriptId === ref.scriptId) ||
    (ref?.internalId !== undefined && c.internalId === ref.internalId)
  );
}

/** The selected columns of one record (and line), empty columns left out as NetSuite leaves them out. */
export function rowGroup(
  family: SearchFamily,
  record: StoredRecord | undefined,
  line: Line | undefined,
  columns: readonly ColumnRef[],
): RowGroup {
  const group: RowGroup = { values: [], custom: [] };
  if (!record) return group;
  for (const c of columns) {
    if (c.custom) {
      const field = record.customFields.find((f) => sameCustom(f, c.custom));
      if (field) group.custom.push({ field, customLabel: c.customLabel });
      continue;
    }
    const spec = columnSpec(family, c.name)!;
    const value = normalise(spec.type, spec.read(record, line));
    if (value !== undefined)
      group.values.push({ name: c.name, type: spec.type, value, customLabel: c.customLabel });
  }
  return group;
}

/** The record a join's columns read, for a transaction row. */
export interface RowRelations {
  customer(id: string | undefined): StoredRecord | undefined;
  item(id: string | undefined): StoredRecord | undefined;
  transaction(id: string | undefined): StoredRecord | undefined;
}

const refId = (v: unknown): string | undefined => (isRef(v) ? v.internalId : undefined);

export function buildRow(
  family: SearchFamily,
  record: StoredRecord,
  line: Line | undefined,
  selection: ColumnSelection,
  related: RowRelations,
): SearchRow {
  const joins = selection.joins.map((j) => {
    const name = j.name as JoinName;
    const joined =
      name === 'customerJoin'
        ? related.customer(refId(record.fields.entity))
        : name === 'itemJoin'
          ? related.item(refId(line?.fields.item))
          : related.transaction(refId(record.fields.createdFrom));
    return { name, group: rowGroup(JOIN_FAMILIES[name], joined, undefined, j.columns) };
  });
  return { basic: rowGroup(family, record, line, selection.basic), joins };
}
