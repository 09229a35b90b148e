import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import type { CustomField } from '../../domain/records/types';
import { valueRows } from '../search/customValues';

/**
 * The read side: searchIds (search_session), an index of body custom field values for custom field search
 * filters (custom_value, back-filled here from the records already stored), and attach/detach links
 * (attachment).
 */
const id: TableColumnOptions = {
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
};
const account: TableColumnOptions = { name: 'account', type: 'varchar', length: '64' };
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const int = (name: string): TableColumnOptions => ({ name, type: 'integer' });
const bigint = (name: string): TableColumnOptions => ({ name, type: 'bigint' });

const BACKFILL_BATCH = 500;

export class SearchReadSide1763900000000 implements MigrationInterface {
  name = 'SearchReadSide1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'search_session',
        columns: [
          { ...str('id', 128), isPrimary: true },
          account,
          bigint('created_at'),
          bigint('last_used_at'),
          int('total_records'),
          int('page_size'),
          { name: 'plan', type: 'text' },
        ],
        indices: [{ name: 'ix_search_session_used', columnNames: ['last_used_at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'custom_value',
        columns: [
          id,
          account,
          str('owner', 8),
          int('owner_id'),
          str('field_key', 255),
          { name: 'text_value', type: 'text', isNullable: true },
          { name: 'num_value', type: 'numeric', isNullable: true },
          str('date_value', 10, true),
        ],
        indices: [
          { name: 'ix_custom_value_owner', columnNames: ['owner', 'owner_id'] },
          { name: 'ix_custom_value_field', columnNames: ['account', 'owner', 'field_key'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attachment',
        columns: [
          id,
          account,
          str('target_type', 32),
          int('target_id'),
          str('attached_type', 32),
          int('attached_id'),
          str('role', 64, true),
          bigint('created_at'),
        ],
        indices: [
          {
            name: 'ux_attachment',
            columnNames: ['account', 'target_type', 'target_id', 'attached_type', 'attached_id'],
            isUnique: true,
          },
          { name: 'ix_attachment_attached', columnNames: ['account', 'attached_type', 'attached_id'] },
        ],
      }),
    );
    await this.backfill(q, 'txn', 'txn');
    await this.backfill(q, 'list_record', 'list');
  }

  /** Indexes the custom fields of records written before this migration. */
  private async backfill(q: QueryRunner, table: string, owner: string): Promise<void> {
    const pg = q.connection.options.type === 'postgres';
    const p = (n: number) => (pg ? `$${n}` : '?');
    for (let after = 0; ;) {
      const rows = (await q.query(
        `SELECT id, account, data FROM ${table} WHERE id > ${p(1)} ORDER BY id LIMIT ${BACKFILL_BATCH}`,
        [after],
      )) as { id: number; account: string; data: string }[];
      if (rows.length === 0) return;
      for (const r of rows) {
        const doc = JSON.parse(r.data) as { customFields?: CustomField[] };
        for (const v of valueRows(doc.customFields ?? [])) {
          await q.query(
            `INSERT INTO custom_value (account, owner, owner_id, field_key, text_value, num_value, date_value) ` +
              `VALUES (${[1, 2, 3, 4, 5, 6, 7].map(p).join(', ')})`,
            [r.account, owner, Number(r.id), v.key, v.text, v.num, v.date],
          );
        }
      }
      after = Number(rows[rows.length - 1]!.id);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['attachment', 'custom_value', 'search_session']) await q.dropTable(t);
  }
}
