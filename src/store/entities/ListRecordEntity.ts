import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every non-transaction record (NetSuite's "lists"): customers, contacts, items, terms, currencies,
 * subsidiaries, locations, departments, classes. The record's fields live in `data` (JSON); the columns are
 * what lookups, references and searches need.
 */
@Entity('list_record')
@Index('ux_list_record_external', ['account', 'family', 'externalId'], { unique: true })
@Index('ix_list_record_type_name', ['account', 'type', 'name'])
export class ListRecordEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  account!: string;

  /** externalId uniqueness group: every item type shares "item". */
  @Column({ type: 'varchar', length: 32 })
  family!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: string;

  @Column({ name: 'external_id', type: 'varchar', length: 255, nullable: true })
  externalId!: string | null;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'is_inactive', type: 'integer', default: 0 })
  isInactive!: number;

  @Column({ type: 'text' })
  data!: string;

  @Column({ name: 'created_at', type: 'bigint' })
  createdAt!: number;

  @Column({ name: 'modified_at', type: 'bigint' })
  modifiedAt!: number;
}
