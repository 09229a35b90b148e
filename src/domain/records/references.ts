/**
 * References between records: on write every reference field Billwire hosts must point to an existing
 * record of the right type (INVALID_KEY_OR_REF otherwise) and is stored by internal id; on read each gains
 * the target's current name, as NetSuite's RecordRef `name` does.
 */
import { invalidReference } from '../errors';
import type { RecordRepository } from '../ports';
import { kindOf } from './kinds';
import type { Fields, Ref, RecordType, StoredRecord } from './types';
import { isRef } from './types';

async function resolveField(
  repo: RecordRepository,
  fields: Fields,
  field: string,
  types: readonly RecordType[],
  where: string,
): Promise<void> {
  const v = fields[field];
  if (v === undefined) return;
  if (!isRef(v)) return;
  const found = await repo.lookup(types, {
    internalId: v.internalId,
    externalId: v.internalId === undefined ? v.externalId : undefined,
  });
  if (!found) throw invalidReference(where, v.internalId ?? `externalId ${v.externalId}`);
  if (v.type !== undefined && v.type !== found.type && !types.includes(v.type as RecordType)) {
    throw invalidReference(where, v.internalId ?? `externalId ${v.externalId}`);
  }
  const ref: Ref = { internalId: found.internalId };
  fields[field] = ref;
}

/** Checks and normalises every hosted reference of a record (body and lines). */
export async function resolveReferences(
  repo: RecordRepository,
  draft: { type: RecordType; fields: Fields; lines?: { fields: Fields }[] },
): Promise<void> {
  const spec = kindOf(draft.type);
  for (const [field, types] of Object.entries(spec.refs))
    await resolveField(repo, draft.fields, field, types, field);
  for (const line of draft.lines ?? []) {
    for (const [field, types] of Object.entries(spec.lineRefs))
      await resolveField(repo, line.fields, field, types, field);
  }
}

/** Adds current names to the references of a record read back (a copy; the stored record is untouched). */
const entries = new Map<
  RecordType,
  { body: [string, readonly RecordType[]][]; line: [string, readonly RecordType[]][] }
>();
/** A record type's reference fields as arrays, built once (reads walk them for every line). */
function refEntries(type: RecordType) {
  let e = entries.get(type);
  if (!e) {
    const spec = kindOf(type);
    e = { body: Object.entries(spec.refs), line: Object.entries(spec.lineRefs) };
    entries.set(type, e);
  }
  return e;
}

export async function nameReferences<R extends Pick<StoredRecord, 'type' | 'fields' | 'lines'>>(
  repo: RecordRepository,
  rec: R,
): Promise<R> {
  const fields = { ...rec.fields };
  const lines = rec.lines?.map((l) => ({ ...l, fields: { ...l.fields } }));
  // Every reference of the record, grouped by the table its targets live in: one query per table.
  type Pending = { fields: Fields; field: string; id: string; types: readonly RecordType[] };
  const byStore = new Map<string, { refs: Pending[]; types: Set<RecordType> }>();
  const collect = (f: Fields, refs: readonly (readonly [string, readonly RecordType[]])[]) => {
    for (const [field, types] of refs) {
      const v = f[field];
      if (!isRef(v) || v.internalId === undefined || types.length === 0) continue;
      const store = kindOf(types[0]!).store;
      const group = byStore.get(store) ?? { refs: [], types: new Set<RecordType>() };
      group.refs.push({ fields: f, field, id: v.internalId, types });
      for (const t of types) group.types.add(t);
      byStore.set(store, group);
    }
  };
  const { body, line: lineRefs } = refEntries(rec.type);
  collect(fields, body);
  for (const line of lines ?? []) collect(line.fields, lineRefs);
  for (const { refs, types } of byStore.values()) {
    const found = await repo.lookupMany([...types], [...new Set(refs.map((r) => r.id))]);
    for (const r of refs) {
      const target = found.get(r.id);
      if (target && r.types.includes(target.type))
        r.fields[r.field] = { ...(r.fields[r.field] as Ref), name: target.name };
    }
  }
  return { ...rec, fields, lines };
}
