import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AsyncJobEntity } from './AsyncJobEntity';

/**
 * One unit's result (a record's outcome, or a search page), JSON. The primary key makes writing a unit's
 * result twice impossible: a replayed chunk fails and rolls back with its records.
 */
@Entity('async_job_result')
export class AsyncJobResultEntity {
  @PrimaryColumn({ name: 'job_id', type: 'integer' })
  jobId!: number;

  @PrimaryColumn({ type: 'integer' })
  idx!: number;

  @ManyToOne(() => AsyncJobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: AsyncJobEntity;

  @Column({ type: 'text' })
  data!: string;
}
