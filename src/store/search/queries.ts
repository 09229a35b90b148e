/**
 * Runs compiled searches: COUNT and one page of row keys (ids, or ids and line numbers) in a stable order,
 * then the page's records, lines and reference names in batched `id IN (…)` queries — a page of 1,000
 * records is four statements whatever it holds. Every statement is scoped by account.
 */
import type { FoundRef } from '../../domain/ports';
import { kindOf } from '../../domain/records/kinds';
import type { CustomField, Fields, Line, RecordType, StoredRecord } from '../../domain/records/types';
import type { QueryPlan, RowKey, SearchQueries, StoreKind } from '../../domain/search/ports';
import { toStored } from '../records';
import type { SqlSession } from '../sql';
import { EACH_TIME, SqlBuilder, type Scope } from './predicateSql';

/** Ids per batched statement (well under SQLite's and PostgreSQL's parameter limits). */
const ID_BATCH = 1000;

interface Document {
  fields: Fields;
  customFields: CustomField[];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class SearchQueryStore implements SearchQueries {
  constructor(
    private readonly s: SqlSession,
    private readonly account: string,
  ) {}

  /** FROM … WHERE … of a plan, with its parameters. */
  private body(plan: QueryPlan): { sql: string; b: SqlBuilder; order: string; select: string } {
    const b = new SqlBuilder(this.s.dialect, this.account);
    if (plan.family === 'transaction') {
      const lines = plan.rows === 'lines';
      const scope: Scope = { table: 'txn', alias: 't', lineAlias: lines ? 'l0' : undefined };
      const from = lines ? 'txn_line l0 JOIN txn t ON t.id = l0.txn_id' : 'txn t';
      const head = `FROM ${from} WHERE t.account = ${b.param(this.account)} AND t.type IN (${b.list(plan.types)})`;
      return {
        sql: `${head} AND (${b.where(plan.where, scope)})`,
        b,
        order: lines ? 'ORDER BY l0.txn_id, l0.line' : 'ORDER BY t.id',
        select: lines ? 'l0.txn_id AS id, l0.line AS line' : 't.id AS id',
      };
    }
    const scope: Scope = { table: 'list', alias: 'r' };
    const head = `FROM list_record r WHERE r.account = ${b.param(this.account)} AND r.type IN (${b.list(plan.types)})`;
    return {
      sql: `${head} AND (${b.where(plan.where, scope)})`,
      b,
      order: 'ORDER BY r.id',
      select: 'r.id AS id',
    };
  }

  async count(plan: QueryPlan): Promise<number> {
    const { sql, b } = this.body(plan);
    const row = await this.s.get<{ n: number | string }>(`SELECT COUNT(*) AS n ${sql}`, b.params, EACH_TIME);
    return Number(row?.n ?? 0);
  }

  async page(plan: QueryPlan, offset: number, limit: number): Promise<RowKey[]> {
    const { sql, b, order, select } = this.body(plan);
    const rows = await this.s.all<{ id: number; line?: number }>(
      `SELECT ${select} ${sql} ${order} LIMIT ${b.param(limit)} OFFSET ${b.param(offset)}`,
      b.params,
      EACH_TIME,
    );
    return rows.map((r) =>
      r.line === undefined ? { id: String(r.id) } : { id: String(r.id), line: Number(r.line) },
    );
  }

  async load(store: StoreKind, ids: readonly string[], withLines: boolean): Promise<StoredRecord[]> {
    const numeric = ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
    const byId = new Map<number, StoredRecord>();
    for (const batch of chunks(numeric, ID_BATCH)) {
      const b = new SqlBuilder(this.s.dialect, this.account);
      const sql =
        store === 'txn'
          ? `SELECT id, type, external_id, status, data, created_at, modified_at FROM txn WHERE account = ${b.param(this.account)} AND id IN (${b.list(batch)})`
          : `SELECT id, type, external_id, name, data, created_at, modified_at FROM list_record WHERE account = ${b.param(this.account)} AND id IN (${b.list(batch)})`;
      const rows = await this.s.all<Parameters<typeof toStored>[0]>(sql, b.params);
      for (const row of rows) byId.set(Number(row.id), toStored(row));
    }
    if (store === 'txn' && withLines) await this.attachLines(byId);
    return numeric.map((id) => byId.get(id)).filter((r): r is StoredRecord => r !== undefined);
  }

  private async attachLines(records: Map<number, StoredRecord>): Promise<void> {
    for (const r of records.values()) r.lines = [];
    for (const batch of chunks([...records.keys()], ID_BATCH)) {
      const b = new SqlBuilder(this.s.dialect, this.account);
      const rows = await this.s.all<{ txn_id: number; line: number; data: string }>(
        `SELECT txn_id, line, data FROM txn_line WHERE txn_id IN (${b.list(batch)}) ORDER BY txn_id, line`,
        b.params,
      );
      for (const row of rows) {
        const doc = JSON.parse(row.data) as Document;
        const line: Line = { line: Number(row.line), fields: doc.fields, customFields: doc.customFields };
        records.get(Number(row.txn_id))!.lines!.push(line);
      }
    }
  }

  async names(store: StoreKind, ids: readonly string[]): Promise<Map<string, FoundRef>> {
    const out = new Map<string, FoundRef>();
    const numeric = ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
    for (const batch of chunks(numeric, ID_BATCH)) {
      const b = new SqlBuilder(this.s.dialect, this.account);
      const sql =
        store === 'txn'
          ? `SELECT id, type, tran_id AS name FROM txn WHERE account = ${b.param(this.account)} AND id IN (${b.list(batch)})`
          : `SELECT id, type, name FROM list_record WHERE account = ${b.param(this.account)} AND id IN (${b.list(batch)})`;
      for (const row of await this.s.all<{ id: number; type: string; name: string }>(sql, b.params)) {
        const type = row.type as RecordType;
        // The names lookups give (store/records.ts): "Sales Order #SO1" for transactions.
        const name = store === 'txn' ? `${kindOf(type).label} #${row.name}` : row.name;
        out.set(String(row.id), { internalId: String(row.id), type, name });
      }
    }
    return out;
  }
}
