/**
 * Search calls for the black-box tests: a searchRecord (or searchMoreWithId, getDeleted, getSelectValue)
 * written as XML and the answer read back as a client sees it — the status, the paging counts, the records
 * or rows. Filter builders keep the XML of a criterion short without hiding it.
 */
import { expect } from 'chai';
import { statusOf, type StatusView } from './records';
import { call, describeReply, dig, many, type EnvelopeOptions, type Node, type SoapReply } from './soap';

export interface SearchView {
  readonly status: StatusView;
  readonly totalRecords?: number;
  readonly pageSize?: number;
  readonly totalPages?: number;
  readonly pageIndex?: number;
  readonly searchId?: string;
  readonly records: Node[];
  readonly rows: Node[];
  /** internalIds of the records, in order. */
  readonly ids: string[];
  readonly reply: SoapReply;
}

const num = (v: unknown) => (v === undefined ? undefined : Number(v));

export function searchViewOf(reply: SoapReply, operation: string): SearchView {
  expect(reply.status, describeReply(reply)).to.equal(200);
  const r = dig(reply.body, `${operation}Response`, 'searchResult');
  const records = many(dig(r, 'recordList', 'record'));
  return {
    status: statusOf(dig(r, 'status')),
    totalRecords: num(dig(r, 'totalRecords')),
    pageSize: num(dig(r, 'pageSize')),
    totalPages: num(dig(r, 'totalPages')),
    pageIndex: num(dig(r, 'pageIndex')),
    searchId: dig(r, 'searchId') as string | undefined,
    records,
    rows: many(dig(r, 'searchRowList', 'searchRow')),
    ids: records.map((x) => String(dig(x, '@internalId'))),
    reply,
  };
}

export interface SearchPrefs {
  readonly bodyFieldsOnly?: boolean;
  readonly returnSearchColumns?: boolean;
  readonly pageSize?: number;
}

/** The searchPreferences header (children in SearchPreferences' order). */
export function searchPrefsXml(p: SearchPrefs): string {
  return (
    '<msgs:searchPreferences>' +
    (p.bodyFieldsOnly !== undefined ? `<msgs:bodyFieldsOnly>${p.bodyFieldsOnly}</msgs:bodyFieldsOnly>` : '') +
    (p.returnSearchColumns !== undefined
      ? `<msgs:returnSearchColumns>${p.returnSearchColumns}</msgs:returnSearchColumns>`
      : '') +
    (p.pageSize !== undefined ? `<msgs:pageSize>${p.pageSize}</msgs:pageSize>` : '') +
    '</msgs:searchPreferences>'
  );
}

/** Runs `<msgs:search>` with a searchRecord of `xsiType` holding `inner`. */
export async function search(
  url: string,
  xsiType: string,
  inner: string,
  prefs: SearchPrefs = {},
  o: EnvelopeOptions = {},
): Promise<SearchView> {
  const headers = (Object.keys(prefs).length > 0 ? searchPrefsXml(prefs) : '') + (o.headers ?? '');
  const reply = await call(
    url,
    'search',
    `<msgs:search><msgs:searchRecord xsi:type="${xsiType}">${inner}</msgs:searchRecord></msgs:search>`,
    { ...o, headers },
  );
  return searchViewOf(reply, 'search');
}

/** A TransactionSearchBasic search: `searchTransactions(url, filter('tranId', 'is', 'INV1'))`. */
export const searchTransactions = (
  url: string,
  filters: string,
  prefs: SearchPrefs = {},
  o: EnvelopeOptions = {},
) => search(url, 'common:TransactionSearchBasic', filters, prefs, o);

export async function searchMore(
  url: string,
  searchId: string,
  pageIndex: number,
  o: EnvelopeOptions = {},
): Promise<SearchView> {
  const reply = await call(
    url,
    'searchMoreWithId',
    `<msgs:searchMoreWithId><msgs:searchId>${searchId}</msgs:searchId><msgs:pageIndex>${pageIndex}</msgs:pageIndex></msgs:searchMoreWithId>`,
    o,
  );
  return searchViewOf(reply, 'searchMoreWithId');
}

// --- Filter builders (platformCommon filter element, platformCore values) -----------------------------------

/** A string, number or date filter: `filter('memo', 'contains', 'march')`, `filter('amount', 'between', '10', '20')`. */
export function filter(field: string, operator: string, value?: string, value2?: string): string {
  return (
    `<common:${field} operator="${operator}">` +
    (value !== undefined ? `<core:searchValue>${value}</core:searchValue>` : '') +
    (value2 !== undefined ? `<core:searchValue2>${value2}</core:searchValue2>` : '') +
    `</common:${field}>`
  );
}

/** A date filter with a predefined value: `predefined('tranDate', 'within', 'thisMonth')`. */
export function predefined(field: string, operator: string, value: string): string {
  return `<common:${field} operator="${operator}"><core:predefinedSearchValue>${value}</core:predefinedSearchValue></common:${field}>`;
}

/** A SearchMultiSelectField of RecordRefs by internalId. */
export function anyOf(field: string, ids: readonly string[], operator = 'anyOf'): string {
  return `<common:${field} operator="${operator}">${ids.map((id) => `<core:searchValue internalId="${id}"/>`).join('')}</common:${field}>`;
}

/** A SearchEnumMultiSelectField: `enumOf('status', ['_invoiceOpen'])`. */
export function enumOf(field: string, values: readonly string[], operator = 'anyOf'): string {
  return `<common:${field} operator="${operator}">${values.map((v) => `<core:searchValue>${v}</core:searchValue>`).join('')}</common:${field}>`;
}

/** A SearchBooleanField (no operator). */
export function bool(field: string, value: boolean): string {
  return `<common:${field}><core:searchValue>${value}</core:searchValue></common:${field}>`;
}

/** A customFieldList of search custom fields, e.g. customFilter('SearchStringCustomField', 'custbody_x', 'is', '<core:searchValue>web</core:searchValue>'). */
export function customFilters(...fields: string[]): string {
  return `<common:customFieldList>${fields.join('')}</common:customFieldList>`;
}

export function customFilter(
  xsiType: string,
  scriptId: string,
  operator: string | undefined,
  values: string,
): string {
  const op = operator === undefined ? '' : ` operator="${operator}"`;
  return `<core:customField xsi:type="core:${xsiType}" scriptId="${scriptId}"${op}>${values}</core:customField>`;
}

/** The status of a search that must have failed, and its code. */
export function failedCode(v: SearchView): string | undefined {
  expect(v.status.isSuccess, describeReply(v.reply)).to.equal(false);
  return v.status.code;
}

/** The ids of a search that must have succeeded, sorted numerically. */
export function idsOf(v: SearchView): string[] {
  expect(v.status, describeReply(v.reply)).to.deep.equal({ isSuccess: true });
  return [...v.ids].sort((a, b) => Number(a) - Number(b));
}
