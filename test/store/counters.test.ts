/**
 * Per-account sequences (tranId numbering). Each draw is unique per account and name. On PostgreSQL the
 * number is drawn outside the writer's transaction, so a transaction that has drawn one and is still
 * running does not hold up the next writer of the same account (another instance's included); on SQLite
 * the single writer draws inside its transaction.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore, type OpenStore } from '../../src/store/datasource';
import { repositories } from '../../src/store/unitOfWork';
import { TEST_DB, throwawayDatabase } from '../support/server';

describe(`store counters (${TEST_DB})`, () => {
  let store: OpenStore;
  let pg: { url: string; drop: () => Promise<void> } | undefined;
  let dataDir: string;
  before(async () => {
    pg = TEST_DB === 'postgres' ? await throwawayDatabase() : undefined;
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-counters-'));
    store = await openStore({ databaseUrl: pg?.url, dataDir });
  });
  after(async () => {
    await store.db.close();
    await pg?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const draw = (account: string, name: string) =>
    store.db.write((s) => repositories(s, account).counters.next(name));

  it('counts from 1 per account and per name', async () => {
    expect([await draw('A', 'tranId:invoice'), await draw('A', 'tranId:invoice')]).to.deep.equal([1, 2]);
    expect(await draw('B', 'tranId:invoice')).to.equal(1);
    expect(await draw('A', 'tranId:salesOrder')).to.equal(1);
  });

  it('gives concurrent writers distinct numbers', async () => {
    const got = await Promise.all(Array.from({ length: 20 }, () => draw('C', 'tranId:invoice')));
    expect([...got].sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('PostgreSQL: a running transaction that drew a number does not hold up the next draw', async function () {
    if (TEST_DB !== 'postgres') this.skip();
    let drawn!: () => void;
    const hasDrawn = new Promise<void>((resolve) => (drawn = resolve));
    let finish!: () => void;
    const mayFinish = new Promise<void>((resolve) => (finish = resolve));
    const first = store.db.write(async (s) => {
      const n = await repositories(s, 'D').counters.next('tranId:invoice');
      drawn();
      await mayFinish;
      return n;
    });
    await hasDrawn;
    // Were the counter row locked until the first transaction commits, this would wait for ever.
    const second = await draw('D', 'tranId:invoice');
    finish();
    expect([await first, second]).to.deep.equal([1, 2]);
  });
});
