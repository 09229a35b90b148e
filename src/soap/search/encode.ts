/**
 * Search results -> wire: the searchResult (records through the record codec, or searchRows whose columns
 * carry `searchValue`s typed by the schema's Search…Column types), dates written in the account's zone, and
 * a failed search as a searchResult whose status says why.
 */
import { instantText, localDateText } from '../../domain/dates';
import type { RecordError } from '../../domain/errors';
import type { CustomField, CustomFieldKind } from '../../domain/records/types';
import type { ColumnValue, RowGroup, SearchRow } from '../../domain/search/columns';
import type { SearchFamily } from '../../domain/search/criteria';
import type { SearchPage } from '../../domain/search/service';
import type { WireObject, WireValue } from '../codec/wire';
import { statusFailed, statusOk } from '../faults';
import { recordToWire } from '../records/codec';

const ROW_TYPE: Readonly<Partial<Record<SearchFamily, string>>> = {
  transaction: 'TransactionSearchRow',
  customer: 'CustomerSearchRow',
  item: 'ItemSearchRow',
};

const CUSTOM_COLUMN: Readonly<Record<CustomFieldKind, string>> = {
  string: 'SearchColumnStringCustomField',
  long: 'SearchColumnLongCustomField',
  double: 'SearchColumnDoubleCustomField',
  boolean: 'SearchColumnBooleanCustomField',
  date: 'SearchColumnDateCustomField',
  select: 'SearchColumnSelectCustomField',
  multiSelect: 'SearchColumnMultiSelectCustomField',
};

function columnValue(c: ColumnValue, timeZone: string): WireValue {
  switch (c.type) {
    case 'date':
      return localDateText(c.value as string, timeZone);
    case 'instant':
      return instantText(c.value as number, timeZone);
    case 'select':
      return { ...(c.value as WireObject) };
    default:
      return c.value as WireValue;
  }
}

function customColumn(field: CustomField, customLabel: string | undefined): WireObject {
  const o: WireObject = { $type: CUSTOM_COLUMN[field.kind] };
  if (customLabel !== undefined) o.customLabel = customLabel;
  if (field.internalId !== undefined) o.internalId = field.internalId;
  if (field.scriptId !== undefined) o.scriptId = field.scriptId;
  o.searchValue = (field.kind === 'double' ? String(field.value) : field.value) as WireValue;
  return o;
}

function groupToWire(g: RowGroup, timeZone: string): WireObject {
  const o: WireObject = {};
  for (const c of g.values) {
    const column: WireObject = {};
    if (c.customLabel !== undefined) column.customLabel = c.customLabel;
    column.searchValue = columnValue(c, timeZone);
    o[c.name] = [column];
  }
  if (g.custom.length > 0)
    o.customFieldList = { customField: g.custom.map((c) => customColumn(c.field, c.customLabel)) };
  return o;
}

export function rowToWire(family: SearchFamily, row: SearchRow, timeZone: string): WireObject {
  const o: WireObject = { $type: ROW_TYPE[family]!, basic: groupToWire(row.basic, timeZone) };
  for (const j of row.joins) o[j.name] = groupToWire(j.group, timeZone);
  return o;
}

export function searchResultOf(page: SearchPage, timeZone: string): WireObject {
  const result: WireObject = {
    status: statusOk(),
    totalRecords: page.totalRecords,
    pageSize: page.pageSize,
    totalPages: page.totalPages,
    pageIndex: page.pageIndex,
    searchId: page.searchId,
  };
  if (page.rows)
    result.searchRowList = { searchRow: page.rows.map((r) => rowToWire(page.family, r, timeZone)) };
  else result.recordList = { record: (page.records ?? []).map((r) => recordToWire(r, timeZone)) };
  return result;
}

export function failedSearchResult(err: RecordError): WireObject {
  return { status: statusFailed(err) };
}
