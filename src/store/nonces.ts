/**
 * tokenPassport nonces: each (account, token, nonce) is accepted once while its timestamp is inside the
 * window.
 *
 * PostgreSQL: every claim is an insert that the primary key arbitrates, so several instances on one
 * database refuse a replay sent to any of them.
 * SQLite (one process owns the file): claims are decided in memory and written to the database in batches,
 * a few times a second and on close; the nonces still inside the window when the process starts are
 * loaded first (or, if there are very many, looked up per claim until they have expired). That takes a
 * write transaction off every request (it was the largest single cost of a get); a replay sent across a
 * crash within the last batch interval is the only one that could pass.
 */
import type { Database } from './sql';

const FLUSH_MS = 200;
/** Past this many unexpired nonces at start-up, claims look in the database instead of loading them all. */
const PRELOAD_LIMIT = 50_000;
const FLUSH_AT = 500;
const PURGE_MS = 60_000;

type Claim = [account: string, token: string, nonce: string, expiresAt: number];

export class NonceStore {
  private lastPurge = 0;
  private readonly seen = new Map<string, number>();
  private pending: Claim[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  /** Until this instant, claims also look for nonces persisted before start-up (0: no need). */
  private checkStoredUntil = 0;
  private loaded: Promise<void> | undefined;

  constructor(private readonly db: Database) {}

  /** Loads the nonces a previous run persisted that are still unexpired (SQLite). */
  private load(now: number): Promise<void> {
    return (this.loaded ??= this.db.read(async (s) => {
      const rows = await s.all<{
        account: string;
        token: string;
        nonce: string;
        expires_at: number | string;
      }>(
        `SELECT account, token, nonce, expires_at FROM auth_nonce WHERE expires_at >= ? LIMIT ${PRELOAD_LIMIT + 1}`,
        [now],
      );
      if (rows.length > PRELOAD_LIMIT) {
        const latest = await s.get<{ until: number | string }>(
          'SELECT MAX(expires_at) AS until FROM auth_nonce',
        );
        this.checkStoredUntil = Number(latest?.until ?? 0);
        return;
      }
      for (const r of rows)
        this.seen.set(`${r.account}\u0000${r.token}\u0000${r.nonce}`, Number(r.expires_at));
    }));
  }

  /** Records the nonce; false when it was already used. */
  async claim(
    account: string,
    token: string,
    nonce: string,
    expiresAt: number,
    now: number,
  ): Promise<boolean> {
    if (this.db.dialect === 'postgres') return this.claimInDatabase([account, token, nonce, expiresAt], now);
    const key = `${account}\u0000${token}\u0000${nonce}`;
    const until = this.seen.get(key);
    if (until !== undefined && until >= now) return false;
    if (!this.loaded) {
      await this.load(now);
      if (this.seen.has(key)) return false;
    }
    // Reserve before any await, so two concurrent requests with one nonce cannot both pass.
    this.seen.set(key, expiresAt);
    if (now <= this.checkStoredUntil) {
      const persisted = await this.db.read((s) =>
        s.get(
          'SELECT 1 AS used FROM auth_nonce WHERE account = ? AND token = ? AND nonce = ? AND expires_at >= ?',
          [account, token, nonce, now],
        ),
      );
      if (persisted) return false;
    }
    this.pending.push([account, token, nonce, expiresAt]);
    if (this.pending.length >= FLUSH_AT) void this.flush(now);
    else this.timer ??= setTimeout(() => void this.flush(Date.now()), FLUSH_MS).unref();
    return true;
  }

  /** Writes the claims not yet persisted (also called on close). */
  flush(now = Date.now()): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.flushing.then(async () => {
      if (batch.length > 0 || now - this.lastPurge > PURGE_MS) {
        await this.db.write(async (s) => {
          for (const c of batch) {
            await s.run(
              'INSERT INTO auth_nonce (account, token, nonce, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
              c,
            );
          }
          await this.purge(s, now);
        });
      }
      for (const [k, until] of this.seen) if (until < now) this.seen.delete(k);
    });
    return this.flushing;
  }

  private async claimInDatabase(c: Claim, now: number): Promise<boolean> {
    return this.db.write(async (s) => {
      await this.purge(s, now);
      const changed = await s.run(
        'INSERT INTO auth_nonce (account, token, nonce, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
        c,
      );
      return changed === 1;
    });
  }

  private async purge(s: { run: (sql: string, p: number[]) => Promise<number> }, now: number): Promise<void> {
    if (now - this.lastPurge <= PURGE_MS) return;
    this.lastPurge = now;
    await s.run('DELETE FROM auth_nonce WHERE expires_at < ?', [now]);
  }
}
