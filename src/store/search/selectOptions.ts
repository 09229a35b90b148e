/**
 * getSelectValue's options: active list records of the field's types, by name (case-insensitively, the same
 * order on SQLite and PostgreSQL), then internal id.
 */
import type { FoundRef } from '../../domain/ports';
import type { RecordType } from '../../domain/records/types';
import type { SelectOptionFilter, SelectOptions } from '../../domain/search/ports';
import type { SqlSession } from '../sql';
import { EACH_TIME, SqlBuilder } from './predicateSql';

export class SelectOptionQueries implements SelectOptions {
  constructor(
    private readonly s: SqlSession,
    private readonly account: string,
  ) {}

  private body(
    types: readonly RecordType[],
    filter: SelectOptionFilter | undefined,
  ): { sql: string; b: SqlBuilder } {
    const b = new SqlBuilder(this.s.dialect, this.account);
    let sql = `FROM list_record r WHERE r.account = ${b.param(this.account)} AND r.type IN (${b.list(types)}) AND r.is_inactive = 0`;
    if (filter) {
      sql += ` AND ${b.where({ p: 'text', key: { name: 'name', type: 'text' }, match: filter.match, value: filter.value }, { table: 'list', alias: 'r' })}`;
    }
    return { sql, b };
  }

  async count(types: readonly RecordType[], filter: SelectOptionFilter | undefined): Promise<number> {
    const { sql, b } = this.body(types, filter);
    return Number(
      (await this.s.get<{ n: number | string }>(`SELECT COUNT(*) AS n ${sql}`, b.params, EACH_TIME))?.n ?? 0,
    );
  }

  async page(
    types: readonly RecordType[],
    filter: SelectOptionFilter | undefined,
    offset: number,
    limit: number,
  ): Promise<FoundRef[]> {
    const { sql, b } = this.body(types, filter);
    const rows = await this.s.all<{ id: number; type: string; name: string }>(
      `SELECT r.id, r.type, r.name ${sql} ORDER BY LOWER(r.name), r.id LIMIT ${b.param(limit)} OFFSET ${b.param(offset)}`,
      b.params,
      EACH_TIME,
    );
    return rows.map((r) => ({ internalId: String(r.id), type: r.type as RecordType, name: r.name }));
  }
}
