/**
 * What the read side needs from persistence: running compiled searches page by page, loading a page's
 * records in batches, naming references in one query per page, keeping searchIds, reading the delete log,
 * listing select options, and storing attachments. The store implements these (src/store/search*.ts and
 * friends); like every repository, each is bound to one account and one transaction.
 */
import type { DeletedEntry, FoundRef } from '../ports';
import type { RecordType, StoredRecord } from '../records/types';
import type { SearchFamily } from './criteria';
import type { Predicate } from './predicates';

/** What a search counts and pages over: records of `types` of a family matching `where`, or their lines. */
export interface QueryPlan {
  readonly family: SearchFamily;
  readonly types: readonly RecordType[];
  readonly where: Predicate;
  /** One row per record, or one row per item line (transaction line rows, mainLine false). */
  readonly rows: 'records' | 'lines';
}

/** A row of a page: a record, or a record's line. */
export interface RowKey {
  readonly id: string;
  readonly line?: number;
}

export type StoreKind = 'txn' | 'list';

export interface SearchQueries {
  count(plan: QueryPlan): Promise<number>;
  /** Rows in a stable order (internal id, then line number). */
  page(plan: QueryPlan, offset: number, limit: number): Promise<RowKey[]>;
  /** Records by id, in the order given; lines only when asked. Missing ids are left out. */
  load(store: StoreKind, ids: readonly string[], withLines: boolean): Promise<StoredRecord[]>;
  /** Names of records by id, in one query per store ("Invoice #7" for transactions, as lookups name them). */
  names(store: StoreKind, ids: readonly string[]): Promise<Map<string, FoundRef>>;
}

export interface SearchSession {
  readonly id: string;
  readonly createdAt: number;
  readonly lastUsedAt: number;
  readonly totalRecords: number;
  readonly pageSize: number;
  /** The compiled search (a JSON document the domain wrote). */
  readonly plan: unknown;
}

export interface SearchSessions {
  save(session: SearchSession): Promise<void>;
  find(id: string): Promise<SearchSession | undefined>;
  touch(id: string, at: number): Promise<void>;
  /** Forgets every account's sessions unused since `before`. */
  purge(before: number): Promise<void>;
}

export interface DeletedRecords {
  count(where: Predicate): Promise<number>;
  /** Oldest first (deletion time, then log order). */
  page(where: Predicate, offset: number, limit: number): Promise<DeletedEntry[]>;
}

export interface SelectOptionFilter {
  readonly match: 'is' | 'contains' | 'startsWith';
  readonly value: string;
}

export interface SelectOptions {
  count(types: readonly RecordType[], filter: SelectOptionFilter | undefined): Promise<number>;
  /** Active records of `types` by name, then internal id. */
  page(
    types: readonly RecordType[],
    filter: SelectOptionFilter | undefined,
    offset: number,
    limit: number,
  ): Promise<FoundRef[]>;
}

export interface AttachmentLink {
  readonly targetType: RecordType;
  readonly targetId: string;
  readonly attachedType: RecordType;
  readonly attachedId: string;
}

export interface Attachments {
  /** Adds the link, or updates its role when it exists. */
  attach(link: AttachmentLink, role: string | undefined, at: number): Promise<void>;
  /** Removes the link; false when there was none. */
  detach(link: AttachmentLink): Promise<boolean>;
  list(targetType: RecordType, targetId: string): Promise<(AttachmentLink & { role?: string })[]>;
}

/** The read side's repositories, handed out with the record repositories of a unit of work. */
export interface SearchRepositories {
  readonly queries: SearchQueries;
  readonly sessions: SearchSessions;
  readonly deleted: DeletedRecords;
  readonly selectOptions: SelectOptions;
  readonly attachments: Attachments;
}
