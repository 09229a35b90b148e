/**
 * search and searchMoreWithId. A search is compiled once (criteria, saved search, predefined dates resolved
 * at that moment), counted, and its first page read in one consistent snapshot; the compiled plan is kept
 * under a searchId in the database, so any instance sharing the database can serve any later page, in any
 * order. Pages are cut from the plan's stable order (internal id, then line), so while the data does not
 * change the pages have no gaps and no duplicates. A searchId expires 15 minutes after its last use and
 * belongs to the account that created it; anything else reading it gets INVALID_JOB_ID, as NetSuite answers.
 */
import crypto from 'node:crypto';
import type { RequestScope } from '../account';
import { today } from '../dates';
import { RecordError } from '../errors';
import type { Repositories, UnitOfWork } from '../ports';
import type { RecordType, StoredRecord } from '../records/types';
import { isRef } from '../records/types';
import { buildRow, checkColumns, type SearchRow } from './columns';
import { compileCriteria, externalRefsOf } from './compile';
import type { ColumnSelection, Criteria, SearchFamily, SearchRequest } from './criteria';
import { FAMILY_TYPES } from './fields';
import { nameAll } from './naming';
import { checkPageIndex, pageOf, pageSizeOf, SEARCH_ID_TTL_MS, type Page } from './paging';
import type { QueryPlan, SearchRepositories, StoreKind } from './ports';
import { ALL, and } from './predicates';
import type { SavedSearch, SavedSearchCatalog } from './savedSearches';

export interface SearchPage extends Page {
  readonly searchId: string;
  readonly family: SearchFamily;
  /** Basic searches (and advanced ones without columns): whole records, references named. */
  readonly records?: StoredRecord[];
  /** Advanced searches with returnSearchColumns: the selected columns. */
  readonly rows?: SearchRow[];
}

type Output = { kind: 'records'; withLines: boolean } | { kind: 'rows'; columns: ColumnSelection };

/** What a searchId keeps: the query and how its rows are returned. */
interface Plan extends QueryPlan {
  readonly output: Output;
}

export interface SearchServiceOptions {
  readonly savedSearches: SavedSearchCatalog;
  /** How long a searchId lives after its last use (NetSuite: 15 minutes). */
  readonly searchIdTtlMs?: number;
}

function storeOf(family: SearchFamily): StoreKind {
  return family === 'transaction' ? 'txn' : 'list';
}

function hasColumns(c: ColumnSelection | undefined): c is ColumnSelection {
  return !!c && (c.basic.length > 0 || c.joins.some((j) => j.columns.length > 0));
}

function newSearchId(account: string, now: number): string {
  return `WEBSERVICES_${account}_${now}_${crypto.randomBytes(16).toString('hex')}`;
}

function expired(searchId: string, ttlMs: number): RecordError {
  const life = ttlMs % 60_000 === 0 ? `${ttlMs / 60_000} minutes` : `${ttlMs / 1000} seconds`;
  return new RecordError(
    'INVALID_JOB_ID',
    `The search ${searchId} does not exist or has expired (a searchId lives ${life} after its last use); run the search again.`,
  );
}

/** Expired searchIds are purged at most this often (by any instance, for every account). */
const PURGE_EVERY_MS = 60_000;

