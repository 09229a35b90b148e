/**
 * Interop of the async loop with a client nobody here wrote: Debian's python3-zeep in strict mode submits
 * asyncAddList, polls checkAsyncStatus, reads getAsyncResult (test/interop/zeep_async.py). Outside CI, a
 * machine without zeep skips this file with a message saying how to install it; under CI=true it fails.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../src/server';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const run = promisify(execFile);
const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(PROJECT_ROOT, 'test', 'interop', 'zeep_async.py');

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

async function zeepAvailable(): Promise<boolean> {
  try {
    await run(PYTHON, ['-c', 'import zeep']);
    return true;
  } catch {
    return false;
  }
}

describe(`interop: python3-zeep async loop, strict mode (${TEST_DB})`, function () {
  this.timeout(90_000);
  let s: TestServer | undefined;
  let session: Session;

  before(async function () {
    if (!(await zeepAvailable())) {
      const why = `${PYTHON} cannot import zeep.`;
      if (process.env.CI === 'true') throw new Error(`${why} CI installs it: apt-get install python3-zeep`);
      console.log(
        `\n  SKIPPED the zeep async interop test: ${why} Install it with: apt-get install python3-zeep\n`,
      );
      this.skip();
    }
    s = await startTestServer();
    const c = s.credentials;
    const { stdout } = await run(
      PYTHON,
      [SCRIPT, s.wsdlUrl(), c.account, c.consumerKey, c.consumerSecret, c.tokenId, c.tokenSecret],
      { timeout: 60_000 },
    ).catch((err: { stderr?: string; message: string }) => {
      throw new Error(`zeep_async.py failed: ${err.stderr ?? err.message}`);
    });
    session = JSON.parse(stdout) as Session;
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
