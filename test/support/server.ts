/**
 * Starts a real Billwire server for a test: an HTTP listener on a free port and a real database, SQLite
 * (a file in a fresh temporary folder) or, with BILLWIRE_TEST_DB=postgres, a throwaway PostgreSQL
 * database created for this server and dropped when it closes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/log';
import { startServer, type RunningServer } from '../../src/server';
import { DEV_CREDENTIALS, type Credentials } from './passport';

export const TEST_DB = process.env.BILLWIRE_TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
export const PG_ADMIN_URL = process.env.BILLWIRE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestServer {
  readonly url: string;
  readonly config: Config;
  readonly server: RunningServer;
  readonly credentials: Credentials;
  endpoint(version?: string): string;
  wsdlUrl(version?: string): string;
  close(): Promise<void>;
}

let serial = 0;

async function adminQuery(sql: string): Promise<void> {
  const c = new Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A fresh, empty PostgreSQL database and its URL; `drop` removes it. */
export async function throwawayDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `billwire_test_${process.pid}_${++serial}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export interface StartOptions {
  /** Extra environment, as a user would set it (BILLWIRE_AUTH_MODE, BILLWIRE_MAX_BODY_BYTES…). */
  readonly env?: Record<string, string>;
  /** Reuse an existing data folder or PostgreSQL URL (restart tests). */
  readonly dataDir?: string;
  readonly databaseUrl?: string;
}

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  let dropDatabase: (() => Promise<void>) | undefined;
  let databaseUrl = options.databaseUrl;
  if (TEST_DB === 'postgres' && !databaseUrl) {
    const db = await throwawayDatabase();
    databaseUrl = db.url;
    dropDatabase = db.drop;
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-test-'));
  const env: NodeJS.ProcessEnv = {
    PORT: '0',
    BILLWIRE_DATA_DIR: dataDir,
    BILLWIRE_LOG_LEVEL: process.env.BILLWIRE_TEST_LOG_LEVEL ?? 'error',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...options.env,
  };
  const config = loadConfig([], env);
  const server = await startServer(config, createLogger(config.logLevel));
  return {
    url: server.url,
    config,
    server,
    credentials: DEV_CREDENTIALS,
    endpoint: (version = '2023_2') => `${server.url}/services/NetSuitePort_${version}`,
    wsdlUrl: (version = '2023_2') => `${server.url}/wsdl/v${version}_0/netsuite.wsdl`,
    close: async () => {
      await server.close();
      if (dropDatabase) await dropDatabase();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
