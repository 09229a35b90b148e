/**
 * The SQLite Database: the better-sqlite3 handle TypeORM opened, prepared statements cached by SQL text.
 *
 * better-sqlite3 is synchronous and TypeORM gives it one connection, so transactions of concurrent requests
 * would interleave on it. A FIFO lock therefore runs one session at a time (reads included, or a read could
 * see another request's uncommitted rows); each statement is microseconds, so the queue stays short.
 * Writes use BEGIN IMMEDIATE so a second process on the same file waits (busy_timeout) instead of failing
 * mid-transaction.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Database, Row, SqlParam, SqlSession, WriteSession } from './sql';

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

function bind(params: readonly SqlParam[] | undefined): unknown[] {
  if (!params) return [];
  return params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

class Lock {
  private tail: Promise<void> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

export class SqliteDatabase implements Database {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();
  private readonly lock = new Lock();
  private savepointDepth = 0;

  constructor(
    private readonly handle: BetterSqlite3.Database,
    private readonly onClose: () => Promise<void>,
  ) {}

  private stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.handle.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private readonly session: WriteSession = {
    dialect: 'sqlite',
    all: <T extends Row>(sql: string, params?: readonly SqlParam[]) =>
      Promise.resolve(this.stmt(sql).all(...bind(params)) as T[]),
    get: <T extends Row>(sql: string, params?: readonly SqlParam[]) =>
      Promise.resolve(this.stmt(sql).get(...bind(params)) as T | undefined),
    run: (sql: string, params?: readonly SqlParam[]) =>
      Promise.resolve(this.stmt(sql).run(...bind(params)).changes),
    savepoint: async <T>(fn: () => Promise<T>) => {
      const name = `sp${++this.savepointDepth}`;
      this.handle.exec(`SAVEPOINT ${name}`);
      try {
        const r = await fn();
        this.handle.exec(`RELEASE ${name}`);
        return r;
      } catch (err) {
        this.handle.exec(`ROLLBACK TO ${name}`);
        this.handle.exec(`RELEASE ${name}`);
        throw err;
      } finally {
        this.savepointDepth--;
      }
    },
  };

  read<T>(fn: (s: SqlSession) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      this.handle.exec('BEGIN');
      try {
        return await fn(this.session);
      } finally {
        this.handle.exec('COMMIT');
      }
    });
  }

  write<T>(fn: (s: WriteSession) => Promise<T>): Promise<T> {
    return this.lock.run(async () => {
      this.handle.exec('BEGIN IMMEDIATE');
      try {
        const r = await fn(this.session);
        this.handle.exec('COMMIT');
        return r;
      } catch (err) {
        if (this.handle.inTransaction) this.handle.exec('ROLLBACK');
        throw err;
      }
    });
  }

  async close(): Promise<void> {
    await this.lock.run(async () => {
      this.statements.clear();
      await this.onClose();
    });
  }
}
