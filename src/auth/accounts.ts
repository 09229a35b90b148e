/**
 * The accounts this server hosts and the token-based-auth credentials of each.
 *
 * The built-in development account comes from BILLWIRE_ACCOUNT / BILLWIRE_CONSUMER_KEY / … (documented
 * defaults when unset). More accounts come from a JSON file (BILLWIRE_ACCOUNTS_FILE), documented in the
 * README:
 *
 *   { "accounts": [ { "id": "1234567_SB1", "timeZone": "Europe/Amsterdam", "billingBasis": "fulfilled",
 *       "credentials": [ { "consumerKey": "…", "consumerSecret": "…", "tokenId": "…", "tokenSecret": "…" } ] } ] }
 *
 * NetSuite account ids are matched case-insensitively (clients write TSTDRV123 and tstdrv123 alike).
 */
import fs from 'node:fs';
import type { Config } from '../config';
import { ConfigError } from '../config';
import { DEFAULT_PREFERENCES, type AccountContext, type BillingBasis } from '../domain/account';

export interface Credential {
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

export interface HostedAccount extends AccountContext {
  readonly credentials: readonly Credential[];
}

interface FileAccount {
  id?: unknown;
  timeZone?: unknown;
  billingBasis?: unknown;
  credentials?: unknown;
}

function text(v: unknown, what: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new ConfigError(`${what} must be a non-empty string`);
  return v;
}

function readFile(file: string, defaultZone: string): HostedAccount[] {
  let parsed: { accounts?: unknown };
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { accounts?: unknown };
  } catch (err) {
    throw new ConfigError(`BILLWIRE_ACCOUNTS_FILE ${file}: ${(err as Error).message}`);
  }
  if (!Array.isArray(parsed.accounts))
    throw new ConfigError(`BILLWIRE_ACCOUNTS_FILE ${file}: expected {"accounts": [...]}`);
  return (parsed.accounts as FileAccount[]).map((a, i) => {
    const where = `${file}: accounts[${i}]`;
    const basis = a.billingBasis ?? DEFAULT_PREFERENCES.billingBasis;
    if (basis !== 'ordered' && basis !== 'fulfilled')
      throw new ConfigError(`${where}.billingBasis must be "ordered" or "fulfilled"`);
    const timeZone = a.timeZone === undefined ? defaultZone : text(a.timeZone, `${where}.timeZone`);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
      throw new ConfigError(`${where}.timeZone: unknown time zone "${timeZone}"`);
    }
    if (!Array.isArray(a.credentials)) throw new ConfigError(`${where}.credentials must be an array`);
    const credentials = (a.credentials as Record<string, unknown>[]).map((c, j) => ({
      consumerKey: text(c.consumerKey, `${where}.credentials[${j}].consumerKey`),
      consumerSecret: text(c.consumerSecret, `${where}.credentials[${j}].consumerSecret`),
      tokenId: text(c.tokenId, `${where}.credentials[${j}].tokenId`),
      tokenSecret: text(c.tokenSecret, `${where}.credentials[${j}].tokenSecret`),
    }));
    return {
      id: text(a.id, `${where}.id`),
      timeZone,
      preferences: { billingBasis: basis as BillingBasis },
      credentials,
    };
  });
}

export class AccountRegistry {
  private readonly byId = new Map<string, HostedAccount>();

  constructor(
    accounts: readonly HostedAccount[],
    private readonly defaultZone: string,
  ) {
    for (const a of accounts) {
      const key = a.id.toUpperCase();
      const prior = this.byId.get(key);
      // The same account listed twice (dev account plus file) pools its credentials.
      this.byId.set(key, prior ? { ...prior, credentials: [...prior.credentials, ...a.credentials] } : a);
    }
  }

  static fromConfig(config: Config): AccountRegistry {
    const d = config.devCredentials;
    const dev: HostedAccount = {
      id: d.account,
      timeZone: config.timeZone,
      preferences: DEFAULT_PREFERENCES,
      credentials: [
        {
          consumerKey: d.consumerKey,
          consumerSecret: d.consumerSecret,
          tokenId: d.tokenId,
          tokenSecret: d.tokenSecret,
        },
      ],
    };
    const fromFile = config.accountsFile ? readFile(config.accountsFile, config.timeZone) : [];
    return new AccountRegistry([dev, ...fromFile], config.timeZone);
  }

  find(id: string): HostedAccount | undefined {
    return this.byId.get(id.toUpperCase());
  }

  /** In open mode any account named by a well-formed passport exists, with default preferences. */
  openAccount(id: string): AccountContext {
    return (
      this.find(id) ?? { id: id.toUpperCase(), timeZone: this.defaultZone, preferences: DEFAULT_PREFERENCES }
    );
  }
}
