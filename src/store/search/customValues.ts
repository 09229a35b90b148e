/**
 * Keeps custom_value in step with the records: one row per body custom field value, keyed as search filters
 * name fields (compile.ts's customFieldKey), written in the same transaction as the record. Text and select
 * values (by internalId) go to text_value, longs, doubles and booleans (1/0) to num_value, dates (the
 * calendar date written) to date_value.
 */
import { dateOfLiteral } from '../../domain/dates';
import type { CustomField, ListValue } from '../../domain/records/types';
import { customFieldKey } from '../../domain/search/compile';
import type { SqlParam, SqlSession } from '../sql';

export type Owner = 'txn' | 'list';

interface ValueRow {
  readonly key: string;
  readonly text: string | null;
  readonly num: number | null;
  readonly date: string | null;
}

const BATCH = 100;

function listIds(v: unknown): string[] {
  const values = Array.isArray(v) ? v : [v];
  return values
    .map((x) => (x as ListValue | null)?.internalId)
    .filter((id): id is string => typeof id === 'string' && id !== '');
}

/** The rows a record's custom fields index to. */
export function valueRows(fields: readonly CustomField[]): ValueRow[] {
  const out: ValueRow[] = [];
  for (const f of fields) {
    const key = customFieldKey(f);
    if (!key) continue;
    const v = f.value;
    const row = (text: string | null, num: number | null, date: string | null) =>
      out.push({ key, text, num, date });
    switch (f.kind) {
      case 'string':
        if (typeof v === 'string') row(v, null, null);
        break;
      case 'long':
      case 'double': {
        const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
        if (Number.isFinite(n)) row(null, n, null);
        break;
      }
      case 'boolean':
        if (typeof v === 'boolean') row(null, v ? 1 : 0, null);
        break;
      case 'date': {
        const d = typeof v === 'string' ? dateOfLiteral(v) : undefined;
        if (d) row(null, null, d);
        break;
      }
      case 'select':
      case 'multiSelect':
        for (const id of listIds(v)) row(id, null, null);
        break;
    }
  }
  return out;
}

export async function removeCustomValues(s: SqlSession, owner: Owner, ownerId: number): Promise<void> {
  await s.run('DELETE FROM custom_value WHERE owner = ? AND owner_id = ?', [owner, ownerId]);
}

/** Writes a record's custom values; `replacing` first removes the ones it had. */
export async function writeCustomValues(
  s: SqlSession,
  account: string,
  owner: Owner,
  ownerId: number,
  fields: readonly CustomField[],
  replacing: boolean,
): Promise<void> {
  if (replacing) await removeCustomValues(s, owner, ownerId);
  const rows = valueRows(fields);
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const params: SqlParam[] = [];
    for (const r of batch) params.push(account, owner, ownerId, r.key, r.text, r.num, r.date);
    await s.run(
      `INSERT INTO custom_value (account, owner, owner_id, field_key, text_value, num_value, date_value) VALUES ${batch
        .map(() => '(?, ?, ?, ?, ?, ?, ?)')
        .join(', ')}`,
      params,
    );
  }
}
