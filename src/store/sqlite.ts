/**
 * The SQLite Database: the better-sqlite3 handle TypeORM opened, prepared statements cached by SQL text.
 *
 * better-sqlite3 is synchronous and TypeORM gives it one connection, so transactions of concurrent requests
 * would interleave on it. A FIFO queue therefore runs one session at a time (reads included, or a read could
 * see another request's uncommitted rows); each statement is microseconds, so the queue stays short.
 *
 * Group commit: a commit costs far more than a small write (SQLite appends every changed page to the WAL
 * with its own write call), so writes waiting in the queue together share one transaction. Each runs in
 * its own savepoint, so one that fails is undone alone; all of them are settled only after the shared
 * COMMIT, so nothing is acknowledged before it is committed. A lone write is one ordinary transaction.
 * Writes use BEGIN IMMEDIATE so a second connection to the file waits instead of failing mid-transaction.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Database, Row, SqlParam, SqlSession, WriteSession } from './sql';

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

function bind(params: readonly SqlParam[] | undefined): unknown[] {
  if (!params) return [];
  return params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p));
}

/** Taken around each write transaction when another thread writes the same file (src/store/writeGate.ts). */
export interface WriteTurn {
  acquire(): Promise<void> | void;
  release(): void;
}

interface Task {
  readonly write: boolean;
  readonly fn: (s: WriteSession) => Promise<unknown>;
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: unknown) => void;
}

/** The most writes one transaction groups: bounds how long a batch holds the file. */
const MAX_BATCH = 64;

export class SqliteDatabase implements Database {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();
  private readonly queue: Task[] = [];
  private draining = false;
  private savepointDepth = 0;

  private turn: WriteTurn | undefined;

  constructor(
    private readonly handle: BetterSqlite3.Database,
    private readonly onClose: () => Promise<void>,
  ) {}

  /** Makes every write transaction (every group of writes) take a turn shared with another thread. */
  useWriteTurn(turn: WriteTurn): void {
    this.turn = turn;
  }

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
    savepoint: <T>(fn: () => Promise<T>) => this.inSavepoint(fn),
  };

  private async inSavepoint<T>(fn: () => Promise<T>): Promise<T> {
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
  }

  private enqueue<T>(write: boolean, fn: (s: WriteSession) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ write, fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      for (let task = this.queue.shift(); task; task = this.queue.shift()) {
        if (task.write) await this.writeBatch(task);
        else await this.readOne(task);
      }
    } finally {
      this.draining = false;
    }
  }

  private async readOne(task: Task): Promise<void> {
    this.handle.exec('BEGIN');
    try {
      const r = await task.fn(this.session);
      this.handle.exec('COMMIT');
      task.resolve(r);
    } catch (err) {
      if (this.handle.inTransaction) this.handle.exec('ROLLBACK');
      task.reject(err);
    }
  }

  private async writeBatch(first: Task): Promise<void> {
    const batch = [first];
    while (batch.length < MAX_BATCH && this.queue[0]?.write) batch.push(this.queue.shift()!);
    const outcomes: { ok: boolean; value: unknown }[] = [];
    let acquired = false;
    try {
      await this.turn?.acquire();
      acquired = true;
      this.handle.exec('BEGIN IMMEDIATE');
      for (const task of batch) {
        try {
          outcomes.push({
            ok: true,
            value:
              batch.length === 1
                ? await task.fn(this.session)
                : await this.inSavepoint(() => task.fn(this.session)),
          });
        } catch (err) {
          outcomes.push({ ok: false, value: err });
        }
      }
      if (batch.length === 1 && !outcomes[0]!.ok) {
        this.handle.exec('ROLLBACK');
      } else {
        this.handle.exec('COMMIT');
      }
    } catch (err) {
      // BEGIN or COMMIT failed: nothing of the batch is committed.
      if (this.handle.inTransaction) this.handle.exec('ROLLBACK');
      for (const task of batch) task.reject(err);
      return;
    } finally {
      if (acquired) this.turn?.release();
    }
    batch.forEach((task, i) =>
      outcomes[i]!.ok ? task.resolve(outcomes[i]!.value) : task.reject(outcomes[i]!.value),
    );
  }

  read<T>(fn: (s: SqlSession) => Promise<T>): Promise<T> {
    return this.enqueue(false, fn);
  }

  write<T>(fn: (s: WriteSession) => Promise<T>): Promise<T> {
    return this.enqueue(true, fn);
  }

  async close(): Promise<void> {
    await this.enqueue(false, async () => undefined);
    this.statements.clear();
    await this.onClose();
  }
}
