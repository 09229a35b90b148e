/**
 * Reads and writes records: transactions (txn + txn_line) and list records (list_record). A record's fields
 * are one JSON document per row; the columns beside it are copies for lookups and search, derived here from
 * the fields so the two never disagree. Line inserts are batched into multi-row statements.
 */
import { RecordError } from '../domain/errors';
import { kindOf } from '../domain/records/kinds';
import type { FoundRef, LookupKey, OrderActivity, RecordRepository } from '../domain/ports';
import type { CustomField, Fields, Line, NewRecord, RecordType, StoredRecord } from '../domain/records/types';
import { refOf, stringOf } from '../domain/records/types';
import { removeAttachments } from './search/attachments';
import { removeCustomValues, writeCustomValues } from './search/customValues';
import { placeholders, type Row, type SqlParam, type SqlSession } from './sql';

interface Document {
  fields: Fields;
  customFields: CustomField[];
}

interface TxnRow extends Row {
  id: number;
  type: string;
  external_id: string | null;
  status: string;
  data: string;
  created_at: number | string;
  modified_at: number | string;
}

interface ListRow extends Row {
  id: number;
  type: string;
  external_id: string | null;
  name: string;
  data: string;
  created_at: number | string;
  modified_at: number | string;
}

const LINE_BATCH = 100;

/** Transaction columns that point at a list record, per family (for "has dependent records"). */
const DEPENDENT_COLUMNS: Record<string, readonly string[]> = {
  customer: ['entity_id'],
  item: ['item_id'],
  term: ['terms_id'],
  currency: ['currency_id'],
  subsidiary: ['subsidiary_id'],
  department: ['department_id'],
  classification: ['class_id'],
  location: ['location_id'],
};

function idOf(fields: Fields, name: string): number | null {
  const id = refOf(fields, name)?.internalId;
  return id !== undefined && /^\d+$/.test(id) ? Number(id) : null;
}

function numericOf(fields: Fields, name: string): string {
  return stringOf(fields, name) ?? '0';
}

function dateOf(fields: Fields, name: string): string | null {
  return stringOf(fields, name) ?? null;
}

export function toStored(row: TxnRow | ListRow, lines?: Line[]): StoredRecord {
  const doc = JSON.parse(row.data) as Document;
  const rec: StoredRecord = {
    type: row.type as RecordType,
    internalId: String(row.id),
    fields: doc.fields,
    customFields: doc.customFields,
    createdAt: Number(row.created_at),
    modifiedAt: Number(row.modified_at),
  };
  if (row.external_id !== null) rec.externalId = row.external_id;
  if ('status' in row) rec.status = String(row.status);
  if ('name' in row) rec.name = String(row.name);
  if (lines) rec.lines = lines;
  return rec;
}

function txnColumns(r: NewRecord): SqlParam[] {
  const f = r.fields;
  return [
    r.externalId ?? null,
    stringOf(f, 'tranId') ?? '',
    idOf(f, 'entity'),
    dateOf(f, 'tranDate') ?? '',
    dateOf(f, 'dueDate'),
    r.status ?? '',
    idOf(f, 'createdFrom'),
    idOf(f, 'currency'),
    idOf(f, 'subsidiary'),
    idOf(f, 'department'),
    idOf(f, 'class'),
    idOf(f, 'location'),
    idOf(f, 'terms'),
    stringOf(f, 'memo') ?? null,
    stringOf(f, 'otherRefNum') ?? null,
    numericOf(f, 'total'),
    numericOf(f, 'amountRemaining'),
    JSON.stringify({ fields: f, customFields: r.customFields }),
    r.modifiedAt,
  ];
}

const TXN_SET =
  'external_id = ?, tran_id = ?, entity_id = ?, tran_date = ?, due_date = ?, status = ?, created_from_id = ?, ' +
  'currency_id = ?, subsidiary_id = ?, department_id = ?, class_id = ?, location_id = ?, terms_id = ?, memo = ?, ' +
  'other_ref_num = ?, total = ?, amount_remaining = ?, data = ?, modified_at = ?';

const TXN_INSERT =
  'INSERT INTO txn (external_id, tran_id, entity_id, tran_date, due_date, status, created_from_id, currency_id, ' +
  'subsidiary_id, department_id, class_id, location_id, terms_id, memo, other_ref_num, total, amount_remaining, data, ' +
  'modified_at, account, type, created_at) VALUES (' +
  placeholders(22) +
  ') RETURNING id';

