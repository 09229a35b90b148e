/**
 * The async operations: asyncAddList, asyncUpdateList, asyncUpsertList, asyncDeleteList, asyncGetList,
 * asyncInitializeList, asyncSearch, checkAsyncStatus and getAsyncResult.
 *
 * A submit decodes and validates the whole request first, exactly as its synchronous twin would (a bad
 * element fails only its own slot, a request over NetSuite's async limits is refused with
 * ExceededRecordCountFault), stores the job and answers with its asyncStatusResult. getAsyncResult encodes
 * the stored per-record outcomes with the twin's own writeResponseList / readResponseList, so the content
 * of an async result is what the synchronous operation answers for the same input.
 */
import { RecordError, RequestError } from '../../domain/errors';
import type { Outcome } from '../../domain/records/types';
import type { AsyncStatus, ResultPage, Submission } from '../../jobs/service';
import type { JobKind, Unit } from '../../jobs/types';
import type { WireObject } from '../codec/wire';
import type { Handler, OperationContext } from '../context';
import { statusFailed } from '../faults';
import {
  checkLimit,
  decodeKeys,
  decodeRecords,
  deletionReasonOf,
  list,
  readResponseList,
  writeResponseList,
} from './common';
import { initializeRequestOf } from './initialize';

/** asyncInitializeList has no published limit; one page of results. */
export const ASYNC_INITIALIZE_LIMIT = 1000;
/** asyncSearch: pageSize up to 2,000 (facts sheet §9). */
export const ASYNC_SEARCH_MAX_PAGE_SIZE = 2000;

const RESULT_TYPE: Readonly<Record<JobKind, string>> = {
  addList: 'AsyncAddListResult',
  updateList: 'AsyncUpdateListResult',
  upsertList: 'AsyncUpsertListResult',
  deleteList: 'AsyncDeleteListResult',
  getList: 'AsyncGetListResult',
  initializeList: 'AsyncInitializeListResult',
  search: 'AsyncSearchResult',
};

const NEVER_RAN = 'The async job failed before it reached this record; nothing was written for it.';

function unitOf<T>(o: Outcome<T>): Unit<T> {
  return o.ok ? o : { ok: false, error: { code: o.error.code, message: o.error.message } };
}

function statusResponse(s: AsyncStatus): WireObject {
  return {
    asyncStatusResult: {
      jobId: s.jobId,
      status: s.status,
      percentCompleted: s.percentCompleted,
      estRemainingDuration: s.estRemainingDuration,
    },
  };
}

async function submit(ctx: OperationContext, s: Submission): Promise<WireObject> {
  return statusResponse(await ctx.services.jobs.submit(ctx.scope, s));
}

export const asyncAddList: Handler = (ctx, req) => {
  checkLimit('asyncAddList', list(req.record));
  return submit(ctx, { kind: 'addList', items: decodeRecords(list(req.record)).map(unitOf) });
};

export const asyncUpdateList: Handler = (ctx, req) => {
  checkLimit('asyncUpdateList', list(req.record));
  return submit(ctx, { kind: 'updateList', items: decodeRecords(list(req.record)).map(unitOf) });
};

export const asyncUpsertList: Handler = (ctx, req) => {
  checkLimit('asyncUpsertList', list(req.record));
  return submit(ctx, { kind: 'upsertList', items: decodeRecords(list(req.record)).map(unitOf) });
};

export const asyncDeleteList: Handler = (ctx, req) => {
  checkLimit('asyncDeleteList', list(req.baseRef));
  return submit(ctx, {
    kind: 'deleteList',
    items: decodeKeys(list(req.baseRef)).map(unitOf),
    deletionReason: deletionReasonOf(req.deletionReason),
  });
};

export const asyncGetList: Handler = (ctx, req) => {
  checkLimit('asyncGetList', list(req.baseRef));
  return submit(ctx, { kind: 'getList', items: decodeKeys(list(req.baseRef)).map(unitOf) });
};

export const asyncInitializeList: Handler = (ctx, req) => {
  const records = list(req.initializeRecord);
  if (records.length > ASYNC_INITIALIZE_LIMIT) {
    throw new RequestError(
      'exceededRecordCount',
      'MAX_RCRDS_EXCEEDED',
      `asyncInitializeList accepts at most ${ASYNC_INITIALIZE_LIMIT} records per request; this request has ${records.length}.`,
    );
  }
  const items: Unit<unknown>[] = records.map((r) => ({ ok: true, value: initializeRequestOf(r) }));
  return submit(ctx, { kind: 'initializeList', items });
};

/**
 * asyncSearch: stores the searchRecord and the search preferences; the job runs the search page by page
 * through the synchronous search (src/soap/asyncRunners.ts). Refused while search itself is missing.
 */
export function asyncSearchWith(searchAvailable: boolean): Handler {
  return async (ctx, req) => {
    if (!searchAvailable) {
      throw new RequestError(
        'invalidRequest',
        'USER_ERROR',
        'Billwire does not implement asyncSearch yet: it runs on search, which is not available in this build.',
      );
    }
    const pageSize = ctx.searchPreferences.pageSize;
    if (pageSize !== undefined && pageSize > ASYNC_SEARCH_MAX_PAGE_SIZE) {
      throw new RequestError(
        'exceededRecordCount',
        'MAX_RCRDS_EXCEEDED',
        `asyncSearch accepts a pageSize of at most ${ASYNC_SEARCH_MAX_PAGE_SIZE}; this request asks for ${pageSize}.`,
      );
    }
    return submit(ctx, {
      kind: 'search',
      items: [{ searchRecord: req.searchRecord, preferences: ctx.searchPreferences }],
    });
  };
}

export const checkAsyncStatus: Handler = async (ctx, req) =>
  statusResponse(await ctx.services.jobs.status(ctx.scope, String(req.jobId)));

/** A stored unit as the outcome the synchronous twin's encoder takes; a unit a failed job never ran fails. */
function outcomeAt<T>(page: ResultPage, index: number): Outcome<T> {
  const u = page.results.get(index) as Unit<T> | undefined;
  if (!u) return { ok: false, error: new RecordError('UNEXPECTED_ERROR', NEVER_RAN) };
  return u.ok ? u : { ok: false, error: new RecordError(u.error.code, u.error.message) };
}

function outcomes<T>(page: ResultPage): Outcome<T>[] {
  return Array.from({ length: page.count }, (_, k) => outcomeAt<T>(page, page.first + k));
}

export const getAsyncResult: Handler = async (ctx, req) => {
  const page = await ctx.services.jobs.resultPage(ctx.scope, String(req.jobId), Number(req.pageIndex));
  const kind = page.job.kind;
  const asyncResult: WireObject = { $type: RESULT_TYPE[kind] };
  if (kind === 'search') {
    const stored = page.results.get(page.first) as WireObject | undefined;
    asyncResult.searchResult = stored ?? {
      status: statusFailed(new RecordError('UNEXPECTED_ERROR', 'The async search failed before it ran.')),
    };
  } else if (kind === 'getList' || kind === 'initializeList') {
    asyncResult.readResponseList = readResponseList(outcomes(page), ctx);
  } else {
    asyncResult.writeResponseList = writeResponseList(outcomes(page));
  }
  return { asyncResult };
};
