import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TransactionEntity } from './TransactionEntity';

/** One line of a transaction's itemList. Line fields live in `data` (JSON). */
@Entity('txn_line')
@Index('ux_txn_line', ['txnId', 'line'], { unique: true })
@Index('ix_txn_line_item', ['account', 'itemId'])
@Index('ix_txn_line_order', ['account', 'orderId'])
export class TransactionLineEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'txn_id', type: 'integer' })
  txnId!: number;

  @ManyToOne(() => TransactionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'txn_id' })
  txn?: TransactionEntity;

  @Column({ type: 'varchar', length: 64 })
  account!: string;

  @Column({ type: 'integer' })
  line!: number;

  @Column({ name: 'item_id', type: 'integer', nullable: true })
  itemId!: number | null;

  /** For invoice and fulfillment lines: the sales order they bill or ship from… */
  @Column({ name: 'order_id', type: 'integer', nullable: true })
  orderId!: number | null;

  /** …and its line number. */
  @Column({ name: 'order_line', type: 'integer', nullable: true })
  orderLine!: number | null;

  @Column({ type: 'text' })
  data!: string;
}
