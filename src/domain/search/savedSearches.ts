/**
 * Saved searches: named criteria (and columns) a client runs by savedSearchId or savedSearchScriptId and
 * lists with getSavedSearch. NetSuite users build them in the UI; Billwire reads them from a JSON file
 * (BILLWIRE_SAVED_SEARCHES_FILE, format in docs/search.md) at start-up and refuses a file it cannot run, so a
 * typo shows at start rather than on the first search. Criteria sent with a saved search are ANDed with
 * its own, as NetSuite does; columns sent replace its columns.
 */
import { compileCriteria } from './compile';
import { checkColumns } from './columns';
import {
  SEARCH_FAMILIES,
  type ColumnRef,
  type ColumnSelection,
  type Criteria,
  type Criterion,
  type CustomSearchKind,
  type Operand,
  type SearchFamily,
} from './criteria';

export interface SavedSearch {
  readonly internalId: string;
  readonly scriptId?: string;
  readonly name: string;
  readonly family: SearchFamily;
  /** Accounts that see it; undefined = every account. */
  readonly accounts?: readonly string[];
  readonly criteria: Criteria;
  readonly columns?: ColumnSelection;
}

export class SavedSearchError extends Error {}

type Json = unknown;

const CUSTOM_KINDS: readonly CustomSearchKind[] = [
  'boolean',
  'string',
  'long',
  'double',
  'date',
  'enumMultiSelect',
  'multiSelect',
];

function fail(where: string, why: string): never {
  throw new SavedSearchError(`${where}: ${why}`);
}

function obj(v: Json, where: string): Record<string, Json> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(where, 'expected an object');
  return v as Record<string, Json>;
}

function str(v: Json, where: string): string {
  if (typeof v !== 'string' || v === '') fail(where, 'expected a non-empty string');
  return v;
}

function optStr(v: Json, where: string): string | undefined {
  return v === undefined ? undefined : str(v, where);
}

function operand(v: Json, where: string): Operand {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const o = obj(v, where);
  const ref: { internalId?: string; externalId?: string } = {};
  if (o.internalId !== undefined) ref.internalId = String(o.internalId);
  if (o.externalId !== undefined) ref.externalId = String(o.externalId);
  if (ref.internalId === undefined && ref.externalId === undefined)
    fail(where, 'a reference needs internalId or externalId');
  return ref;
}

function criterion(v: Json, where: string): Criterion {
  const o = obj(v, where);
  const values =
    o.searchValue === undefined ? [] : Array.isArray(o.searchValue) ? o.searchValue : [o.searchValue];
  const c: Criterion = {
    field: '',
    operator: optStr(o.operator, `${where}.operator`),
    values: values.map((x, i) => operand(x, `${where}.searchValue[${i}]`)),
  };
  if (o.searchValue2 !== undefined) c.searchValue2 = operand(o.searchValue2, `${where}.searchValue2`);
  if (o.predefinedSearchValue !== undefined)
    c.predefinedSearchValue = str(o.predefinedSearchValue, `${where}.predefinedSearchValue`);
  if (o.customField !== undefined) {
    const kind = str(o.type, `${where}.type`) as CustomSearchKind;
    if (!CUSTOM_KINDS.includes(kind)) fail(`${where}.type`, `one of ${CUSTOM_KINDS.join(', ')}`);
    const id = str(o.customField, `${where}.customField`);
    c.field = id;
    c.custom = /^\d+$/.test(id) ? { kind, internalId: id } : { kind, scriptId: id };
  } else {
    c.field = str(o.field, `${where}.field`);
  }
  return c;
}

function criteriaOf(family: SearchFamily, v: Json, where: string): Criteria {
  const o = v === undefined ? {} : obj(v, where);
  const list = (x: Json, w: string): Criterion[] => {
    if (!Array.isArray(x)) fail(w, 'expected an array of criteria');
    return x.map((c, i) => criterion(c, `${w}[${i}]`));
  };
  const criteria: Criteria = { family, basic: [], joins: [] };
  for (const [name, value] of Object.entries(o)) {
    if (name === 'basic') criteria.basic = list(value, `${where}.basic`);
    else criteria.joins.push({ name, criteria: list(value, `${where}.${name}`) });
  }
  return criteria;
}

