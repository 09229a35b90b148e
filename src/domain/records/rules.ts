/**
 * The hook points where a record type's business rules run, called by the record service in one
 * transaction with the write they belong to.
 */
import type { RequestScope } from '../account';
import type { Repositories } from '../ports';
import type { NewRecord, RecordType, StoredRecord } from './types';

export interface RuleContext {
  readonly scope: RequestScope;
  readonly repos: Repositories;
}

/** A record being written: what will be stored, its id once it has one. */
export type Draft = NewRecord & { internalId?: string };

export interface RecordRules {
  /** Validates the merged record and computes every derived field; `previous` is the stored version on update. */
  prepare?(ctx: RuleContext, draft: Draft, previous: StoredRecord | undefined): Promise<void>;
  /** Runs after the record is stored (same transaction), e.g. to bill the sales order an invoice came from. */
  afterWrite?(ctx: RuleContext, saved: StoredRecord, previous: StoredRecord | undefined): Promise<void>;
  /** May refuse the delete. */
  beforeDelete?(ctx: RuleContext, record: StoredRecord): Promise<void>;
  afterDelete?(ctx: RuleContext, record: StoredRecord): Promise<void>;
}

export type RulesRegistry = Partial<Record<RecordType, RecordRules>>;
