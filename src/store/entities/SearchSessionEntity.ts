import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A search's compiled plan under its searchId, so searchMoreWithId can serve any page from any instance
 * sharing the database. Rows unused for the searchId lifetime are purged when new searches are saved.
 */
@Entity('search_session')
@Index('ix_search_session_used', ['lastUsedAt'])
export class SearchSessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  account!: string;

  @Column({ name: 'created_at', type: 'bigint' })
  createdAt!: number;

  @Column({ name: 'last_used_at', type: 'bigint' })
  lastUsedAt!: number;

  @Column({ name: 'total_records', type: 'integer' })
  totalRecords!: number;

  @Column({ name: 'page_size', type: 'integer' })
  pageSize!: number;

  /** The compiled search (JSON). */
  @Column({ type: 'text' })
  plan!: string;
}
