/**
 * The operation table: every operation the WSDL declares has exactly one handler here (the Record type
 * makes a missing one a compile error).
 */
import type { SearchHandlers } from './asyncRunners';
import type { Handler } from './context';
import * as async from './operations/async';
import { attach, detach } from './operations/attach';
import { getDeleted } from './operations/getDeleted';
import { getSelectValue } from './operations/getSelectValue';
import * as init from './operations/initialize';
import * as records from './operations/records';
import * as search from './operations/search';
import type { OperationName } from './schema/operations';

/** The search operations asyncSearch replays page by page. */
export const SEARCH_HANDLERS: SearchHandlers | undefined = {
  search: search.search,
  searchMoreWithId: search.searchMoreWithId,
};

export const HANDLERS: Readonly<Record<OperationName, Handler>> = {
  add: records.add,
  addList: records.addList,
  update: records.update,
  updateList: records.updateList,
  upsert: records.upsert,
  upsertList: records.upsertList,
  delete: records.del,
  deleteList: records.deleteList,
  get: records.get,
  getList: records.getList,
  initialize: init.initialize,
  initializeList: init.initializeList,
  search: search.search,
  searchMoreWithId: search.searchMoreWithId,
  getDeleted: getDeleted,
  getSelectValue: getSelectValue,
  getSavedSearch: search.getSavedSearch,
  attach: attach,
  detach: detach,
  asyncAddList: async.asyncAddList,
  asyncUpdateList: async.asyncUpdateList,
  asyncUpsertList: async.asyncUpsertList,
  asyncDeleteList: async.asyncDeleteList,
  asyncGetList: async.asyncGetList,
  asyncInitializeList: async.asyncInitializeList,
  asyncSearch: async.asyncSearchWith(SEARCH_HANDLERS !== undefined),
  checkAsyncStatus: async.checkAsyncStatus,
  getAsyncResult: async.getAsyncResult,
};
