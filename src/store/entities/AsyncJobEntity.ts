import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One async job (asyncAddList, asyncGetList, asyncSearch…): its explicit status, progress, attempts and the
 * lease of the worker running it. Inputs and per-record results live in async_job_item / async_job_result.
 */
@Entity('async_job')
@Index('ux_async_job_job_id', ['jobId'], { unique: true })
@Index('ix_async_job_queue', ['account', 'status', 'id'])
@Index('ix_async_job_lease', ['status', 'leaseUntil'])
@Index('ix_async_job_expires', ['expiresAt'])
export class AsyncJobEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The id clients see: ASYNCWEBSERVICES_<account>_<digits>_<hex>. */
  @Column({ name: 'job_id', type: 'varchar', length: 128 })
  jobId!: string;

  @Column({ type: 'varchar', length: 64 })
  account!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  /** Units of work: records, or result pages for a search. */
  @Column({ type: 'integer' })
  total!: number;

  /** Units committed so far: the job resumes at this index. */
  @Column({ type: 'integer', default: 0 })
  progress!: number;

  /** Units that ended in an error status. */
  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** The request's settings (account context, preferences, deletion reason…), JSON. */
  @Column({ type: 'text' })
  options!: string;

  @Column({ name: 'lease_owner', type: 'varchar', length: 128, nullable: true })
  leaseOwner!: string | null;

  @Column({ name: 'lease_until', type: 'bigint', nullable: true })
  leaseUntil!: number | null;

  /** Milliseconds spent processing, for the remaining-time estimate. */
  @Column({ name: 'work_ms', type: 'bigint', default: 0 })
  workMs!: number;

  @Column({ name: 'submitted_at', type: 'bigint' })
  submittedAt!: number;

  @Column({ name: 'started_at', type: 'bigint', nullable: true })
  startedAt!: number | null;

  @Column({ name: 'finished_at', type: 'bigint', nullable: true })
  finishedAt!: number | null;

  /** When the job and its results are purged (finished_at + retention). */
  @Column({ name: 'expires_at', type: 'bigint', nullable: true })
  expiresAt!: number | null;
}
