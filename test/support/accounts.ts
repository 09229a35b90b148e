/**
 * Accounts files for servers that host more than the built-in development account
 * (BILLWIRE_ACCOUNTS_FILE, format in src/auth/accounts.ts), with credentials derived from the account id.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Credentials } from './passport';

export function credentialsFor(account: string): Credentials {
  const k = account.toLowerCase();
  return {
    account,
    consumerKey: `ck-${k}`,
    consumerSecret: `cs-${k}`,
    tokenId: `tk-${k}`,
    tokenSecret: `ts-${k}`,
  };
}

export interface AccountsFile {
  readonly path: string;
  remove(): void;
}

/** Writes `{"accounts": [...]}` for these accounts to a fresh temporary file. */
export function writeAccountsFile(accounts: readonly { id: string; timeZone?: string }[]): AccountsFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-accounts-'));
  const file = path.join(dir, 'accounts.json');
  const body = {
    accounts: accounts.map((a) => {
      const c = credentialsFor(a.id);
      return {
        id: a.id,
        ...(a.timeZone ? { timeZone: a.timeZone } : {}),
        credentials: [
          {
            consumerKey: c.consumerKey,
            consumerSecret: c.consumerSecret,
            tokenId: c.tokenId,
            tokenSecret: c.tokenSecret,
          },
        ],
      };
    }),
  };
  fs.writeFileSync(file, JSON.stringify(body, null, 2));
  return { path: file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
