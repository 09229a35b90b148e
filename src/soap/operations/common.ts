/**
 * Pieces every record operation shares: decoding `record` and `baseRef` elements one by one (so one bad
 * element fails only its own slot), NetSuite's per-operation record limits, and the writeResponse /
 * readResponse shapes.
 */
import { RecordError, tooManyRecords } from '../../domain/errors';
import { isHostedType } from '../../domain/records/kinds';
import type { Outcome, RecordInput, RecordKey, StoredRecord } from '../../domain/records/types';
import { isWireObject, list, type WireObject, type WireValue } from '../codec/wire';
import type { OperationContext } from '../context';
import { statusFailed, statusOk } from '../faults';
import { recordFromWire, recordToWire } from '../records/codec';

/** NetSuite's governance limits on records per request (facts sheet §9). */
export const LIMITS = {
  addList: 200,
  deleteList: 200,
  updateList: 100,
  upsertList: 100,
  getList: 1000,
  asyncAddList: 400,
  asyncDeleteList: 400,
  asyncUpdateList: 200,
  asyncUpsertList: 200,
  asyncGetList: 2000,
} as const;

export function checkLimit(operation: keyof typeof LIMITS, items: readonly unknown[]): void {
  const limit = LIMITS[operation];
  if (items.length > limit) throw tooManyRecords(operation, limit, items.length);
}

function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    if (err instanceof RecordError) return { ok: false, error: err };
    throw err;
  }
}

export function decodeRecords(values: readonly WireValue[]): Outcome<RecordInput>[] {
  return values.map((v) => attempt(() => recordFromWire(v as WireObject)));
}

/** A baseRef (RecordRef with a type) -> the key of a hosted record. */
export function keyFromBaseRef(v: WireValue): RecordKey {
  const ref = v as WireObject;
  if (ref.$type !== 'RecordRef') {
    throw new RecordError(
      'INVALID_RCRD_TYPE',
      `Billwire supports RecordRef baseRefs only, not ${String(ref.$type)}.`,
    );
  }
  const type = ref.type;
  if (typeof type !== 'string' || type === '')
    throw new RecordError('INVALID_RCRD_TYPE', 'The record reference has no type.');
  if (!isHostedType(type))
    throw new RecordError('INVALID_RCRD_TYPE', `Billwire does not host ${type} records.`);
  const key: RecordKey = { type };
  if (typeof ref.internalId === 'string') key.internalId = ref.internalId;
  else if (typeof ref.externalId === 'string') key.externalId = ref.externalId;
  else
    throw new RecordError(
      'INVALID_KEY_OR_REF',
      `The ${type} reference has neither internalId nor externalId.`,
    );
  return key;
}

export function decodeKeys(values: readonly WireValue[]): Outcome<RecordKey>[] {
  return values.map((v) => attempt(() => keyFromBaseRef(v)));
}

/**
 * Runs `run` on the decoded items that are valid and merges its outcomes back into request order, so the
 * response has one entry per input, failures where they were.
 */
export async function inOrder<I, O>(
  decoded: readonly Outcome<I>[],
  run: (valid: I[]) => Promise<Outcome<O>[]>,
): Promise<Outcome<O>[]> {
  const valid = decoded.filter((d): d is { ok: true; value: I } => d.ok).map((d) => d.value);
  const results = valid.length > 0 ? await run(valid) : [];
  let next = 0;
  return decoded.map((d) => (d.ok ? results[next++]! : d));
}

export function writeResponse(o: Outcome<RecordKey>): WireObject {
  if (!o.ok) return { status: statusFailed(o.error) };
  const baseRef: WireObject = { $type: 'RecordRef', internalId: o.value.internalId };
  if (o.value.externalId !== undefined) baseRef.externalId = o.value.externalId;
  baseRef.type = o.value.type;
  return { status: statusOk(), baseRef };
}

/** A record read back (stored, or initialized and not yet saved). */
type Readable = Omit<StoredRecord, 'internalId'> & { internalId?: string };

export function readResponse(o: Outcome<Readable>, ctx: OperationContext): WireObject {
  if (!o.ok) return { status: statusFailed(o.error) };
  return { status: statusOk(), record: recordToWire(o.value, ctx.scope.account.timeZone) };
}

export function writeResponseList(outcomes: readonly Outcome<RecordKey>[]): WireObject {
  return { writeResponse: outcomes.map(writeResponse) };
}

export function readResponseList(outcomes: readonly Outcome<Readable>[], ctx: OperationContext): WireObject {
  return { status: statusOk(), readResponse: outcomes.map((o) => readResponse(o, ctx)) };
}

export function deletionReasonOf(v: WireValue | undefined): { code?: string; memo?: string } | undefined {
  if (!isWireObject(v)) return undefined;
  const code = isWireObject(v.deletionReasonCode)
    ? (v.deletionReasonCode.internalId as string | undefined)
    : undefined;
  const memo = typeof v.deletionReasonMemo === 'string' ? v.deletionReasonMemo : undefined;
  return { code, memo };
}

export { list };
