import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** attach/detach: a record (a contact) attached to another (an invoice, a customer), with a contact role. */
@Entity('attachment')
@Index('ux_attachment', ['account', 'targetType', 'targetId', 'attachedType', 'attachedId'], { unique: true })
@Index('ix_attachment_attached', ['account', 'attachedType', 'attachedId'])
export class AttachmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64 })
  account!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType!: string;

  @Column({ name: 'target_id', type: 'integer' })
  targetId!: number;

  @Column({ name: 'attached_type', type: 'varchar', length: 32 })
  attachedType!: string;

  @Column({ name: 'attached_id', type: 'integer' })
  attachedId!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  role!: string | null;

  @Column({ name: 'created_at', type: 'bigint' })
  createdAt!: number;
}
