/**
 * One typed Config from command-line flags and environment variables (flags win). Bad values and bad
 * combinations are refused here, at start-up, with a message naming the setting.
 */
import { Command, InvalidArgumentError } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import { parseSavedSearches, SavedSearchError, type SavedSearch } from './domain/search/savedSearches';

export type AuthMode = 'verify' | 'open';

/** How async jobs (asyncAddList…) run; README "Async jobs". */
export interface AsyncConfig {
  /** background: the submit answers at once and a worker runs the job; inline: the submit runs it first. */
  readonly mode: 'background' | 'inline';
  /** Where this process runs jobs: a worker thread, the main thread, or nowhere (another instance does). */
  readonly worker: 'thread' | 'main' | 'off';
  /** How long finished jobs and their results are kept. */
  readonly retentionDays: number;
  /** How long a worker's claim on a job lasts without renewal (another instance takes it over after that). */
  readonly leaseSeconds: number;
}

export interface DevCredentials {
  readonly account: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
  /** True while any secret is still the documented built-in default (then, and only then, it is printed). */
  readonly usingDefaults: boolean;
}

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  /** postgres://… selects PostgreSQL; undefined means the embedded SQLite file under dataDir. */
  readonly databaseUrl?: string;
  readonly authMode: AuthMode;
  readonly accountsFile?: string;
  readonly devCredentials: DevCredentials;
  /** Accepted distance between a tokenPassport timestamp and the server clock, in seconds. */
  readonly timestampWindowSeconds: number;
  readonly maxBodyBytes: number;
  readonly timeZone: string;
  readonly logLevel: string;
  readonly async: AsyncConfig;
  /** BILLWIRE_SAVED_SEARCHES_FILE: saved searches for getSavedSearch and savedSearchId (docs/search.md). */
  readonly savedSearchesFile?: string;
  readonly savedSearches: readonly SavedSearch[];
  /** BILLWIRE_SEARCH_ID_TTL_SECONDS: how long a searchId lives after its last use (NetSuite: 900). */
  readonly searchIdTtlSeconds: number;
  /** BILLWIRE_FAULT_INJECTION=on / --fault-injection: /admin/faults provokes NetSuite faults (README). */
  readonly faultInjection: boolean;
}

/** The documented development defaults (README "Configuration"). */
export const DEV_DEFAULTS = {
  account: 'TSTDRV123',
  consumerKey: 'billwire-dev-consumer-key',
  consumerSecret: 'billwire-dev-consumer-secret',
  tokenId: 'billwire-dev-token',
  tokenSecret: 'billwire-dev-token-secret',
} as const;

export class ConfigError extends Error {}

function integer(name: string, min: number, max: number) {
  return (raw: string): number => {
    if (!/^\d+$/.test(raw.trim()))
      throw new InvalidArgumentError(`${name} must be a whole number, got "${raw}"`);
    const n = Number(raw);
    if (n < min || n > max)
      throw new InvalidArgumentError(`${name} must be between ${min} and ${max}, got ${n}`);
    return n;
  };
}

function loadSavedSearches(file: string | undefined): SavedSearch[] {
  if (!file) return [];
  const where = `BILLWIRE_SAVED_SEARCHES_FILE ${file}`;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ConfigError(`${where}: ${(err as Error).message}`);
  }
  try {
    return parseSavedSearches(json);
  } catch (err) {
    if (err instanceof SavedSearchError) throw new ConfigError(`${where}: ${err.message}`);
    throw err;
  }
}

function checkTimeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw new ConfigError(`BILLWIRE_TIME_ZONE: unknown time zone "${tz}"`);
  }
  return tz;
}

/**
 * Builds the configuration from argv and env. Throws ConfigError (or commander's error) on bad input.
 */
