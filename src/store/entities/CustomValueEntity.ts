import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The body custom field values of every record, one row per value (a multi-select has one per choice), so
 * custom field search filters are indexed lookups instead of scans of every record's JSON. Written by the
 * record store whenever a record is written; the record's `data` stays the source of truth.
 */
@Entity('custom_value')
@Index('ix_custom_value_owner', ['owner', 'ownerId'])
@Index('ix_custom_value_field', ['account', 'owner', 'fieldKey'])
export class CustomValueEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  account!: string;

  /** "txn" or "list": the table the owning record lives in. */
  @Column({ type: 'varchar', length: 8 })
  owner!: string;

  @Column({ name: 'owner_id', type: 'integer' })
  ownerId!: number;

  /** The field's scriptId, or "#<internalId>" for a field sent by internalId only. */
  @Column({ name: 'field_key', type: 'varchar', length: 255 })
  fieldKey!: string;

  /** Text values, and the internalId of select values. */
  @Column({ name: 'text_value', type: 'text', nullable: true })
  textValue!: string | null;

  /** Long, double and boolean (1/0) values. */
  @Column({ name: 'num_value', type: 'numeric', nullable: true })
  numValue!: string | null;

  /** Date values as the calendar date written (YYYY-MM-DD). */
  @Column({ name: 'date_value', type: 'varchar', length: 10, nullable: true })
  dateValue!: string | null;
}