const LIST_INSERT =
  'INSERT INTO list_record (external_id, name, is_inactive, data, modified_at, account, family, type, created_at) ' +
  'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id';

function listColumns(r: NewRecord): SqlParam[] {
  return [
    r.externalId ?? null,
    r.name ?? '',
    r.fields.isInactive === true ? 1 : 0,
    JSON.stringify({ fields: r.fields, customFields: r.customFields }),
    r.modifiedAt,
  ];
}

/**
 * The unique index on external ids refused a write: another transaction (another request, another
 * instance on PostgreSQL) took the externalId between our check and our insert. Reported as NetSuite's
 * DUP_RCRD for that record only.
 */
function externalIdClash(err: unknown, r: NewRecord): RecordError | undefined {
  const e = err as { code?: string; constraint?: string; message?: string };
  const pg = e.code === '23505' && /^ux_(txn|list_record)_external$/.test(e.constraint ?? '');
  const sqlite = e.code === 'SQLITE_CONSTRAINT_UNIQUE' && /\.external_id/.test(e.message ?? '');
  if (!pg && !sqlite) return undefined;
  return new RecordError(
    'DUP_RCRD',
    `A ${kindOf(r.type).label.toLowerCase()} with externalId ${r.externalId ?? ''} already exists.`,
  );
}

export class RecordStore implements RecordRepository {
  /**
   * Lookups repeat a lot inside one list operation (the same customer and items), so hits are cached per
   * unit of work. Misses are not (a later record of the same list may add the target), and any rewrite or
   * delete empties the caches (a name or the record itself may be gone).
   */
  private readonly lookups = new Map<string, FoundRef>();
  /** List records read (not for update) in this unit of work; callers treat them as read-only. */
  private readonly lists = new Map<string, StoredRecord>();

  constructor(
    private readonly s: SqlSession,
    private readonly account: string,
  ) {}

  async find(
    type: RecordType,
    key: LookupKey,
    opts: { forUpdate?: boolean } = {},
  ): Promise<StoredRecord | undefined> {
    const spec = kindOf(type);
    const lock = opts.forUpdate && this.s.dialect === 'postgres' ? ' FOR UPDATE' : '';
    const by =
      key.internalId !== undefined
        ? 'id = ?'
        : spec.store === 'txn'
          ? 'external_id = ?'
          : 'family = ? AND external_id = ?';
    const params: SqlParam[] = [this.account, type];
    if (key.internalId !== undefined) {
      if (!/^\d{1,15}$/.test(key.internalId)) return undefined;
      params.push(Number(key.internalId));
    } else if (key.externalId !== undefined) {
      if (spec.store === 'list') params.push(spec.family);
      params.push(key.externalId);
    } else {
      return undefined;
    }
    if (spec.store === 'txn') {
      const row = await this.s.get<TxnRow>(
        `SELECT id, type, external_id, status, data, created_at, modified_at FROM txn WHERE account = ? AND type = ? AND ${by}${lock}`,
        params,
      );
      if (!row) return undefined;
      const lines = await this.s.all<{ line: number; data: string }>(
        'SELECT line, data FROM txn_line WHERE txn_id = ? ORDER BY line',
        [row.id],
      );
      return toStored(
        row,
        lines.map((l) => {
          const doc = JSON.parse(l.data) as Document;
          return { line: Number(l.line), fields: doc.fields, customFields: doc.customFields };
        }),
      );
    }
    // Rules read the same customers and items over and over within one list operation.
    const cacheKey = opts.forUpdate ? undefined : `${type}|${key.internalId ?? ''}|${key.externalId ?? ''}`;
    const cached = cacheKey && this.lists.get(cacheKey);
    if (cached) return cached;
    const row = await this.s.get<ListRow>(
      `SELECT id, type, external_id, name, data, created_at, modified_at FROM list_record WHERE account = ? AND type = ? AND ${by}${lock}`,
      params,
    );
    const found = row ? toStored(row) : undefined;
    if (found && cacheKey) this.lists.set(cacheKey, found);
    return found;
  }

