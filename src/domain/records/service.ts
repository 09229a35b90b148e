/**
 * The record operations every face shares: add, get, update, upsert and delete, single or as lists.
 *
 * A list runs in one database transaction with each record in its own savepoint: a record that fails (a
 * RecordError) leaves nothing behind and the others go on, as NetSuite's list operations behave; all
 * successful records commit together before the answer is sent. Anything other than a RecordError (a bug,
 * a lost database) rolls the whole request back.
 */
import type { RequestScope } from '../account';
import { missingField, notFound, RecordError } from '../errors';
import type { Repositories, Transaction, UnitOfWork } from '../ports';
import { ITEM_TYPES, kindOf } from './kinds';
import { mergeCustomFields, mergeFields, mergeLines, newLines } from './merge';
import { nameReferences, resolveReferences } from './references';
import { withLineQuantities } from '../orders/ledger';
import type { Draft, RuleContext, RulesRegistry } from './rules';
import type { Fields, LineInput, Outcome, RecordInput, RecordKey, RecordType, StoredRecord } from './types';

export interface DeletionReason {
  readonly code?: string;
  readonly memo?: string;
}

function keyText(key: RecordKey): string {
  return key.internalId !== undefined ? key.internalId : `externalId ${key.externalId ?? '(none)'}`;
}

