/**
 * Mocha root hooks. On the PostgreSQL run, checks once that the server is reachable: outside CI an
 * unreachable PostgreSQL skips the run with a message saying how to provide one; under CI=true it fails.
 */
import { Client } from 'pg';
import { PG_ADMIN_URL, TEST_DB } from './server';

export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    if (TEST_DB !== 'postgres') return;
    const c = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      await c.end();
    } catch (err) {
      const why = `PostgreSQL is not reachable at ${PG_ADMIN_URL} (${(err as Error).message}).`;
      if (process.env.CI === 'true') throw new Error(`${why} CI needs it for the PostgreSQL run.`);
      console.log(
        `\n  SKIPPED the PostgreSQL run: ${why}\n  Start PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth) or set BILLWIRE_TEST_PG_URL.\n`,
      );
      this.skip();
    }
  },
};
