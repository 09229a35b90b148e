/**
 * A search as a client asked for it, before any meaning is given to it: which record family, the criteria
 * (field, operator, operands) of the basic search and of each join, the columns of an advanced search, the
 * saved search it runs, and the search preferences. The SOAP face builds it from a `searchRecord`; the saved
 * searches file holds the same shapes as JSON. compile.ts turns it into predicates, refusing what Billwire
 * does not support, so no criterion is ever silently ignored.
 */

/** The record families a search can return (NetSuite's SearchRecordType values Billwire hosts). */
export type SearchFamily = 'transaction' | 'customer' | 'contact' | 'item';

export const SEARCH_FAMILIES: readonly SearchFamily[] = ['transaction', 'customer', 'contact', 'item'];

/** A RecordRef (or ListOrRecordRef) operand of a multi-select filter. */
export interface RefOperand {
  internalId?: string;
  externalId?: string;
}

/** Strings for text, decimals and dates (as written), numbers for longs, booleans, refs for selects. */
export type Operand = string | number | boolean | RefOperand;

/** The value type a custom field filter declares by its xsi:type (SearchStringCustomField…). */
export type CustomSearchKind =
  'boolean' | 'string' | 'long' | 'double' | 'date' | 'enumMultiSelect' | 'multiSelect';

export interface CustomFieldTarget {
  kind: CustomSearchKind;
  scriptId?: string;
  internalId?: string;
}

export interface Criterion {
  /** The filter's element name (`entity`, `tranDate`); for custom fields, their scriptId or internalId. */
  field: string;
  operator?: string;
  /** searchValue (repeated for multi-selects). */
  values: Operand[];
  searchValue2?: Operand;
  predefinedSearchValue?: string;
  /** Set for the filters of a customFieldList. */
  custom?: CustomFieldTarget;
}

/** The joins of a TransactionSearch Billwire answers, and the family each one searches. */
export const JOIN_FAMILIES = {
  customerJoin: 'customer',
  itemJoin: 'item',
  createdFromJoin: 'transaction',
} as const satisfies Record<string, SearchFamily>;

export type JoinName = keyof typeof JOIN_FAMILIES;

export interface Criteria {
  family: SearchFamily;
  basic: Criterion[];
  /** Join name as the client wrote it; unknown names are refused when compiled. */
  joins: { name: string; criteria: Criterion[] }[];
}

/** One column an advanced search selects: a body/line column by name, or a custom field column. */
export interface ColumnRef {
  name: string;
  customLabel?: string;
  custom?: { scriptId?: string; internalId?: string };
}

export interface ColumnSelection {
  basic: ColumnRef[];
  joins: { name: string; columns: ColumnRef[] }[];
}

export interface SearchPreferences {
  /** Default true: records come without their item lines. */
  bodyFieldsOnly: boolean;
  /** Default true: advanced searches answer rows (searchRowList) rather than records. */
  returnSearchColumns: boolean;
  pageSize?: number;
  /** The largest page size allowed: 1,000 for search; asyncSearch allows 2,000 (facts sheet §9). */
  maxPageSize?: number;
}

export interface SavedSearchKey {
  internalId?: string;
  scriptId?: string;
}

export interface SearchRequest {
  criteria: Criteria;
  /** True for the *SearchAdvanced types (columns, saved searches). */
  advanced: boolean;
  columns?: ColumnSelection;
  savedSearch?: SavedSearchKey;
  preferences: SearchPreferences;
}

export function isRefOperand(v: Operand | undefined): v is RefOperand {
  return typeof v === 'object' && v !== null;
}
