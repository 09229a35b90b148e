/**
 * The migrations and the entities describe the same schema: after migrating a fresh database, TypeORM's
 * schema builder finds nothing to change. Runs on SQLite and, in the PostgreSQL run, on PostgreSQL.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/datasource';
import { TEST_DB, throwawayDatabase } from '../support/server';

describe(`store schema (${TEST_DB})`, () => {
  it('migrations leave nothing for the entity schema builder to change', async () => {
    const pg = TEST_DB === 'postgres' ? await throwawayDatabase() : undefined;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-schema-'));
    const store = await openStore({ databaseUrl: pg?.url, dataDir });
    try {
      const pending = await store.dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).to.deep.equal([]);
    } finally {
      await store.db.close();
      await pg?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('running the migrations twice is a no-op (a restart keeps the data)', async () => {
    const pg = TEST_DB === 'postgres' ? await throwawayDatabase() : undefined;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'billwire-schema-'));
    try {
      const first = await openStore({ databaseUrl: pg?.url, dataDir });
      await first.db.write((s) => s.run("INSERT INTO counter (account, name, value) VALUES ('A', 'n', 7)"));
      await first.db.close();
      const second = await openStore({ databaseUrl: pg?.url, dataDir });
      const row = await second.db.read((s) =>
        s.get<{ value: number }>("SELECT value FROM counter WHERE account = 'A'"),
      );
      await second.db.close();
      expect(Number(row?.value)).to.equal(7);
    } finally {
      await pg?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
