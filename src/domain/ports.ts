/**
 * What the domain needs from persistence, as interfaces the store implements. Every repository handed to
 * the domain is already bound to one account and one transaction, so no rule can read another account's
 * data or write outside a unit of work.
 */
import type { NewRecord, RecordType, StoredRecord } from './records/types';
import type { SearchRepositories } from './search/ports';

export interface LookupKey {
  readonly internalId?: string;
  readonly externalId?: string;
}

export interface FoundRef {
  readonly internalId: string;
  readonly type: RecordType;
  readonly name: string;
}

/** One line of an invoice or fulfillment that bills or ships a sales order line. */
export interface OrderActivity {
  readonly txnId: string;
  readonly orderLine: number;
  readonly quantity: string;
}

export interface RecordRepository {
  find(type: RecordType, key: LookupKey, opts?: { forUpdate?: boolean }): Promise<StoredRecord | undefined>;
  /** Resolves a reference to a record of one of `types`; undefined when none exists. */
  lookup(types: readonly RecordType[], key: LookupKey): Promise<FoundRef | undefined>;
  /** Many lookups by internal id in one go (names for a record read back); the map has the ones found. */
  lookupMany(types: readonly RecordType[], internalIds: readonly string[]): Promise<Map<string, FoundRef>>;
  insert(record: NewRecord): Promise<string>;
  replace(record: StoredRecord): Promise<void>;
  remove(record: StoredRecord): Promise<void>;
  /** Rewrites a transaction's header (fields, status) and leaves its lines alone. */
  updateHeader(record: StoredRecord): Promise<void>;
  /** Lines of `type` transactions (invoices, fulfillments) against an order, optionally without one transaction. */
  orderActivity(orderId: string, type: RecordType, excludeTxnId?: string): Promise<OrderActivity[]>;
  /** How many transactions point at this record (to refuse deleting it). */
  dependents(type: RecordType, internalId: string): Promise<number>;
}

export interface DeletedEntry {
  readonly type: RecordType;
  readonly internalId: string;
  readonly externalId?: string;
  readonly deletedAt: number;
  readonly reasonCode?: string;
  readonly reasonMemo?: string;
}

export interface DeletedLog {
  add(entry: DeletedEntry): Promise<void>;
}

export interface Counters {
  /** The next value of a per-account sequence, starting at 1. */
  next(name: string): Promise<number>;
}

export interface Repositories {
  readonly records: RecordRepository;
  readonly deleted: DeletedLog;
  readonly counters: Counters;
  /** The read side: search queries and searchIds, the delete log, select options, attachments. */
  readonly search: SearchRepositories;
}

export interface Transaction {
  /** Isolates `fn`: if it throws, its writes are undone and the error rethrown; the transaction goes on. */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
}

export interface UnitOfWork {
  read<T>(account: string, fn: (repos: Repositories) => Promise<T>): Promise<T>;
  /** One database transaction, committed only if `fn` resolves: a client never sees an uncommitted write. */
  write<T>(account: string, fn: (repos: Repositories, tx: Transaction) => Promise<T>): Promise<T>;
}