export function loadConfig(argv: readonly string[], env: NodeJS.ProcessEnv): Config {
  const program = new Command('billwire')
    .description('A SuiteTalk SOAP invoicing server')
    .option('--host <host>', 'address to listen on (BILLWIRE_HOST)')
    .option('--port <port>', 'port to listen on, 0 for any free port (PORT)', integer('--port', 0, 65535))
    .option('--data-dir <dir>', 'folder for the SQLite database (BILLWIRE_DATA_DIR)')
    .option('--database-url <url>', 'postgres://… to use PostgreSQL instead of SQLite (DATABASE_URL)')
    .option('--auth-mode <mode>', 'verify | open (BILLWIRE_AUTH_MODE)')
    .option('--accounts-file <file>', 'JSON file of accounts and credentials (BILLWIRE_ACCOUNTS_FILE)')
    .option(
      '--max-body-bytes <n>',
      'largest accepted request body (BILLWIRE_MAX_BODY_BYTES)',
      integer('--max-body-bytes', 1024, 2 ** 31),
    )
    .option('--log-level <level>', 'fatal | error | warn | info | debug (BILLWIRE_LOG_LEVEL)')
    .option(
      '--fault-injection',
      'serve /admin/faults to provoke NetSuite faults on purpose (BILLWIRE_FAULT_INJECTION)',
    )
    .exitOverride()
    .configureOutput({ writeErr: () => undefined });
  program.parse([...argv], { from: 'user' });
  const o = program.opts<{
    host?: string;
    port?: number;
    dataDir?: string;
    databaseUrl?: string;
    authMode?: string;
    accountsFile?: string;
    maxBodyBytes?: number;
    logLevel?: string;
    faultInjection?: boolean;
  }>();

  const port = o.port ?? (env.PORT !== undefined ? integer('PORT', 0, 65535)(env.PORT) : 8080);
  const maxBodyBytes =
    o.maxBodyBytes ??
    (env.BILLWIRE_MAX_BODY_BYTES !== undefined
      ? integer('BILLWIRE_MAX_BODY_BYTES', 1024, 2 ** 31)(env.BILLWIRE_MAX_BODY_BYTES)
      : 100 * 1024 * 1024);
  const timestampWindowSeconds =
    env.BILLWIRE_TIMESTAMP_WINDOW_SECONDS !== undefined
      ? integer('BILLWIRE_TIMESTAMP_WINDOW_SECONDS', 1, 86400)(env.BILLWIRE_TIMESTAMP_WINDOW_SECONDS)
      : 300;

  const authMode = o.authMode ?? env.BILLWIRE_AUTH_MODE ?? 'verify';
  if (authMode !== 'verify' && authMode !== 'open') {
    throw new ConfigError(`BILLWIRE_AUTH_MODE must be "verify" or "open", got "${authMode}"`);
  }

  const databaseUrl = o.databaseUrl ?? (env.DATABASE_URL || undefined);
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      'DATABASE_URL must start with postgres:// (leave it unset for the embedded SQLite store)',
    );
  }

  const logLevel = o.logLevel ?? env.BILLWIRE_LOG_LEVEL ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`BILLWIRE_LOG_LEVEL: unknown level "${logLevel}"`);
  }

  const asyncMode = env.BILLWIRE_ASYNC_MODE || 'background';
  if (asyncMode !== 'background' && asyncMode !== 'inline') {
    throw new ConfigError(`BILLWIRE_ASYNC_MODE must be "background" or "inline", got "${asyncMode}"`);
  }
  const asyncWorker = env.BILLWIRE_ASYNC_WORKER || 'thread';
  if (asyncWorker !== 'thread' && asyncWorker !== 'main' && asyncWorker !== 'off') {
    throw new ConfigError(`BILLWIRE_ASYNC_WORKER must be "thread", "main" or "off", got "${asyncWorker}"`);
  }
  const asyncConfig: AsyncConfig = {
    mode: asyncMode,
    worker: asyncWorker,
    retentionDays: env.BILLWIRE_ASYNC_RETENTION_DAYS
      ? integer('BILLWIRE_ASYNC_RETENTION_DAYS', 1, 3650)(env.BILLWIRE_ASYNC_RETENTION_DAYS)
      : 30,
    leaseSeconds: env.BILLWIRE_ASYNC_LEASE_SECONDS
      ? integer('BILLWIRE_ASYNC_LEASE_SECONDS', 2, 3600)(env.BILLWIRE_ASYNC_LEASE_SECONDS)
      : 30,
  };

  const savedSearchesFile = env.BILLWIRE_SAVED_SEARCHES_FILE
    ? path.resolve(env.BILLWIRE_SAVED_SEARCHES_FILE)
    : undefined;
  const searchIdTtlSeconds = env.BILLWIRE_SEARCH_ID_TTL_SECONDS
    ? integer('BILLWIRE_SEARCH_ID_TTL_SECONDS', 1, 86400)(env.BILLWIRE_SEARCH_ID_TTL_SECONDS)
    : 900;

  const injection = env.BILLWIRE_FAULT_INJECTION || 'off';
  if (injection !== 'on' && injection !== 'off') {
    throw new ConfigError(`BILLWIRE_FAULT_INJECTION must be "on" or "off", got "${injection}"`);
  }

  const dev = {
    account: env.BILLWIRE_ACCOUNT || DEV_DEFAULTS.account,
    consumerKey: env.BILLWIRE_CONSUMER_KEY || DEV_DEFAULTS.consumerKey,
    consumerSecret: env.BILLWIRE_CONSUMER_SECRET || DEV_DEFAULTS.consumerSecret,
    tokenId: env.BILLWIRE_TOKEN_ID || DEV_DEFAULTS.tokenId,
    tokenSecret: env.BILLWIRE_TOKEN_SECRET || DEV_DEFAULTS.tokenSecret,
  };
  const usingDefaults =
    dev.consumerSecret === DEV_DEFAULTS.consumerSecret || dev.tokenSecret === DEV_DEFAULTS.tokenSecret;

  const accountsFile = o.accountsFile ?? (env.BILLWIRE_ACCOUNTS_FILE || undefined);

  return {
    host: o.host ?? env.BILLWIRE_HOST ?? '127.0.0.1',
    port,
    dataDir: path.resolve(o.dataDir ?? env.BILLWIRE_DATA_DIR ?? 'data'),
    databaseUrl,
    authMode,
    accountsFile: accountsFile ? path.resolve(accountsFile) : undefined,
    devCredentials: { ...dev, usingDefaults },
    timestampWindowSeconds,
    maxBodyBytes,
    timeZone: checkTimeZone(env.BILLWIRE_TIME_ZONE || 'America/Los_Angeles'),
    logLevel,
    async: asyncConfig,
    savedSearchesFile,
    savedSearches: loadSavedSearches(savedSearchesFile),
    searchIdTtlSeconds,
    faultInjection: o.faultInjection === true || injection === 'on',
  };
}
