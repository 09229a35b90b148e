/**
 * Per-account sequences. SQLite: the increment is one statement on a row inside the transaction. PostgreSQL:
 * the session draws it outside the transaction (SqlSession.nextValue), on a connection of its own, so the
 * row is locked only for that statement. Either way two writers never draw the same number.
 */
import type { Counters } from '../domain/ports';
import type { SqlSession } from './sql';

export const NEXT_VALUE =
  'INSERT INTO counter (account, name, value) VALUES (?, ?, 1) ON CONFLICT (account, name) DO UPDATE SET value = counter.value + 1 RETURNING value';

export class CounterStore implements Counters {
  constructor(
    private readonly s: SqlSession,
    private readonly account: string,
  ) {}

  async next(name: string): Promise<number> {
    if (this.s.nextValue) return this.s.nextValue(this.account, name);
    const row = await this.s.get<{ value: number | string }>(NEXT_VALUE, [this.account, name]);
    return Number(row!.value);
  }
}
