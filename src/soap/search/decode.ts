/**
 * Wire search records -> the domain's SearchRequest. Pure shape conversion: which family a searchRecord's
 * xsi:type searches, each filter element as a criterion (operator, searchValue(s), searchValue2,
 * predefinedSearchValue; custom filters with the kind their xsi:type names), each selected column by name.
 * Whether a field, operator or value is supported is the domain's decision (domain/search/compile.ts).
 */
import type {
  ColumnRef,
  ColumnSelection,
  Criteria,
  Criterion,
  CustomSearchKind,
  Operand,
  SearchFamily,
  SearchPreferences,
  SearchRequest,
} from '../../domain/search/criteria';
import { isWireObject, list, type WireObject, type WireValue } from '../codec/wire';

type Shape = 'basic' | 'search' | 'advanced';

/** Every concrete searchRecord type the schema declares, with the family it searches. */
const SEARCH_RECORDS: Readonly<Record<string, { family: SearchFamily; shape: Shape }>> = {
  TransactionSearchBasic: { family: 'transaction', shape: 'basic' },
  TransactionSearch: { family: 'transaction', shape: 'search' },
  TransactionSearchAdvanced: { family: 'transaction', shape: 'advanced' },
  CustomerSearchBasic: { family: 'customer', shape: 'basic' },
  CustomerSearch: { family: 'customer', shape: 'search' },
  CustomerSearchAdvanced: { family: 'customer', shape: 'advanced' },
  ContactSearchBasic: { family: 'contact', shape: 'basic' },
  ContactSearch: { family: 'contact', shape: 'search' },
  ItemSearchBasic: { family: 'item', shape: 'basic' },
  ItemSearch: { family: 'item', shape: 'search' },
  ItemSearchAdvanced: { family: 'item', shape: 'advanced' },
};

const CUSTOM_KINDS: Readonly<Record<string, CustomSearchKind>> = {
  SearchBooleanCustomField: 'boolean',
  SearchStringCustomField: 'string',
  SearchLongCustomField: 'long',
  SearchDoubleCustomField: 'double',
  SearchDateCustomField: 'date',
  SearchEnumMultiSelectCustomField: 'enumMultiSelect',
  SearchMultiSelectCustomField: 'multiSelect',
};

/** The family and shape of a searchRecord's xsi:type; undefined for a type Billwire does not search. */
export function searchRecordKind(wireType: string): { family: SearchFamily; shape: Shape } | undefined {
  return Object.prototype.hasOwnProperty.call(SEARCH_RECORDS, wireType)
    ? SEARCH_RECORDS[wireType]
    : undefined;
}

function operand(v: WireValue): Operand {
  if (isWireObject(v)) {
    const ref: { internalId?: string; externalId?: string } = {};
    if (typeof v.internalId === 'string') ref.internalId = v.internalId;
    if (typeof v.externalId === 'string') ref.externalId = v.externalId;
    return ref;
  }
  if (Array.isArray(v)) return String(v);
  return v;
}

/** One filter element (Search…Field, or a Search…CustomField of a customFieldList) as a criterion. */
export function criterionOf(field: string, v: WireValue): Criterion {
  if (!isWireObject(v)) return { field, values: [operand(v)] };
  const c: Criterion = { field, values: list(v.searchValue).map(operand) };
  if (typeof v.operator === 'string') c.operator = v.operator;
  if (v.searchValue2 !== undefined) c.searchValue2 = operand(v.searchValue2);
  if (typeof v.predefinedSearchValue === 'string') c.predefinedSearchValue = v.predefinedSearchValue;
  return c;
}

function customCriterion(v: WireValue): Criterion {
  const o = v as WireObject;
  const scriptId = typeof o.scriptId === 'string' ? o.scriptId : undefined;
  const internalId = typeof o.internalId === 'string' ? o.internalId : undefined;
  const c = criterionOf(scriptId ?? internalId ?? '', o);
  c.custom = { kind: CUSTOM_KINDS[String(o.$type)] ?? 'string', scriptId, internalId };
  return c;
}

