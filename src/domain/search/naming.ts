/**
 * Names the references of a whole page of records at once: the same result as records/references.ts's
 * nameReferences on each record (a `name` on every reference that points at an existing record of an
 * allowed type), but with one query per store instead of one lookup per reference, so a page of 1,000
 * invoices costs two queries rather than thousands.
 */
import type { FoundRef } from '../ports';
import { kindOf } from '../records/kinds';
import type { Fields, RecordType, StoredRecord } from '../records/types';
import { isRef } from '../records/types';
import type { SearchQueries, StoreKind } from './ports';

type RefSpecs = Readonly<Record<string, readonly RecordType[]>>;

function storeOf(types: readonly RecordType[]): StoreKind | undefined {
  return types.length > 0 ? kindOf(types[0]!).store : undefined;
}

function collect(fields: Fields, specs: RefSpecs, into: Record<StoreKind, Set<string>>): void {
  for (const [field, types] of Object.entries(specs)) {
    const v = fields[field];
    const store = storeOf(types);
    if (store && isRef(v) && v.internalId !== undefined) into[store].add(v.internalId);
  }
}

function named(fields: Fields, specs: RefSpecs, found: Record<StoreKind, Map<string, FoundRef>>): Fields {
  let out: Fields | undefined;
  for (const [field, types] of Object.entries(specs)) {
    const v = fields[field];
    const store = storeOf(types);
    if (!store || !isRef(v) || v.internalId === undefined) continue;
    const hit = found[store].get(v.internalId);
    if (!hit || !types.includes(hit.type)) continue;
    out ??= { ...fields };
    out[field] = { ...v, name: hit.name };
  }
  return out ?? fields;
}

/** Copies of `records` whose references (body and lines) carry their targets' current names. */
export async function nameAll(
  queries: SearchQueries,
  records: readonly StoredRecord[],
): Promise<StoredRecord[]> {
  const wanted: Record<StoreKind, Set<string>> = { txn: new Set(), list: new Set() };
  for (const r of records) {
    const spec = kindOf(r.type);
    collect(r.fields, spec.refs, wanted);
    for (const l of r.lines ?? []) collect(l.fields, spec.lineRefs, wanted);
  }
  const found = {
    txn: wanted.txn.size > 0 ? await queries.names('txn', [...wanted.txn]) : new Map<string, FoundRef>(),
    list: wanted.list.size > 0 ? await queries.names('list', [...wanted.list]) : new Map<string, FoundRef>(),
  };
  return records.map((r) => {
    const spec = kindOf(r.type);
    const out: StoredRecord = { ...r, fields: named(r.fields, spec.refs, found) };
    if (r.lines) out.lines = r.lines.map((l) => ({ ...l, fields: named(l.fields, spec.lineRefs, found) }));
    return out;
  });
}
