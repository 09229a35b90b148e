/**
 * searchIds: each saved with its compiled plan as JSON. Reads are scoped by account, so another account's
 * searchId is simply not found; unused sessions are purged across accounts by their last use.
 *
 * On PostgreSQL the transactions that save or touch a searchId commit without waiting for the WAL flush
 * (synchronous_commit off, for that transaction only): a searchId lost in a crash costs the client one
 * INVALID_JOB_ID and a new search, while waiting for the disk on every search page costs every client.
 */
import type { SearchSession, SearchSessions } from '../../domain/search/ports';
import type { SqlSession } from '../sql';

interface SessionRow {
  [k: string]: unknown;
  id: string;
  created_at: number | string;
  last_used_at: number | string;
  total_records: number;
  page_size: number;
  plan: string;
}

export class SearchSessionStore implements SearchSessions {
  constructor(
    private readonly s: SqlSession,
    private readonly account: string,
  ) {}

  private async relaxCommit(): Promise<void> {
    if (this.s.dialect === 'postgres') await this.s.run('SET LOCAL synchronous_commit = off');
  }

  async save(x: SearchSession): Promise<void> {
    await this.relaxCommit();
    await this.s.run(
      'INSERT INTO search_session (id, account, created_at, last_used_at, total_records, page_size, plan) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [x.id, this.account, x.createdAt, x.lastUsedAt, x.totalRecords, x.pageSize, JSON.stringify(x.plan)],
    );
  }

  async find(id: string): Promise<SearchSession | undefined> {
    const row = await this.s.get<SessionRow>(
      'SELECT id, created_at, last_used_at, total_records, page_size, plan FROM search_session WHERE id = ? AND account = ?',
      [id, this.account],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      createdAt: Number(row.created_at),
      lastUsedAt: Number(row.last_used_at),
      totalRecords: Number(row.total_records),
      pageSize: Number(row.page_size),
      plan: JSON.parse(row.plan) as unknown,
    };
  }

  async touch(id: string, at: number): Promise<void> {
    await this.relaxCommit();
    await this.s.run('UPDATE search_session SET last_used_at = ? WHERE id = ? AND account = ?', [
      at,
      id,
      this.account,
    ]);
  }

  async purge(before: number): Promise<void> {
    await this.s.run('DELETE FROM search_session WHERE last_used_at < ?', [before]);
  }
}
