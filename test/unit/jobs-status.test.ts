/** The async job status machine, the progress figures checkAsyncStatus reports, and job ids. */
import { expect } from 'chai';
import { progressOf } from '../../src/jobs/progress';
import { newJobId } from '../../src/jobs/service';
import { canMove, endStatus, isFinal, JOB_STATUSES, sourcesOf, type JobStatus } from '../../src/jobs/status';
import type { JobView } from '../../src/jobs/types';

const job = (over: Partial<JobView>): JobView => ({
  key: 1,
  jobId: 'J',
  account: 'A',
  kind: 'addList',
  status: 'pending',
  total: 400,
  progress: 0,
  failures: 0,
  attempts: 0,
  workMs: 0,
  submittedAt: 0,
  ...over,
});

describe('async job status guard', () => {
  const allowed: [JobStatus, JobStatus][] = [
    ['pending', 'processing'],
    ['retry', 'processing'],
    ['processing', 'finished'],
    ['processing', 'finishedWithErrors'],
    ['processing', 'failed'],
    ['processing', 'retry'],
    ['pending', 'failed'],
    ['retry', 'failed'],
  ];

  it('allows exactly the documented moves', () => {
    for (const from of JOB_STATUSES) {
      for (const to of JOB_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect(canMove(from, to), `${from} -> ${to}`).to.equal(expected);
      }
    }
  });

  it('never moves a job out of a final status', () => {
    for (const s of ['finished', 'finishedWithErrors', 'failed'] as const) {
      expect(isFinal(s)).to.equal(true);
      for (const to of JOB_STATUSES) expect(canMove(s, to)).to.equal(false);
    }
  });

  it('gives the store the statuses a move may start from', () => {
    expect(sourcesOf('processing')).to.deep.equal(['pending', 'retry']);
    expect(sourcesOf('retry')).to.deep.equal(['processing']);
    expect(sourcesOf('pending')).to.deep.equal([]);
  });

  it('finishes with errors when any unit failed', () => {
    expect(endStatus(0)).to.equal('finished');
    expect(endStatus(3)).to.equal('finishedWithErrors');
  });
});

describe('async job progress', () => {
  it('reports percentCompleted from committed units and the remaining time from the job’s own rate', () => {
    const p = progressOf(job({ status: 'processing', progress: 100, workMs: 50 }), { unitsAhead: 0 });
    expect(p.percentCompleted).to.equal(25);
    expect(p.estRemainingDuration).to.be.closeTo(0.15, 0.05);
  });

  it('counts the units queued ahead of a pending job, at the rate of the account’s last job', () => {
    const p = progressOf(job({}), { unitsAhead: 1600, recentMsPerUnit: 0.5 });
    expect(p).to.deep.equal({ percentCompleted: 0, estRemainingDuration: 1 });
  });

  it('never reports 0 seconds left before the end, and 100% / 0 s once finished', () => {
    expect(progressOf(job({ total: 1 }), { unitsAhead: 0 }).estRemainingDuration).to.equal(0.1);
    expect(progressOf(job({ status: 'finishedWithErrors', progress: 400 }), undefined)).to.deep.equal({
      percentCompleted: 100,
      estRemainingDuration: 0,
    });
  });

  it('reports how far a failed job got', () => {
    expect(progressOf(job({ status: 'failed', progress: 100 }), undefined).percentCompleted).to.equal(25);
  });
});

describe('async job ids', () => {
  it('look like NetSuite’s: ASYNCWEBSERVICES_<account>_<digits>_<hex>', () => {
    const id = newJobId('TSTDRV123', Date.UTC(2024, 2, 1, 12, 30, 5, 7));
    expect(id).to.match(/^ASYNCWEBSERVICES_TSTDRV123_03012024123005007\d{9}_[0-9a-f]{8}$/);
    expect(newJobId('TSTDRV123', 0)).to.not.equal(newJobId('TSTDRV123', 0));
  });
});
