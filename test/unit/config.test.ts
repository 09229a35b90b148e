/** Configuration: command-line flags beat environment variables; bad values are refused at start-up. */
import { expect } from 'chai';
import path from 'node:path';
import { DEV_DEFAULTS, loadConfig } from '../../src/config';

describe('config', () => {
  it('has working defaults with an empty environment', () => {
    const c = loadConfig([], {});
    expect(c).to.include({
      host: '127.0.0.1',
      port: 8080,
      authMode: 'verify',
      maxBodyBytes: 100 * 1024 * 1024,
      timeZone: 'America/Los_Angeles',
      timestampWindowSeconds: 300,
    });
    expect(c.databaseUrl).to.equal(undefined);
    expect(c.devCredentials).to.include({ account: DEV_DEFAULTS.account, usingDefaults: true });
  });

  it('reads the environment', () => {
    const c = loadConfig([], {
      PORT: '9090',
      BILLWIRE_HOST: '0.0.0.0',
      BILLWIRE_AUTH_MODE: 'open',
      BILLWIRE_MAX_BODY_BYTES: '4096',
      BILLWIRE_TIME_ZONE: 'Europe/Amsterdam',
      DATABASE_URL: 'postgres://db.example/billwire',
      BILLWIRE_DATA_DIR: '/tmp/billwire-data',
      BILLWIRE_ACCOUNTS_FILE: 'accounts.json',
    });
    expect(c).to.include({
      port: 9090,
      host: '0.0.0.0',
      authMode: 'open',
      maxBodyBytes: 4096,
      timeZone: 'Europe/Amsterdam',
      databaseUrl: 'postgres://db.example/billwire',
      dataDir: '/tmp/billwire-data',
      accountsFile: path.resolve('accounts.json'),
    });
  });

  it('lets command-line flags beat the environment', () => {
    const c = loadConfig(
      [
        '--port',
        '7070',
        '--auth-mode',
        'verify',
        '--max-body-bytes',
        '2048',
        '--database-url',
        'postgresql://x/y',
      ],
      {
        PORT: '9090',
        BILLWIRE_AUTH_MODE: 'open',
        BILLWIRE_MAX_BODY_BYTES: '4096',
        DATABASE_URL: 'postgres://a/b',
      },
    );
    expect(c).to.include({
      port: 7070,
      authMode: 'verify',
      maxBodyBytes: 2048,
      databaseUrl: 'postgresql://x/y',
    });
  });

  it('accepts PORT=0 (any free port)', () => {
    expect(loadConfig([], { PORT: '0' }).port).to.equal(0);
  });

  for (const bad of ['http', '-1', '65536', '80.5', '']) {
    it(`refuses PORT=${JSON.stringify(bad)}`, () => {
      expect(() => loadConfig([], { PORT: bad })).to.throw(/PORT/);
    });
  }

  it('refuses a bad --port flag', () => {
    expect(() => loadConfig(['--port', 'abc'], {})).to.throw(/port/);
  });

  it('refuses a DATABASE_URL that is not postgres://', () => {
    expect(() => loadConfig([], { DATABASE_URL: 'mysql://localhost/db' })).to.throw(/DATABASE_URL/);
    expect(() => loadConfig([], { DATABASE_URL: 'sqlite:data.db' })).to.throw(/DATABASE_URL/);
  });

  it('takes an empty DATABASE_URL as unset (SQLite)', () => {
    expect(loadConfig([], { DATABASE_URL: '' }).databaseUrl).to.equal(undefined);
  });

  it('refuses an auth mode other than verify or open', () => {
    expect(() => loadConfig([], { BILLWIRE_AUTH_MODE: 'none' })).to.throw(/BILLWIRE_AUTH_MODE/);
    expect(() => loadConfig(['--auth-mode', 'off'], {})).to.throw(/verify.*open/);
  });

  it('refuses an unknown time zone', () => {
    expect(() => loadConfig([], { BILLWIRE_TIME_ZONE: 'Mars/Olympus_Mons' })).to.throw(/BILLWIRE_TIME_ZONE/);
  });

  it('refuses a body limit below 1 KB and a non-numeric one', () => {
    expect(() => loadConfig([], { BILLWIRE_MAX_BODY_BYTES: '100' })).to.throw(/BILLWIRE_MAX_BODY_BYTES/);
    expect(() => loadConfig([], { BILLWIRE_MAX_BODY_BYTES: '10MB' })).to.throw(/BILLWIRE_MAX_BODY_BYTES/);
  });

  it('refuses an unknown log level', () => {
    expect(() => loadConfig([], { BILLWIRE_LOG_LEVEL: 'loud' })).to.throw(/BILLWIRE_LOG_LEVEL/);
  });

  it('replaces the development credentials from the environment, and says when defaults remain', () => {
    const c = loadConfig([], {
      BILLWIRE_ACCOUNT: 'MYACCT',
      BILLWIRE_CONSUMER_KEY: 'ck',
      BILLWIRE_CONSUMER_SECRET: 'cs',
      BILLWIRE_TOKEN_ID: 'tk',
      BILLWIRE_TOKEN_SECRET: 'ts',
    });
    expect(c.devCredentials).to.deep.equal({
      account: 'MYACCT',
      consumerKey: 'ck',
      consumerSecret: 'cs',
      tokenId: 'tk',
      tokenSecret: 'ts',
      usingDefaults: false,
    });
    expect(loadConfig([], { BILLWIRE_CONSUMER_SECRET: 'cs' }).devCredentials.usingDefaults).to.equal(true);
  });
});