export class RecordService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly rules: RulesRegistry,
  ) {}

  addList(scope: RequestScope, inputs: readonly RecordInput[]): Promise<Outcome<RecordKey>[]> {
    return this.eachInSavepoint(scope, inputs, (ctx, input) => this.addOne(ctx, input));
  }

  updateList(scope: RequestScope, inputs: readonly RecordInput[]): Promise<Outcome<RecordKey>[]> {
    return this.eachInSavepoint(scope, inputs, (ctx, input) => this.updateStep(ctx, input));
  }

  upsertList(scope: RequestScope, inputs: readonly RecordInput[]): Promise<Outcome<RecordKey>[]> {
    return this.eachInSavepoint(scope, inputs, (ctx, input, tx) => this.upsertStep(ctx, input, tx));
  }

  deleteList(
    scope: RequestScope,
    keys: readonly RecordKey[],
    reason?: DeletionReason,
  ): Promise<Outcome<RecordKey>[]> {
    return this.eachInSavepoint(scope, keys, (ctx, key) => this.deleteStep(ctx, key, reason));
  }

  getList(scope: RequestScope, keys: readonly RecordKey[]): Promise<Outcome<StoredRecord>[]> {
    return this.uow.read(scope.account.id, (repos) => this.getListWithin(repos, keys));
  }

  /*
   * The list operations inside a transaction the caller holds: async jobs run a list in chunks, each
   * chunk's records committing together with the job's progress. Same rules, same savepoint per record.
   */
  addListWithin(
    ctx: RuleContext,
    tx: Transaction,
    inputs: readonly RecordInput[],
  ): Promise<Outcome<RecordKey>[]> {
    return this.eachWithin(ctx, tx, inputs, (c, input) => this.addOne(c, input));
  }

  updateListWithin(
    ctx: RuleContext,
    tx: Transaction,
    inputs: readonly RecordInput[],
  ): Promise<Outcome<RecordKey>[]> {
    return this.eachWithin(ctx, tx, inputs, (c, input) => this.updateStep(c, input));
  }

  upsertListWithin(
    ctx: RuleContext,
    tx: Transaction,
    inputs: readonly RecordInput[],
  ): Promise<Outcome<RecordKey>[]> {
    return this.eachWithin(ctx, tx, inputs, (c, input, t) => this.upsertStep(c, input, t));
  }

  deleteListWithin(
    ctx: RuleContext,
    tx: Transaction,
    keys: readonly RecordKey[],
    reason?: DeletionReason,
  ): Promise<Outcome<RecordKey>[]> {
    return this.eachWithin(ctx, tx, keys, (c, key) => this.deleteStep(c, key, reason));
  }

  async getListWithin(repos: Repositories, keys: readonly RecordKey[]): Promise<Outcome<StoredRecord>[]> {
    const out: Outcome<StoredRecord>[] = [];
    for (const key of keys) {
      const found = await repos.records.find(key.type, key);
      const stored = found?.type === 'salesOrder' ? await withLineQuantities(repos.records, found) : found;
      out.push(
        stored
          ? { ok: true, value: await nameReferences(repos.records, stored) }
          : { ok: false, error: notFound(key.type, keyText(key)) },
      );
    }
    return out;
  }

  /** Runs `fn` for each item in one transaction, each in a savepoint; RecordErrors become failed outcomes. */
  async eachInSavepoint<I, O>(
    scope: RequestScope,
    items: readonly I[],
    fn: (ctx: RuleContext, item: I, tx: Transaction) => Promise<O>,
  ): Promise<Outcome<O>[]> {
    return this.uow.write(scope.account.id, (repos: Repositories, tx: Transaction) =>
      this.eachWithin({ scope, repos }, tx, items, fn),
    );
  }

  /** eachInSavepoint inside a transaction the caller holds. */
  async eachWithin<I, O>(
    ctx: RuleContext,
    tx: Transaction,
    items: readonly I[],
    fn: (ctx: RuleContext, item: I, tx: Transaction) => Promise<O>,
  ): Promise<Outcome<O>[]> {
    const out: Outcome<O>[] = [];
    for (const item of items) {
      try {
        out.push({ ok: true, value: await tx.savepoint(() => fn(ctx, item, tx)) });
      } catch (err) {
        if (!(err instanceof RecordError)) throw err;
        out.push({ ok: false, error: err });
      }
    }
    return out;
  }

  private async updateStep(ctx: RuleContext, input: RecordInput): Promise<RecordKey> {
    if (input.internalId === undefined && input.externalId === undefined) {
      throw new RecordError(
        'INVALID_KEY_OR_REF',
        'An update needs the internalId or externalId of the record.',
      );
    }
    const stored = await ctx.repos.records.find(input.type, input, { forUpdate: true });
    if (!stored) throw notFound(input.type, keyText(input));
    return this.updateOne(ctx, input, stored);
  }

  /**
   * Updates the record with this externalId, or adds it. When a concurrent upsert adds the same externalId
   * first (PostgreSQL: the unique index refuses ours), the add is undone and the record it added is updated.
   */
  private async upsertStep(ctx: RuleContext, input: RecordInput, tx: Transaction): Promise<RecordKey> {
    if (input.externalId === undefined || input.externalId === '') {
      throw new RecordError('EXTERNALID_REQD', 'An upsert needs the externalId of the record.');
    }
    const key = { externalId: input.externalId };
    const update = (stored: StoredRecord) => this.updateOne(ctx, { ...input, internalId: undefined }, stored);
    const stored = await ctx.repos.records.find(input.type, key, { forUpdate: true });
    if (stored) return update(stored);
    try {
      return await tx.savepoint(() => this.addOne(ctx, input));
    } catch (err) {
      const raced =
        err instanceof RecordError &&
        err.code === 'DUP_RCRD' &&
        (await ctx.repos.records.find(input.type, key, { forUpdate: true }));
      if (raced) return update(raced);
      throw err;
    }
  }

  private async deleteStep(
    ctx: RuleContext,
    key: RecordKey,
    reason: DeletionReason | undefined,
  ): Promise<RecordKey> {
    const stored = await ctx.repos.records.find(key.type, key, { forUpdate: true });
    if (!stored) throw notFound(key.type, keyText(key));
    const rules = this.rules[key.type];
    await rules?.beforeDelete?.(ctx, stored);
    await ctx.repos.records.remove(stored);
    await ctx.repos.deleted.add({
      type: stored.type,
      internalId: stored.internalId,
      externalId: stored.externalId,
      deletedAt: ctx.scope.now,
      reasonCode: reason?.code,
      reasonMemo: reason?.memo,
    });
    await rules?.afterDelete?.(ctx, stored);
    return { type: stored.type, internalId: stored.internalId, externalId: stored.externalId };
  }

  /** Adds one record inside a unit of work the caller holds (batch invoicing composes it). */
  addWithin(ctx: RuleContext, input: RecordInput): Promise<RecordKey> {
    return this.addOne(ctx, input);
  }

  private async addOne(ctx: RuleContext, input: RecordInput): Promise<RecordKey> {
    const spec = kindOf(input.type);
    // A copy: rules write computed fields into the draft, and a retried transaction (PostgreSQL deadlock)
    // must find the client's input as it was.
    const fields = { ...this.acceptedFields(ctx, input.type, input.fields, spec.readOnly) };
    const draft: Draft = {
      type: input.type,
      externalId: input.externalId,
      fields,
      customFields: [...(input.customFields ?? [])],
      createdAt: ctx.scope.now,
      modifiedAt: ctx.scope.now,
    };
    if (spec.store === 'txn')
      draft.lines = newLines(this.acceptedLines(ctx, input.type, input.itemList?.lines ?? []));
    if (input.externalId !== undefined)
      await this.ensureExternalIdFree(ctx, input.type, input.externalId, undefined);
    return this.write(ctx, draft, undefined);
  }

  private async updateOne(ctx: RuleContext, input: RecordInput, stored: StoredRecord): Promise<RecordKey> {
    const spec = kindOf(input.type);
    const cleared = new Set(input.nullFields ?? []);
    const sent = this.acceptedFields(ctx, input.type, input.fields, spec.readOnly);
    const draft: Draft = {
      ...stored,
      fields: mergeFields(stored.fields, sent, cleared),
      customFields: mergeCustomFields(stored.customFields, input.customFields, cleared),
      modifiedAt: ctx.scope.now,
    };
    if (input.externalId !== undefined && input.externalId !== stored.externalId) {
      await this.ensureExternalIdFree(ctx, input.type, input.externalId, stored.internalId);
      draft.externalId = input.externalId;
    }
    if (spec.store === 'txn') {
      const itemList = input.itemList && {
        ...input.itemList,
        lines: this.acceptedLines(ctx, input.type, input.itemList.lines),
      };
      draft.lines = mergeLines(stored.lines ?? [], itemList);
    }
    return this.write(ctx, draft, stored);
  }

  private async write(
    ctx: RuleContext,
    draft: Draft,
    previous: StoredRecord | undefined,
  ): Promise<RecordKey> {
    const spec = kindOf(draft.type);
    for (const group of spec.required) {
      if (!group.some((f) => draft.fields[f] !== undefined && draft.fields[f] !== ''))
        throw missingField(group.join(' or '));
    }
    await resolveReferences(ctx.repos.records, draft);
    const rules = this.rules[draft.type];
    await rules?.prepare?.(ctx, draft, previous);
    let saved: StoredRecord;
    if (previous) {
      saved = { ...draft, internalId: previous.internalId };
      await ctx.repos.records.replace(saved);
    } else {
      const internalId = await ctx.repos.records.insert(draft);
      saved = { ...draft, internalId };
    }
    await rules?.afterWrite?.(ctx, saved, previous);
    return { type: saved.type, internalId: saved.internalId, externalId: saved.externalId };
  }

  private async ensureExternalIdFree(
    ctx: RuleContext,
    type: RecordType,
    externalId: string,
    selfId: string | undefined,
  ): Promise<void> {
    const spec = kindOf(type);
    const types = spec.family === 'item' ? ITEM_TYPES : [type];
    const existing = await ctx.repos.records.lookup(types, { externalId });
    if (existing && existing.internalId !== selfId) {
      throw new RecordError(
        'DUP_RCRD',
        `A ${spec.label.toLowerCase()} with externalId ${externalId} already exists (internalId ${existing.internalId}).`,
      );
    }
  }

  /** Refuses computed fields a client sends, or drops them under ignoreReadOnlyFields. */
  private acceptedFields(
    ctx: RuleContext,
    type: RecordType,
    fields: Fields,
    readOnly: ReadonlySet<string>,
  ): Fields {
    let out: Fields | undefined;
    for (const name of Object.keys(fields)) {
      if (!readOnly.has(name)) continue;
      if (!ctx.scope.ignoreReadOnlyFields) {
        throw new RecordError(
          'INSUFFICIENT_PERMISSION',
          `You do not have permissions to set a value for element ${name} due to one of the following reasons: ` +
            `1) The field is read-only; 2) An associated feature is disabled; 3) The field is available either when a record is created or updated, but not in both cases. ` +
            `(Send the preference ignoreReadOnlyFields to have Billwire drop read-only fields of ${kindOf(type).label.toLowerCase()} records.)`,
        );
      }
      out ??= { ...fields };
      delete out[name];
    }
    return out ?? fields;
  }

  private acceptedLines(ctx: RuleContext, type: RecordType, lines: readonly LineInput[]): LineInput[] {
    const readOnly = kindOf(type).lineReadOnly;
    return lines.map((l) => ({ ...l, fields: this.acceptedFields(ctx, type, l.fields, readOnly) }));
  }
}
