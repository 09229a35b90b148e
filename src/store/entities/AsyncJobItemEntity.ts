import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AsyncJobEntity } from './AsyncJobEntity';

/** One unit of an async job's input (a decoded record, reference or initialize request), JSON. */
@Entity('async_job_item')
export class AsyncJobItemEntity {
  @PrimaryColumn({ name: 'job_id', type: 'integer' })
  jobId!: number;

  @PrimaryColumn({ type: 'integer' })
  idx!: number;

  @ManyToOne(() => AsyncJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: AsyncJobEntity;

  @Column({ type: 'text' })
  input!: string;
}
