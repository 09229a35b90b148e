/**
 * search, searchMoreWithId and getSavedSearch: decode -> SearchService -> encode. A search that fails (an
 * unsupported field or operator, a bad page size, an expired searchId) answers a searchResult whose status
 * carries the code, as NetSuite does; only malformed requests become faults.
 */
import { RecordError } from '../../domain/errors';
import { SEARCH_FAMILIES, type SearchFamily } from '../../domain/search/criteria';
import type { SearchPage } from '../../domain/search/service';
import type { WireObject } from '../codec/wire';
import type { Handler, OperationContext } from '../context';
import { statusOk } from '../faults';
import { searchRecordKind, searchRequestOf } from '../search/decode';
import { failedSearchResult, searchResultOf } from '../search/encode';

async function answer(ctx: OperationContext, run: () => Promise<SearchPage>): Promise<WireObject> {
  try {
    return { searchResult: searchResultOf(await run(), ctx.scope.account.timeZone) };
  } catch (err) {
    if (err instanceof RecordError) return { searchResult: failedSearchResult(err) };
    throw err;
  }
}

export const search: Handler = (ctx, req) => {
  const record = req.searchRecord as WireObject;
  return answer(ctx, async () => {
    if (!searchRecordKind(String(record.$type))) {
      throw new RecordError('INVALID_SEARCH', `Billwire cannot run a ${String(record.$type)} search.`);
    }
    return ctx.services.search.search(ctx.scope, searchRequestOf(record, ctx.searchPreferences));
  });
};

export const searchMoreWithId: Handler = (ctx, req) =>
  answer(ctx, () => ctx.services.search.searchMore(ctx.scope, String(req.searchId), Number(req.pageIndex)));

export const getSavedSearch: Handler = async (ctx, req) => {
  const searchType = (req.record as WireObject | undefined)?.searchType;
  const family = typeof searchType === 'string' ? SEARCH_FAMILIES.find((f) => f === searchType) : undefined;
  const saved =
    typeof searchType === 'string' && family === undefined
      ? []
      : ctx.services.search.savedSearches(ctx.scope, family as SearchFamily | undefined);
  return {
    getSavedSearchResult: {
      status: statusOk(),
      totalRecords: saved.length,
      recordRefList: {
        recordRef: saved.map((s) => {
          const ref: WireObject = { $type: 'CustomizationRef', internalId: s.internalId };
          if (s.scriptId !== undefined) ref.scriptId = s.scriptId;
          ref.name = s.name;
          return ref;
        }),
      },
    },
  };
};
