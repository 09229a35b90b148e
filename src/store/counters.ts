/**
 * Per-account sequences. The increment is one statement on a row that the transaction then holds, so two
 * concurrent writers (two PostgreSQL instances included) never draw the same number.
 */
import type { Counters } from '../domain/ports';
import type { SqlSession } from './sql';

export class CounterStore implements Counters {
  constructor(
    private readonly s: SqlSession,
    private readonly account: string,
  ) {}

  async next(name: string): Promise<number> {
    const row = await this.s.get<{ value: number | string }>(
      'INSERT INTO counter (account, name, value) VALUES (?, ?, 1) ON CONFLICT (account, name) DO UPDATE SET value = counter.value + 1 RETURNING value',
      [this.account, name],
    );
    return Number(row!.value);
  }
}
