/**
 * Several Billwire processes on one PostgreSQL database share the async work: 20 jobs of four accounts,
 * submitted to two servers alternately, each run exactly once (one claim each, every invoice written once),
 * by both servers, and each account's jobs one after another in the order they were submitted.
 * PostgreSQL only: an SQLite file belongs to one server process, so there is nothing to share.
 */
import { expect } from 'chai';
import { Client } from 'pg';
import { writeAccountsFile, credentialsFor, type AccountsFile } from '../support/accounts';
import { asyncResult, submit, waitForJob } from '../support/async';
import { invoiceParties, invoiceXml, outcomeOf } from '../support/records';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { dig, many } from '../support/soap';
import { TEST_DB, throwawayDatabase } from '../support/server';

const ACCOUNTS = ['SHARE_A', 'SHARE_B', 'SHARE_C', 'SHARE_D'];
const JOBS = 20;
const PER_JOB = 40;

interface JobRow {
  job_id: string;
  account: string;
  status: string;
  attempts: number | string;
  lease_owner: string;
  started_at: number | string;
  finished_at: number | string;
}

(TEST_DB === 'postgres' ? describe : describe.skip)(
  'two servers on one PostgreSQL share async jobs (postgres only: an SQLite file has one server)',
  function () {
    this.timeout(180_000);
    let pg: { url: string; drop: () => Promise<void> };
    let accounts: AccountsFile;
    let servers: ServerProcess[] = [];

    before(async () => {
      pg = await throwawayDatabase();
      accounts = writeAccountsFile(ACCOUNTS.map((id) => ({ id })));
      const env = { DATABASE_URL: pg.url, BILLWIRE_ACCOUNTS_FILE: accounts.path };
      // One after the other: the first one migrates the empty database.
      servers = [await startServerProcess(env)];
      servers.push(await startServerProcess(env));
    });
    after(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await pg.drop();
      accounts.remove();
    });

    it('runs each of 20 jobs exactly once, on both servers, in order per account', async () => {
      const parties = new Map<string, { customer: string; item: string }>();
      for (const id of ACCOUNTS) {
        parties.set(id, await invoiceParties(servers[0]!.endpoint(), { credentials: credentialsFor(id) }));
      }
      const submitted: { jobId: string; account: string; server: ServerProcess }[] = [];
      for (let j = 0; j < JOBS; j++) {
        const account = ACCOUNTS[j % ACCOUNTS.length]!;
        const { customer, item } = parties.get(account)!;
        const lines = Array.from({ length: 10 }, (_, k) => ({ item, quantity: String(k + 1), rate: '3.00' }));
        const records = Array.from({ length: PER_JOB }, (_, i) =>
          invoiceXml({ customer, memo: `SHARE-${j}-${i}`, lines }),
        ).join('');
        const server = servers[j % 2]!;
        const job = await submit(server.endpoint(), 'asyncAddList', records, {
          credentials: credentialsFor(account),
        });
        submitted.push({ jobId: job.jobId, account, server });
      }

      for (const { jobId, account, server } of submitted) {
        const o = { credentials: credentialsFor(account), timeoutMs: 120_000 };
        expect((await waitForJob(server.endpoint(), jobId, o)).pop()!.status).to.equal('finished');
        const { result } = await asyncResult(server.endpoint(), jobId, 1, o);
        const wrs = many(dig(result, 'writeResponseList', 'writeResponse'));
        expect(wrs.filter((w) => outcomeOf(dig(w, 'status')) === 'ok')).to.have.length(PER_JOB);
      }

      const c = new Client({ connectionString: pg.url });
      await c.connect();
      try {
        const jobs = (await c.query<JobRow>('SELECT * FROM async_job ORDER BY id')).rows;
        expect(jobs).to.have.length(JOBS);
        expect(
          jobs.map((j) => Number(j.attempts)),
          'claims per job',
        ).to.deep.equal(new Array(JOBS).fill(1));
        const owners = new Set(jobs.map((j) => j.lease_owner.split(':').slice(0, 2).join(':')));
        expect(owners.size, `jobs ran by ${[...owners].join(', ')}`).to.equal(2);
        for (const account of ACCOUNTS) {
          const mine = jobs.filter((j) => j.account === account);
          for (let k = 1; k < mine.length; k++) {
            expect(
              Number(mine[k]!.started_at),
              `${account} job ${k} started after job ${k - 1} ended`,
            ).to.be.at.least(Number(mine[k - 1]!.finished_at));
          }
        }
        const dup = await c.query(
          "SELECT memo FROM txn WHERE memo LIKE 'SHARE-%' GROUP BY account, memo HAVING COUNT(*) > 1",
        );
        expect(dup.rows).to.deep.equal([]);
        const all = await c.query("SELECT COUNT(*)::int AS n FROM txn WHERE memo LIKE 'SHARE-%'");
        expect(all.rows[0].n).to.equal(JOBS * PER_JOB);
      } finally {
        await c.end();
      }
    });
  },
);
