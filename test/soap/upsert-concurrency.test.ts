/**
 * Concurrent upserts of one new externalId: every call succeeds and exactly one record exists, the later
 * calls updating the record the first one added (on PostgreSQL the unique index arbitrates the race).
 */
import { expect } from 'chai';
import { customerXml, readRecord, statusOf } from '../support/records';
import { call, dig } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

describe(`concurrent upserts (${TEST_DB})`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(() => s.close());

  it('six clients upserting the same new externalId end with one customer and six successes', async () => {
    const url = s.endpoint();
    const replies = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(
          url,
          'upsert',
          `<msgs:upsert>${customerXml(`Racer ${i}`, { externalId: 'RACE-1' })}</msgs:upsert>`,
        ),
      ),
    );
    const responses = replies.map((r) => dig(r.body, 'upsertResponse', 'writeResponse'));
    expect(responses.map((wr) => statusOf(dig(wr, 'status')).isSuccess)).to.deep.equal([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    const ids = new Set(responses.map((wr) => dig(wr, 'baseRef', '@internalId')));
    expect(ids.size).to.equal(1);
    const customer = await readRecord(url, 'customer', { externalId: 'RACE-1' });
    expect(String(dig(customer, 'companyName'))).to.match(/^Racer \d$/);
  });
});
