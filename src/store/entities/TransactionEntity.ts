import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Transaction headers: invoices, sales orders, estimates, item fulfillments. Body fields live in `data`
 * (JSON); the columns are the ones references, billing and search filter and sort on.
 */
@Entity('txn')
@Index('ux_txn_external', ['account', 'type', 'externalId'], { unique: true })
@Index('ix_txn_entity', ['account', 'type', 'entityId'])
@Index('ix_txn_tran_date', ['account', 'type', 'tranDate'])
@Index('ix_txn_modified', ['account', 'type', 'modifiedAt'])
@Index('ix_txn_tran_id', ['account', 'type', 'tranId'])
@Index('ix_txn_created_from', ['account', 'createdFromId'])
export class TransactionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  account!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: string;

  @Column({ name: 'external_id', type: 'varchar', length: 255, nullable: true })
  externalId!: string | null;

  @Column({ name: 'tran_id', type: 'varchar', length: 64 })
  tranId!: string;

  @Column({ name: 'entity_id', type: 'integer', nullable: true })
  entityId!: number | null;

  /** Calendar date, YYYY-MM-DD. */
  @Column({ name: 'tran_date', type: 'varchar', length: 10 })
  tranDate!: string;

  @Column({ name: 'due_date', type: 'varchar', length: 10, nullable: true })
  dueDate!: string | null;

  /** Internal status key, e.g. "open", "paidInFull", "pendingBilling". */
  @Column({ type: 'varchar', length: 48 })
  status!: string;

  @Column({ name: 'created_from_id', type: 'integer', nullable: true })
  createdFromId!: number | null;

  @Column({ name: 'currency_id', type: 'integer', nullable: true })
  currencyId!: number | null;

  @Column({ name: 'subsidiary_id', type: 'integer', nullable: true })
  subsidiaryId!: number | null;

  @Column({ name: 'department_id', type: 'integer', nullable: true })
  departmentId!: number | null;

  @Column({ name: 'class_id', type: 'integer', nullable: true })
  classId!: number | null;

  @Column({ name: 'location_id', type: 'integer', nullable: true })
  locationId!: number | null;

  @Column({ name: 'terms_id', type: 'integer', nullable: true })
  termsId!: number | null;

  @Column({ type: 'text', nullable: true })
  memo!: string | null;

  @Column({ name: 'other_ref_num', type: 'varchar', length: 255, nullable: true })
  otherRefNum!: string | null;

  /** Numeric copies for filtering; the exact decimal text lives in `data`. */
  @Column({ type: 'numeric', precision: 20, scale: 2, default: 0 })
  total!: string;

  @Column({ name: 'amount_remaining', type: 'numeric', precision: 20, scale: 2, default: 0 })
  amountRemaining!: string;

  @Column({ type: 'text' })
  data!: string;

  @Column({ name: 'created_at', type: 'bigint' })
  createdAt!: number;

  @Column({ name: 'modified_at', type: 'bigint' })
  modifiedAt!: number;
}
