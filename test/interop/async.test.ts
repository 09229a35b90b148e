/**
 * Interop of the async loop with a client nobody here wrote: Debian's python3-zeep in strict mode submits
 * asyncAddList, polls checkAsyncStatus, reads getAsyncResult (test/interop/zeep_async.py). Outside CI, a
 * machine without zeep skips this file with a message saying how to install it; under CI=true it fails.
 */
import { expect } from 'chai';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';
import { requireZeep, runZeepScript } from '../support/zeep';

interface Status {
  isSuccess: boolean;
  code: string | null;
}

interface Session {
  submit: { class: string; status: string; percentCompleted: number; jobIdPrefix: string };
  statuses: string[];
  final: { status: string; percentCompleted: number; estRemainingDuration: number };
  addResult: { class: string; statuses: Status[]; externalIds: (string | null)[] };
  getResult: { class: string; statuses: Status[]; totals: (number | null)[] };
  unknownJob: { message: string; code: string | null } | null;
}

const OK: Status = { isSuccess: true, code: null };

describe(`interop: python3-zeep async loop, strict mode (${TEST_DB})`, function () {
  this.timeout(90_000);
  let s: TestServer | undefined;
  let session: Session;

  before(async function () {
    await requireZeep(this, 'zeep async interop test');
    s = await startTestServer();
    session = await runZeepScript<Session>('zeep_async.py', s);
  });
  after(() => s?.close());

  it('asyncAddList answers an AsyncStatusResult with a NetSuite-shaped job id', () => {
    expect(session.submit).to.deep.include({ class: 'AsyncStatusResult', jobIdPrefix: 'ASYNCWEBSERVICES' });
    expect(session.submit.status).to.be.oneOf(['pending', 'processing', 'finishedWithErrors']);
    expect(session.submit.percentCompleted).to.be.within(0, 100);
  });

  it('checkAsyncStatus polls until the job has finished (with errors: one bad customer)', () => {
    expect(session.statuses[session.statuses.length - 1]).to.equal('finishedWithErrors');
    expect(session.final).to.deep.equal({
      status: 'finishedWithErrors',
      percentCompleted: 100,
      estRemainingDuration: 0,
    });
  });

  it('getAsyncResult is deserialized as AsyncAddListResult, one writeResponse per record in order', () => {
    expect(session.addResult).to.deep.equal({
      class: 'AsyncAddListResult',
      statuses: [OK, { isSuccess: false, code: 'INVALID_KEY_OR_REF' }, OK],
      externalIds: ['ZA-1', null, 'ZA-3'],
    });
  });

  it('asyncGetList results come back as AsyncGetListResult with the records', () => {
    expect(session.getResult).to.deep.equal({
      class: 'AsyncGetListResult',
      statuses: [OK, { isSuccess: false, code: 'RCRD_DSNT_EXIST' }],
      totals: [20, null],
    });
  });

  it('an unknown job id is a typed AsyncFault with INVALID_JOB_ID', () => {
    expect(session.unknownJob?.code).to.equal('INVALID_JOB_ID');
  });
});
