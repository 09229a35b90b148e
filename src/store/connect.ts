/**
 * A second connection to the store for the async job thread: the same database and pragmas as
 * datasource.ts opens, without TypeORM (the main thread owns the schema and has migrated it; loading
 * TypeORM alone would add about 120 ms to the thread's start), so the thread starts fast and stays small.
 * Like every SQLite connection of Billwire it never checkpoints; the checkpointer thread does
 * (src/store/checkpointer.ts).
 */
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { StoreOptions } from './datasource';
import { PostgresDatabase } from './postgres';
import type { Database } from './sql';
import { sqliteFileOf } from './sqliteFile';
import { applySqlitePragmas } from './sqlitePragmas';
import { SqliteDatabase } from './sqlite';
import { threadTurn, type WriteGate } from './writeGate';

export function openJobConnection(o: StoreOptions, gate: WriteGate | undefined): Database {
  if (o.databaseUrl) {
    // TypeORM's parseInt8: bigint columns as numbers, as on the main thread's pool.
    pg.types.setTypeParser(20, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: o.databaseUrl, max: 2 });
    pool.on('error', () => undefined);
    return new PostgresDatabase(pool, () => pool.end());
  }
  const handle = new BetterSqlite3(sqliteFileOf(o), { timeout: 10_000, fileMustExist: true });
  applySqlitePragmas(handle);
  const sqlite = new SqliteDatabase(handle, async () => {
    handle.close();
  });
  if (gate) sqlite.useWriteTurn(threadTurn(gate));
  return sqlite;
}
