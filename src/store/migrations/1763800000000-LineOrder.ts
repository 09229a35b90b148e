import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Invoice and fulfillment lines remember the sales order they bill or ship from (a consolidated invoice
 * bills several orders), so an order's billed and fulfilled quantities are one indexed query away.
 */
export class LineOrder1763800000000 implements MigrationInterface {
  name = 'LineOrder1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('txn_line', new TableColumn({ name: 'order_id', type: 'integer', isNullable: true }));
    await q.createIndex(
      'txn_line',
      new TableIndex({ name: 'ix_txn_line_order', columnNames: ['account', 'order_id'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('txn_line', 'ix_txn_line_order');
    await q.dropColumn('txn_line', 'order_id');
  }
}