  async lookup(types: readonly RecordType[], key: LookupKey): Promise<FoundRef | undefined> {
    const cacheKey = `${types.join(',')}|${key.internalId ?? ''}|${key.externalId ?? ''}`;
    const cached = this.lookups.get(cacheKey);
    if (cached) return cached;
    const found = await this.lookupUncached(types, key);
    if (found) this.lookups.set(cacheKey, found);
    return found;
  }

  async lookupMany(
    types: readonly RecordType[],
    internalIds: readonly string[],
  ): Promise<Map<string, FoundRef>> {
    const out = new Map<string, FoundRef>();
    const wanted = new Set<string>();
    const prefix = types.join(',');
    for (const id of internalIds) {
      const cached = this.lookups.get(`${prefix}|${id}|`);
      if (cached) out.set(id, cached);
      else if (/^\d{1,15}$/.test(id)) wanted.add(id);
    }
    if (wanted.size === 0 || types.length === 0) return out;
    const store = kindOf(types[0]!).store;
    const table = store === 'txn' ? 'txn' : 'list_record';
    const nameCol = store === 'txn' ? 'tran_id' : 'name';
    const ids = [...wanted].map(Number);
    const rows = await this.s.all<{ id: number; type: string; name: string }>(
      `SELECT id, type, ${nameCol} AS name FROM ${table} WHERE account = ? AND id IN (${placeholders(ids.length)}) AND type IN (${placeholders(types.length)})`,
      [this.account, ...ids, ...types],
    );
    for (const row of rows) {
      const type = row.type as RecordType;
      const found = {
        internalId: String(row.id),
        type,
        name: store === 'txn' ? `${kindOf(type).label} #${row.name}` : row.name,
      };
      this.lookups.set(`${prefix}|${found.internalId}|`, found);
      out.set(found.internalId, found);
    }
    return out;
  }

  private async lookupUncached(types: readonly RecordType[], key: LookupKey): Promise<FoundRef | undefined> {
    if (types.length === 0) return undefined;
    const store = kindOf(types[0]!).store;
    const table = store === 'txn' ? 'txn' : 'list_record';
    const nameCol = store === 'txn' ? 'tran_id' : 'name';
    let by: string;
    let value: SqlParam;
    if (key.internalId !== undefined) {
      if (!/^\d{1,15}$/.test(key.internalId)) return undefined;
      by = 'id = ?';
      value = Number(key.internalId);
    } else if (key.externalId !== undefined) {
      by = 'external_id = ?';
      value = key.externalId;
    } else {
      return undefined;
    }
    const row = await this.s.get<{ id: number; type: string; name: string }>(
      `SELECT id, type, ${nameCol} AS name FROM ${table} WHERE account = ? AND ${by} AND type IN (${placeholders(types.length)})`,
      [this.account, value, ...types],
    );
    if (!row) return undefined;
    const type = row.type as RecordType;
    const name = store === 'txn' ? `${kindOf(type).label} #${row.name}` : row.name;
    return { internalId: String(row.id), type, name };
  }

  async insert(r: NewRecord): Promise<string> {
    try {
      return await this.insertRow(r);
    } catch (err) {
      throw externalIdClash(err, r) ?? err;
    }
  }

  private async insertRow(r: NewRecord): Promise<string> {
    const spec = kindOf(r.type);
    if (spec.store === 'list') {
      const row = await this.s.get<{ id: number }>(LIST_INSERT, [
        ...listColumns(r),
        this.account,
        spec.family,
        r.type,
        r.createdAt,
      ]);
      await writeCustomValues(this.s, this.account, 'list', row!.id, r.customFields, false);
      return String(row!.id);
    }
    const row = await this.s.get<{ id: number }>(TXN_INSERT, [
      ...txnColumns(r),
      this.account,
      r.type,
      r.createdAt,
    ]);
    const id = row!.id;
    await this.insertLines(id, r.lines ?? []);
    await writeCustomValues(this.s, this.account, 'txn', id, r.customFields, false);
    return String(id);
  }

  async replace(r: StoredRecord): Promise<void> {
    this.lookups.clear();
    this.lists.clear();
    try {
      await this.replaceRow(r);
    } catch (err) {
      throw externalIdClash(err, r) ?? err;
    }
  }

