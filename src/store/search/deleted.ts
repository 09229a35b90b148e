/** Reads the delete log (deleted_record) for getDeleted: filtered by a predicate, oldest first. */
import type { DeletedEntry } from '../../domain/ports';
import type { RecordType } from '../../domain/records/types';
import type { DeletedRecords } from '../../domain/search/ports';
import type { Predicate } from '../../domain/search/predicates';
import type { SqlSession } from '../sql';
import { EACH_TIME, SqlBuilder } from './predicateSql';

interface DeletedRow {
  [k: string]: unknown;
  type: string;
  internal_id: string;
  external_id: string | null;
  deleted_at: number | string;
  reason_code: string | null;
  reason_memo: string | null;
}

export class DeletedRecordQueries implements DeletedRecords {
  constructor(
    private readonly s: SqlSession,
    private readonly account: string,
  ) {}

  private body(where: Predicate): { sql: string; b: SqlBuilder } {
    const b = new SqlBuilder(this.s.dialect, this.account);
    const sql = `FROM deleted_record d WHERE d.account = ${b.param(this.account)} AND (${b.where(where, { table: 'deleted', alias: 'd' })})`;
    return { sql, b };
  }

  async count(where: Predicate): Promise<number> {
    const { sql, b } = this.body(where);
    return Number(
      (await this.s.get<{ n: number | string }>(`SELECT COUNT(*) AS n ${sql}`, b.params, EACH_TIME))?.n ?? 0,
    );
  }

  async page(where: Predicate, offset: number, limit: number): Promise<DeletedEntry[]> {
    const { sql, b } = this.body(where);
    const rows = await this.s.all<DeletedRow>(
      `SELECT d.type, d.internal_id, d.external_id, d.deleted_at, d.reason_code, d.reason_memo ${sql} ` +
        `ORDER BY d.deleted_at, d.id LIMIT ${b.param(limit)} OFFSET ${b.param(offset)}`,
      b.params,
      EACH_TIME,
    );
    return rows.map((r) => ({
      type: r.type as RecordType,
      internalId: r.internal_id,
      ...(r.external_id === null ? {} : { externalId: r.external_id }),
      deletedAt: Number(r.deleted_at),
      ...(r.reason_code === null ? {} : { reasonCode: r.reason_code }),
      ...(r.reason_memo === null ? {} : { reasonMemo: r.reason_memo }),
    }));
  }
}
