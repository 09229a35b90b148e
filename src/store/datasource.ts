/**
 * Opens the store: builds TypeORM's DataSource for SQLite (default, a WAL file under the data folder) or
 * PostgreSQL (DATABASE_URL), runs pending migrations, and hands back the Database the repositories use.
 * TypeORM owns the schema (entities, migrations) and the connections; hot paths run parameterised SQL on
 * those same connections (docs/decisions.md, "Storage").
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { PostgresDatabase } from './postgres';
import type { Database } from './sql';
import { SqliteDatabase } from './sqlite';
import { applySqlitePragmas } from './sqlitePragmas';
import { startCheckpointer } from './checkpointer';
import { sqliteFileOf } from './sqliteFile';

export interface StoreOptions {
  /** postgres://… or undefined for SQLite. */
  readonly databaseUrl?: string;
  /** Folder for the SQLite file. */
  readonly dataDir: string;
  readonly sqliteFile?: string;
}

export interface OpenStore {
  readonly db: Database;
  readonly dataSource: DataSource;
}

/** Arbitrary constant: the advisory lock several instances take so only one migrates at a time. */
const MIGRATION_LOCK = 7_264_151;

export function dataSourceOptions(o: StoreOptions): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  };
  if (o.databaseUrl) {
    return { ...common, type: 'postgres', url: o.databaseUrl, parseInt8: true, extra: { max: 10 } };
  }
  fs.mkdirSync(o.dataDir, { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: sqliteFileOf(o),
    enableWAL: true,
    timeout: 10_000,
    prepareDatabase: applySqlitePragmas,
  };
}

export async function openStore(o: StoreOptions): Promise<OpenStore> {
  const dataSource = new DataSource(dataSourceOptions(o));
  await dataSource.initialize();
  try {
    await migrate(dataSource);
  } catch (err) {
    await dataSource.destroy();
    throw err;
  }
  const close = () => dataSource.destroy();
  if (dataSource.options.type === 'postgres') {
    const driver = dataSource.driver as PostgresDriver;
    return { dataSource, db: new PostgresDatabase(driver.master, close) };
  }
  const driver = dataSource.driver as BetterSqlite3Driver;
  const checkpointer = startCheckpointer(sqliteFileOf(o));
  const closeSqlite = async () => {
    await checkpointer.stop();
    await close();
  };
  return { dataSource, db: new SqliteDatabase(driver.databaseConnection, closeSqlite) };
}

async function migrate(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
