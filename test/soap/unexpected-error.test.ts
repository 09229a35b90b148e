/**
 * An error Billwire did not foresee (here: its database losing a table under it) reaches the client as
 * NetSuite's UNEXPECTED_ERROR fault carrying the request's error id and nothing of the server's insides;
 * the log has that id with the cause, exactly once, and never a secret. The server is a real process so
 * its log can be read as an operator would.
 */
import BetterSqlite3 from 'better-sqlite3';
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { Credentials } from '../support/passport';
import { addRecord, baseRefXml, invoiceParties, invoiceXml } from '../support/records';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { TEST_DB, throwawayDatabase } from '../support/server';
import { call } from '../support/soap';

const CREDENTIALS: Credentials = {
  account: 'TSTDRV123',
  consumerKey: 'ck-unexpected',
  consumerSecret: 'consumer-secret-never-logged',
  tokenId: 'token-unexpected',
  tokenSecret: 'token-secret-never-logged',
};

/** Runs one statement against the server's database from outside, as a careless operator might. */
async function sabotage(dataDir: string, databaseUrl: string | undefined, sql: string): Promise<void> {
  if (databaseUrl) {
    const c = new Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
    return;
  }
  const db = new BetterSqlite3(path.join(dataDir, 'billwire.sqlite'));
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe(`an unexpected error (${TEST_DB})`, function () {
  this.timeout(60_000);
  let dataDir: string;
  let pg: { url: string; drop: () => Promise<void> } | undefined;
  let bw: ServerProcess | undefined;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-unexpected-'));
    pg = TEST_DB === 'postgres' ? await throwawayDatabase() : undefined;
    bw = await startServerProcess({
      BILLWIRE_DATA_DIR: dataDir,
      DATABASE_URL: pg?.url ?? '',
      BILLWIRE_LOG_LEVEL: 'info',
      BILLWIRE_CONSUMER_KEY: CREDENTIALS.consumerKey,
      BILLWIRE_CONSUMER_SECRET: CREDENTIALS.consumerSecret,
      BILLWIRE_TOKEN_ID: CREDENTIALS.tokenId,
      BILLWIRE_TOKEN_SECRET: CREDENTIALS.tokenSecret,
    });
  });
  after(async () => {
    await bw?.stop();
    await pg?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers UNEXPECTED_ERROR with the error id, logs the cause once under that id, and leaks no secret', async () => {
    const url = bw!.endpoint();
    const o = { credentials: CREDENTIALS };
    const { customer, item } = await invoiceParties(url, o);
    const invoice = await addRecord(url, invoiceXml({ customer, lines: [{ item }] }), o);
    await sabotage(dataDir, pg?.url, pg ? 'DROP TABLE txn_line CASCADE' : 'DROP TABLE txn_line');

    const r = await call(
      url,
      'get',
      `<msgs:get>${baseRefXml('invoice', { internalId: invoice })}</msgs:get>`,
      o,
    );
    expect(r.status).to.equal(500);
    expect(r.fault).to.include({ detailElement: 'unexpectedErrorFault', code: 'UNEXPECTED_ERROR' });
    const id = /Error ID: (\S+)/.exec(r.fault!.message)?.[1];
    expect(id, r.fault!.message).to.be.a('string');
    expect(r.text, r.text).to.not.match(
      /\bat \w+ \(|\.(ts|js):\d|txn_line|SQLITE|no such table|does not exist/i,
    );

    // The log reaches us through the process's stdout pipe, possibly after the answer did.
    const errorLines = () =>
      bw!
        .output()
        .split('\n')
        .filter((l) => l.includes(id!) && l.includes('"unexpected error"'));
    for (const deadline = Date.now() + 5_000; errorLines().length === 0 && Date.now() < deadline;) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 200)); // a second line, were there one, would be out by now
    const errors = errorLines();
    expect(errors, bw!.output().slice(-2000)).to.have.length(1);
    expect(errors[0]).to.match(/txn_line/);
    expect(bw!.output()).to.not.include(CREDENTIALS.consumerSecret);
    expect(bw!.output()).to.not.include(CREDENTIALS.tokenSecret);

    // The server itself is fine: a request that does not touch the broken table still works.
    const customerRead = await call(
      url,
      'get',
      `<msgs:get>${baseRefXml('customer', { internalId: customer })}</msgs:get>`,
      o,
    );
    expect(customerRead.status).to.equal(200);
  });
});