/** The criteria of a `*SearchBasic` element. */
export function basicCriteria(basic: WireValue | undefined): Criterion[] {
  if (!isWireObject(basic)) return [];
  const out: Criterion[] = [];
  for (const [name, v] of Object.entries(basic)) {
    if (name === '$type' || v === undefined) continue;
    if (name === 'customFieldList') {
      if (isWireObject(v)) out.push(...list(v.customField).map(customCriterion));
      continue;
    }
    out.push(criterionOf(name, v));
  }
  return out;
}

function searchCriteria(family: SearchFamily, search: WireValue | undefined): Criteria {
  const criteria: Criteria = { family, basic: [], joins: [] };
  if (!isWireObject(search)) return criteria;
  for (const [name, v] of Object.entries(search)) {
    if (name === '$type' || v === undefined) continue;
    if (name === 'basic') criteria.basic = basicCriteria(v);
    else criteria.joins.push({ name, criteria: basicCriteria(v) });
  }
  return criteria;
}

function rowColumns(rowBasic: WireValue | undefined): ColumnRef[] {
  if (!isWireObject(rowBasic)) return [];
  const out: ColumnRef[] = [];
  for (const [name, v] of Object.entries(rowBasic)) {
    if (name === '$type' || v === undefined) continue;
    if (name === 'customFieldList') {
      if (!isWireObject(v)) continue;
      for (const c of list(v.customField) as WireObject[]) {
        const scriptId = typeof c.scriptId === 'string' ? c.scriptId : undefined;
        const internalId = typeof c.internalId === 'string' ? c.internalId : undefined;
        out.push({
          name: scriptId ?? internalId ?? '',
          custom: { scriptId, internalId },
          customLabel: typeof c.customLabel === 'string' ? c.customLabel : undefined,
        });
      }
      continue;
    }
    const first = list(v)[0];
    const customLabel =
      isWireObject(first) && typeof first.customLabel === 'string' ? first.customLabel : undefined;
    out.push({ name, customLabel });
  }
  return out;
}

function columnSelection(row: WireValue | undefined): ColumnSelection | undefined {
  if (!isWireObject(row)) return undefined;
  const selection: ColumnSelection = { basic: [], joins: [] };
  for (const [name, v] of Object.entries(row)) {
    if (name === '$type' || v === undefined) continue;
    if (name === 'basic') selection.basic = rowColumns(v);
    else selection.joins.push({ name, columns: rowColumns(v) });
  }
  return selection;
}

/** A decoded `searchRecord` (its xsi:type must be one searchRecordKind knows) as a SearchRequest. */
export function searchRequestOf(searchRecord: WireObject, preferences: SearchPreferences): SearchRequest {
  const kind = searchRecordKind(String(searchRecord.$type))!;
  if (kind.shape === 'basic') {
    return {
      criteria: { family: kind.family, basic: basicCriteria(searchRecord), joins: [] },
      advanced: false,
      preferences,
    };
  }
  if (kind.shape === 'search') {
    return { criteria: searchCriteria(kind.family, searchRecord), advanced: false, preferences };
  }
  const req: SearchRequest = {
    criteria: searchCriteria(kind.family, searchRecord.criteria),
    advanced: true,
    columns: columnSelection(searchRecord.columns),
    preferences,
  };
  const savedId = typeof searchRecord.savedSearchId === 'string' ? searchRecord.savedSearchId : undefined;
  const savedScriptId =
    typeof searchRecord.savedSearchScriptId === 'string' ? searchRecord.savedSearchScriptId : undefined;
  if (savedId !== undefined || savedScriptId !== undefined) {
    req.savedSearch = { internalId: savedId, scriptId: savedScriptId };
  }
  return req;
}
