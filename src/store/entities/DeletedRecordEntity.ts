import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A log of every delete, for getDeleted. */
@Entity('deleted_record')
@Index('ix_deleted_record_date', ['account', 'deletedAt'])
@Index('ix_deleted_record_type_date', ['account', 'type', 'deletedAt'])
export class DeletedRecordEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  account!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: string;

  @Column({ name: 'internal_id', type: 'varchar', length: 32 })
  internalId!: string;

  @Column({ name: 'external_id', type: 'varchar', length: 255, nullable: true })
  externalId!: string | null;

  @Column({ name: 'deleted_at', type: 'bigint' })
  deletedAt!: number;

  @Column({ name: 'reason_code', type: 'varchar', length: 64, nullable: true })
  reasonCode!: string | null;

  @Column({ name: 'reason_memo', type: 'text', nullable: true })
  reasonMemo!: string | null;
}