  private async replaceRow(r: StoredRecord): Promise<void> {
    const spec = kindOf(r.type);
    const id = Number(r.internalId);
    if (spec.store === 'list') {
      await this.s.run(
        'UPDATE list_record SET external_id = ?, name = ?, is_inactive = ?, data = ?, modified_at = ? WHERE account = ? AND id = ?',
        [...listColumns(r), this.account, id],
      );
      await writeCustomValues(this.s, this.account, 'list', id, r.customFields, true);
      return;
    }
    await this.s.run(`UPDATE txn SET ${TXN_SET} WHERE account = ? AND id = ?`, [
      ...txnColumns(r),
      this.account,
      id,
    ]);
    await this.s.run('DELETE FROM txn_line WHERE txn_id = ?', [id]);
    await this.insertLines(id, r.lines ?? []);
    await writeCustomValues(this.s, this.account, 'txn', id, r.customFields, true);
  }

  async remove(r: StoredRecord): Promise<void> {
    this.lookups.clear();
    this.lists.clear();
    const id = Number(r.internalId);
    await removeCustomValues(this.s, kindOf(r.type).store, id);
    await removeAttachments(this.s, this.account, r.type, id);
    if (kindOf(r.type).store === 'list') {
      await this.s.run('DELETE FROM list_record WHERE account = ? AND id = ?', [this.account, id]);
      return;
    }
    await this.s.run('DELETE FROM txn_line WHERE txn_id = ?', [id]);
    await this.s.run('DELETE FROM txn WHERE account = ? AND id = ?', [this.account, id]);
  }

  async updateHeader(r: StoredRecord): Promise<void> {
    await this.s.run(`UPDATE txn SET ${TXN_SET} WHERE account = ? AND id = ?`, [
      ...txnColumns(r),
      this.account,
      Number(r.internalId),
    ]);
    await writeCustomValues(this.s, this.account, 'txn', Number(r.internalId), r.customFields, true);
  }

  async orderActivity(orderId: string, type: RecordType, excludeTxnId?: string): Promise<OrderActivity[]> {
    const rows = await this.s.all<{ txn_id: number; order_line: number; data: string }>(
      'SELECT l.txn_id, l.order_line, l.data FROM txn_line l JOIN txn t ON t.id = l.txn_id ' +
        'WHERE l.account = ? AND l.order_id = ? AND t.type = ? AND t.id <> ?',
      [this.account, Number(orderId), type, excludeTxnId === undefined ? -1 : Number(excludeTxnId)],
    );
    return rows
      .filter((r) => r.order_line !== null)
      .map((r) => {
        const doc = JSON.parse(r.data) as Document;
        return {
          txnId: String(r.txn_id),
          orderLine: Number(r.order_line),
          quantity: stringOf(doc.fields, 'quantity') ?? '0',
        };
      });
  }

  async dependents(type: RecordType, internalId: string): Promise<number> {
    const id = Number(internalId);
    const spec = kindOf(type);
    const checks: [string, SqlParam[]][] =
      spec.store === 'txn'
        ? [
            ['SELECT COUNT(*) AS n FROM txn WHERE account = ? AND created_from_id = ?', [this.account, id]],
            ['SELECT COUNT(*) AS n FROM txn_line WHERE account = ? AND order_id = ?', [this.account, id]],
          ]
        : (DEPENDENT_COLUMNS[spec.family] ?? []).map((col) => [
            col === 'item_id'
              ? 'SELECT COUNT(*) AS n FROM txn_line WHERE account = ? AND item_id = ?'
              : `SELECT COUNT(*) AS n FROM txn WHERE account = ? AND ${col} = ?`,
            [this.account, id],
          ]);
    let n = 0;
    for (const [sql, params] of checks)
      n += Number((await this.s.get<{ n: number | string }>(sql, params))?.n ?? 0);
    return n;
  }

  private async insertLines(txnId: number, lines: readonly Line[]): Promise<void> {
    for (let i = 0; i < lines.length; i += LINE_BATCH) {
      const batch = lines.slice(i, i + LINE_BATCH);
      const params: SqlParam[] = [];
      for (const l of batch) {
        params.push(
          txnId,
          this.account,
          l.line,
          idOf(l.fields, 'item'),
          idOf(l.fields, 'order'),
          typeof l.fields.orderLine === 'number' ? l.fields.orderLine : null,
          JSON.stringify({ fields: l.fields, customFields: l.customFields }),
        );
      }
      const values = batch.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ');
      await this.s.run(
        `INSERT INTO txn_line (txn_id, account, line, item_id, order_id, order_line, data) VALUES ${values}`,
        params,
      );
    }
  }
}
