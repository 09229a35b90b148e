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

async function nameField(
  repo: RecordRepository,
  fields: Fields,
  field: string,
  types: readonly RecordType[],
): Promise<void> {
  const v = fields[field];
  if (!isRef(v) || v.internalId === undefined) return;
  const found = await repo.lookup(types, { internalId: v.internalId });
  if (found) fields[field] = { ...v, name: found.name };
}

/** Adds current names to the references of a record read back (a copy; the stored record is untouched). */
export async function nameReferences<R extends Pick<StoredRecord, 'type' | 'fields' | 'lines'>>(
  repo: RecordRepository,
  rec: R,
): Promise<R> {
  const spec = kindOf(rec.type);
  const fields = { ...rec.fields };
  for (const [field, types] of Object.entries(spec.refs)) await nameField(repo, fields, field, types);
  const lines = rec.lines?.map((l) => ({ ...l, fields: { ...l.fields } }));
  for (const line of lines ?? []) {
    for (const [field, types] of Object.entries(spec.lineRefs))
      await nameField(repo, line.fields, field, types);
  }
  return { ...rec, fields, lines };
}
