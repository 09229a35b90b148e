/**
 * The runners a server gives its async job worker: one per async operation kind. The record kinds replay
 * the domain services; asyncSearch replays the SOAP search operation itself (search, then
 * searchMoreWithId for the following pages), so each stored page is exactly the searchResult the
 * synchronous operations answer.
 */
import type { KindRunner } from '../jobs/runners/kind';
import { recordRunners } from '../jobs/runners/records';
import { searchRunner, type SearchPort } from '../jobs/runners/search';
import type { JobKind } from '../jobs/types';
import type { Logger } from '../log';
import type { Services } from '../services';
import type { WireObject } from './codec/wire';
import type { Handler, OperationContext, SearchPreferences } from './context';
import { BASE_VERSION } from './schema/namespaces';
import { ASYNC_SEARCH_MAX_PAGE_SIZE } from './operations/async';

export interface SearchHandlers {
  readonly search: Handler;
  readonly searchMoreWithId: Handler;
}

interface StoredSearch {
  readonly searchRecord: WireObject;
  readonly preferences: SearchPreferences;
}

export function soapSearchPort(h: SearchHandlers, services: Services, log: Logger): SearchPort {
  return {
    async page(scope, request, pageIndex, memo) {
      const r = request as StoredSearch;
      const ctx: OperationContext = {
        requestId: 'async-search',
        version: BASE_VERSION,
        scope,
        // asyncSearch pages may be larger than a synchronous search's (the submit checked the limit).
        searchPreferences: { ...r.preferences, maxPageSize: ASYNC_SEARCH_MAX_PAGE_SIZE },
        services,
        log,
      };
      let result: WireObject | undefined;
      if (pageIndex === 1 || typeof memo.searchId !== 'string') {
        result = (await h.search(ctx, { searchRecord: r.searchRecord })).searchResult as WireObject;
        memo.searchId = result.searchId;
      }
      if (pageIndex > 1 && typeof memo.searchId === 'string') {
        const more = await h.searchMoreWithId(ctx, { searchId: memo.searchId, pageIndex });
        result = more.searchResult as WireObject;
      }
      const status = result?.status as WireObject | undefined;
      return {
        page: result,
        totalPages: Number(result?.totalPages ?? 1),
        failed: status?.isSuccess !== true,
      };
    },
  };
}

/** Every kind's runner; asyncSearch only when the server has search. */
export function asyncRunners(
  services: Services,
  log: Logger,
  search?: SearchHandlers,
): Partial<Record<JobKind, KindRunner>> {
  return {
    ...recordRunners(services),
    ...(search ? { search: searchRunner(soapSearchPort(search, services, log)) } : {}),
  };
}
