import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * Durable async jobs: the job table (explicit status, progress, attempts, lease), the decoded inputs and
 * the per-unit results. Children cascade with their job, so purging expired jobs is one DELETE.
 */
const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
  name,
  type: 'integer',
  ...extra,
});
const bigint = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'bigint',
  isNullable: nullable,
});
const str = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const child = (name: string, valueColumn: string): Table =>
  new Table({
    name,
    columns: [
      int('job_id', { isPrimary: true }),
      int('idx', { isPrimary: true }),
      { name: valueColumn, type: 'text' },
    ],
    foreignKeys: [
      {
        columnNames: ['job_id'],
        referencedTableName: 'async_job',
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      },
    ],
  });

export class AsyncJobs1763850000000 implements MigrationInterface {
  name = 'AsyncJobs1763850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'async_job',
        columns: [
          int('id', { isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
          str('job_id', 128),
          str('account', 64),
          str('kind', 32),
          str('status', 32),
          int('total'),
          int('progress', { default: 0 }),
          int('failures', { default: 0 }),
          int('attempts', { default: 0 }),
          { name: 'options', type: 'text' },
          str('lease_owner', 128, true),
          bigint('lease_until', true),
          { ...bigint('work_ms'), default: 0 },
          bigint('submitted_at'),
          bigint('started_at', true),
          bigint('finished_at', true),
          bigint('expires_at', true),
        ],
        indices: [
          { name: 'ux_async_job_job_id', columnNames: ['job_id'], isUnique: true },
          { name: 'ix_async_job_queue', columnNames: ['account', 'status', 'id'] },
          { name: 'ix_async_job_lease', columnNames: ['status', 'lease_until'] },
          { name: 'ix_async_job_expires', columnNames: ['expires_at'] },
        ],
      }),
    );
    await q.createTable(child('async_job_item', 'input'));
    await q.createTable(child('async_job_result', 'data'));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['async_job_result', 'async_job_item', 'async_job']) await q.dropTable(t);
  }
}