export class SearchService {
  private readonly ttlMs: number;
  private lastPurge = 0;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly options: SearchServiceOptions,
  ) {
    this.ttlMs = options.searchIdTtlMs ?? SEARCH_ID_TTL_MS;
  }

  /** Runs a search and returns its first page (RecordError: the search's status). */
  async search(scope: RequestScope, req: SearchRequest): Promise<SearchPage> {
    const pageSize = pageSizeOf(req.preferences.pageSize, req.preferences.maxPageSize);
    const saved = req.savedSearch ? this.savedSearch(scope, req) : undefined;
    const criteria = saved ? mergeCriteria(saved.criteria, req.criteria) : req.criteria;
    const columns = hasColumns(req.columns) ? req.columns : saved?.columns;
    const rows = req.advanced && req.preferences.returnSearchColumns && hasColumns(columns);
    if (rows) checkColumns(criteria.family, columns);
    const account = scope.account;

    const first = await this.uow.read(account.id, async (repos) => {
      const plan = await this.plan(repos, scope, criteria, rows ? { kind: 'rows', columns } : undefined, req);
      const page = await this.fetch(repos.search, plan, 0, pageSize);
      // A first page that is not full holds the whole result: no need to count it.
      const totalRecords = page.rowCount < pageSize ? page.rowCount : await repos.search.queries.count(plan);
      return { plan, totalRecords, records: page.records, rows: page.rows };
    });
    const searchId = newSearchId(account.id, scope.now);
    await this.uow.write(account.id, async (repos) => {
      if (scope.now - this.lastPurge > PURGE_EVERY_MS) {
        this.lastPurge = scope.now;
        await repos.search.sessions.purge(scope.now - this.ttlMs);
      }
      await repos.search.sessions.save({
        id: searchId,
        createdAt: scope.now,
        lastUsedAt: scope.now,
        totalRecords: first.totalRecords,
        pageSize,
        plan: first.plan,
      });
    });
    return {
      ...pageOf(first.totalRecords, pageSize, 1),
      searchId,
      family: criteria.family,
      records: first.records,
      rows: first.rows,
    };
  }

  /** Any page of an earlier search of the same account. */
  async searchMore(scope: RequestScope, searchId: string, pageIndex: number): Promise<SearchPage> {
    const account = scope.account.id;
    const session = await this.uow.write(account, async (repos) => {
      const s = await repos.search.sessions.find(searchId);
      if (!s || s.lastUsedAt + this.ttlMs <= scope.now) throw expired(searchId, this.ttlMs);
      checkPageIndex(
        pageIndex,
        pageOf(s.totalRecords, s.pageSize, 1).totalPages,
        'INVALID_SEARCH_PAGE_INDEX',
      );
      await repos.search.sessions.touch(searchId, scope.now);
      return s;
    });
    const plan = session.plan as Plan;
    const page = await this.uow.read(account, (repos) =>
      this.fetch(repos.search, plan, (pageIndex - 1) * session.pageSize, session.pageSize),
    );
    return {
      ...pageOf(session.totalRecords, session.pageSize, pageIndex),
      searchId,
      family: plan.family,
      records: page.records,
      rows: page.rows,
    };
  }

  /** The saved searches an account sees (getSavedSearch). */
  savedSearches(scope: RequestScope, family: SearchFamily | undefined): SavedSearch[] {
    return this.options.savedSearches.list(scope.account.id, family);
  }

  private savedSearch(scope: RequestScope, req: SearchRequest): SavedSearch {
    const key = req.savedSearch!;
    const saved = this.options.savedSearches.find(scope.account.id, key);
    const name = key.internalId ?? key.scriptId;
    if (!saved) throw new RecordError('INVALID_SAVED_SRCH', `There is no saved search ${name}.`);
    if (saved.family !== req.criteria.family) {
      throw new RecordError(
        'INVALID_SAVED_SRCH',
        `The saved search ${name} is a ${saved.family} search; run it with a ${saved.family} search record.`,
      );
    }
    return saved;
  }

  private async plan(
    repos: Repositories,
    scope: RequestScope,
    criteria: Criteria,
    rowOutput: Output | undefined,
    req: SearchRequest,
  ): Promise<Plan> {
    const external = new Map<string, string>();
    for (const ref of externalRefsOf(criteria)) {
      const found = await repos.records.lookup(ref.types, { externalId: ref.externalId });
      if (found) external.set(`${ref.types.join(',')}|${ref.externalId}`, found.internalId);
    }
    const compiled = compileCriteria(criteria, {
      today: today(scope.account.timeZone, scope.now),
      timeZone: scope.account.timeZone,
      externalRef: (types, externalId) => external.get(`${types.join(',')}|${externalId}`),
    });
    const lineRows = rowOutput !== undefined && compiled.mainLine === false;
    // mainLine false on a record search: only transactions that have line rows.
    const where =
      compiled.mainLine === false && !lineRows
        ? and(compiled.where, { p: 'line', where: ALL })
        : compiled.where;
    return {
      family: criteria.family,
      types: FAMILY_TYPES[criteria.family],
      where,
      rows: lineRows ? 'lines' : 'records',
      output: rowOutput ?? { kind: 'records', withLines: !req.preferences.bodyFieldsOnly && !req.advanced },
    };
  }

  private async fetch(
    repos: SearchRepositories,
    plan: Plan,
    offset: number,
    limit: number,
  ): Promise<{ rowCount: number; records?: StoredRecord[]; rows?: SearchRow[] }> {
    const q = repos.queries;
    const keys = await q.page(plan, offset, limit);
    const store = storeOf(plan.family);
    const ids = [...new Set(keys.map((k) => k.id))];
    if (plan.output.kind === 'records') {
      const records = await q.load(store, ids, plan.output.withLines);
      return { rowCount: keys.length, records: await nameAll(q, records) };
    }
    const columns = plan.output.columns;
    const records = new Map((await q.load(store, ids, plan.rows === 'lines')).map((r) => [r.internalId, r]));
    const related = await this.related(repos, [...records.values()], columns);
    const rows: SearchRow[] = [];
    for (const k of keys) {
      const rec = records.get(k.id);
      if (!rec) continue;
      const line = k.line === undefined ? undefined : rec.lines?.find((l) => l.line === k.line);
      rows.push(buildRow(plan.family, rec, line, columns, related));
    }
    return { rowCount: keys.length, rows };
  }

  /** Loads, in one query each, the customers, items and source transactions the joined columns read. */
  private async related(
    repos: SearchRepositories,
    records: readonly StoredRecord[],
    columns: ColumnSelection,
  ) {
    const want = new Set(columns.joins.filter((j) => j.columns.length > 0).map((j) => j.name));
    const ids = (values: unknown[]) => [
      ...new Set(values.map((v) => (isRef(v) ? v.internalId : undefined)).filter((v): v is string => !!v)),
    ];
    const load = async (store: StoreKind, list: string[], types: readonly RecordType[]) => {
      const found = list.length > 0 ? await repos.queries.load(store, list, false) : [];
      return new Map(found.filter((r) => types.includes(r.type)).map((r) => [r.internalId, r]));
    };
    const customers = want.has('customerJoin')
      ? await load('list', ids(records.map((r) => r.fields.entity)), ['customer'])
      : new Map<string, StoredRecord>();
    const items = want.has('itemJoin')
      ? await load(
          'list',
          ids(records.flatMap((r) => (r.lines ?? []).map((l) => l.fields.item))),
          FAMILY_TYPES.item,
        )
      : new Map<string, StoredRecord>();
    const sources = want.has('createdFromJoin')
      ? await load('txn', ids(records.map((r) => r.fields.createdFrom)), FAMILY_TYPES.transaction)
      : new Map<string, StoredRecord>();
    const get = (m: Map<string, StoredRecord>) => (id: string | undefined) => (id ? m.get(id) : undefined);
    return { customer: get(customers), item: get(items), transaction: get(sources) };
  }
}

/** A saved search's criteria ANDed with the ones sent with it. */
function mergeCriteria(saved: Criteria, sent: Criteria): Criteria {
  return {
    family: saved.family,
    basic: [...saved.basic, ...sent.basic],
    joins: [...saved.joins, ...sent.joins],
  };
}