function columnOf(v: Json, where: string): ColumnRef {
  if (typeof v === 'string') return { name: str(v, where) };
  const o = obj(v, where);
  const customLabel = optStr(o.customLabel, `${where}.customLabel`);
  if (o.customField !== undefined) {
    const id = str(o.customField, `${where}.customField`);
    return { name: id, customLabel, custom: /^\d+$/.test(id) ? { internalId: id } : { scriptId: id } };
  }
  return { name: str(o.name, `${where}.name`), customLabel };
}

function columnsOf(v: Json, where: string): ColumnSelection | undefined {
  if (v === undefined) return undefined;
  const o = obj(v, where);
  const selection: ColumnSelection = { basic: [], joins: [] };
  for (const [name, value] of Object.entries(o)) {
    if (!Array.isArray(value)) fail(`${where}.${name}`, 'expected an array of columns');
    const cols = value.map((c, i) => columnOf(c, `${where}.${name}[${i}]`));
    if (name === 'basic') selection.basic = cols;
    else selection.joins.push({ name, columns: cols });
  }
  return selection;
}

function savedSearchOf(v: Json, where: string): SavedSearch {
  const o = obj(v, where);
  const family = str(o.searchType, `${where}.searchType`) as SearchFamily;
  if (!SEARCH_FAMILIES.includes(family)) fail(`${where}.searchType`, `one of ${SEARCH_FAMILIES.join(', ')}`);
  const accounts =
    o.accounts === undefined
      ? undefined
      : Array.isArray(o.accounts)
        ? o.accounts.map((a, i) => str(a, `${where}.accounts[${i}]`).toUpperCase())
        : fail(`${where}.accounts`, 'expected an array of account ids');
  const s: SavedSearch = {
    internalId: str(
      typeof o.internalId === 'number' ? String(o.internalId) : o.internalId,
      `${where}.internalId`,
    ),
    scriptId: optStr(o.scriptId, `${where}.scriptId`),
    name: str(o.name, `${where}.name`),
    family,
    accounts,
    criteria: criteriaOf(family, o.criteria, `${where}.criteria`),
    columns: columnsOf(o.columns, `${where}.columns`),
  };
  // Refuse what a search would refuse: unknown fields, operators and values, unknown columns.
  try {
    compileCriteria(s.criteria, { today: '2000-01-01', timeZone: 'UTC', externalRef: () => undefined });
    if (s.columns) checkColumns(family, s.columns);
  } catch (err) {
    fail(where, (err as Error).message);
  }
  return s;
}

/** Parses the saved searches file's JSON (`{"savedSearches": [...]}`); throws SavedSearchError naming the entry. */
export function parseSavedSearches(json: Json): SavedSearch[] {
  const root = obj(json, 'saved searches file');
  if (!Array.isArray(root.savedSearches)) fail('saved searches file', 'expected {"savedSearches": [...]}');
  const out = root.savedSearches.map((s, i) => savedSearchOf(s, `savedSearches[${i}]`));
  const seen = new Set<string>();
  for (const s of out) {
    for (const key of [`id ${s.internalId}`, s.scriptId && `scriptId ${s.scriptId}`]) {
      if (!key) continue;
      if (seen.has(key)) fail('saved searches file', `two saved searches have ${key}`);
      seen.add(key);
    }
  }
  return out;
}

export class SavedSearchCatalog {
  constructor(private readonly searches: readonly SavedSearch[] = []) {}

  private visible(account: string): SavedSearch[] {
    const id = account.toUpperCase();
    return this.searches.filter((s) => !s.accounts || s.accounts.includes(id));
  }

  find(account: string, key: { internalId?: string; scriptId?: string }): SavedSearch | undefined {
    return this.visible(account).find(
      (s) =>
        (key.internalId !== undefined && s.internalId === key.internalId) ||
        (key.scriptId !== undefined && s.scriptId === key.scriptId),
    );
  }

  /** The saved searches an account sees, of one family (every family when undefined). */
  list(account: string, family: SearchFamily | undefined): SavedSearch[] {
    return this.visible(account).filter((s) => family === undefined || s.family === family);
  }
}
