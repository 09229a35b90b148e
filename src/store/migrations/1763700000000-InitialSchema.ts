import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The first schema: list records, transactions and their lines, the delete log, tokenPassport nonces and
 * per-account counters. Written with TypeORM's dialect-neutral Table API so one migration serves SQLite and
 * PostgreSQL; test/store checks that it matches the entities exactly.
 */
const id: TableColumnOptions = {
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
};
const account: TableColumnOptions = { name: 'account', type: 'varchar', length: '64' };
const text = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'text',
  isNullable: nullable,
});
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const int = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'integer',
  isNullable: nullable,
});
const bigint = (name: string): TableColumnOptions => ({ name, type: 'bigint' });
const money = (name: string): TableColumnOptions => ({
  name,
  type: 'numeric',
  precision: 20,
  scale: 2,
  default: 0,
});

export class InitialSchema1763700000000 implements MigrationInterface {
  name = 'InitialSchema1763700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'list_record',
        columns: [
          id,
          account,
          str('family', 32),
          str('type', 32),
          str('external_id', 255, true),
          str('name', 255),
          { name: 'is_inactive', type: 'integer', default: 0 },
          text('data'),
          bigint('created_at'),
          bigint('modified_at'),
        ],
        indices: [
          {
            name: 'ux_list_record_external',
            columnNames: ['account', 'family', 'external_id'],
            isUnique: true,
          },
          { name: 'ix_list_record_type_name', columnNames: ['account', 'type', 'name'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'txn',
        columns: [
          id,
          account,
          str('type', 32),
          str('external_id', 255, true),
          str('tran_id', 64),
          int('entity_id', true),
          str('tran_date', 10),
          str('due_date', 10, true),
          str('status', 48),
          int('created_from_id', true),
          int('currency_id', true),
          int('subsidiary_id', true),
          int('department_id', true),
          int('class_id', true),
          int('location_id', true),
          int('terms_id', true),
          text('memo', true),
          str('other_ref_num', 255, true),
          money('total'),
          money('amount_remaining'),
          text('data'),
          bigint('created_at'),
          bigint('modified_at'),
        ],
        indices: [
          { name: 'ux_txn_external', columnNames: ['account', 'type', 'external_id'], isUnique: true },
          { name: 'ix_txn_entity', columnNames: ['account', 'type', 'entity_id'] },
          { name: 'ix_txn_tran_date', columnNames: ['account', 'type', 'tran_date'] },
          { name: 'ix_txn_modified', columnNames: ['account', 'type', 'modified_at'] },
          { name: 'ix_txn_tran_id', columnNames: ['account', 'type', 'tran_id'] },
          { name: 'ix_txn_created_from', columnNames: ['account', 'created_from_id'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'txn_line',
        columns: [
          id,
          int('txn_id'),
          account,
          int('line'),
          int('item_id', true),
          int('order_line', true),
          text('data'),
        ],
        indices: [
          { name: 'ux_txn_line', columnNames: ['txn_id', 'line'], isUnique: true },
          { name: 'ix_txn_line_item', columnNames: ['account', 'item_id'] },
        ],
        foreignKeys: [
          {
            columnNames: ['txn_id'],
            referencedTableName: 'txn',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'deleted_record',
        columns: [
          id,
          account,
          str('type', 32),
          str('internal_id', 32),
          str('external_id', 255, true),
          bigint('deleted_at'),
          str('reason_code', 64, true),
          text('reason_memo', true),
        ],
        indices: [
          { name: 'ix_deleted_record_date', columnNames: ['account', 'deleted_at'] },
          { name: 'ix_deleted_record_type_date', columnNames: ['account', 'type', 'deleted_at'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'auth_nonce',
        columns: [
          { ...account, isPrimary: true },
          { ...str('token', 255), isPrimary: true },
          { ...str('nonce', 255), isPrimary: true },
          bigint('expires_at'),
        ],
        indices: [{ name: 'ix_auth_nonce_expires', columnNames: ['expires_at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'counter',
        columns: [{ ...account, isPrimary: true }, { ...str('name', 64), isPrimary: true }, bigint('value')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['counter', 'auth_nonce', 'deleted_record', 'txn_line', 'txn', 'list_record'])
      await q.dropTable(t);
  }
}
