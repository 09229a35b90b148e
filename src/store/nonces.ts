/**
 * tokenPassport nonces: each (account, token, nonce) is accepted once while its timestamp is inside the
 * window. Kept in the database so several instances on one PostgreSQL refuse a replay to any of them.
 */
import type { Database } from './sql';

export class NonceStore {
  private lastPurge = 0;

  constructor(private readonly db: Database) {}

  /** Records the nonce; false when it was already used. */
  async claim(
    account: string,
    token: string,
    nonce: string,
    expiresAt: number,
    now: number,
  ): Promise<boolean> {
    return this.db.write(async (s) => {
      if (now - this.lastPurge > 60_000) {
        this.lastPurge = now;
        await s.run('DELETE FROM auth_nonce WHERE expires_at < ?', [now]);
      }
      const changed = await s.run(
        'INSERT INTO auth_nonce (account, token, nonce, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        [account, token, nonce, expiresAt],
      );
      return changed === 1;
    });
  }
}
