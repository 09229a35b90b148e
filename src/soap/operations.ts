/**
 * The operation table: every operation the WSDL declares has exactly one handler here (the Record type
 * makes a missing one a compile error).
 */
import { RequestError } from '../domain/errors';
import type { Handler } from './context';
import * as init from './operations/initialize';
import * as records from './operations/records';
import type { OperationName } from './schema/operations';

function notYet(operation: OperationName): Handler {
  return async () => {
    throw new RequestError('invalidRequest', 'USER_ERROR', `Billwire does not implement ${operation} yet.`);
  };
}

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
  search: notYet('search'),
  searchMoreWithId: notYet('searchMoreWithId'),
  getDeleted: notYet('getDeleted'),
  getSelectValue: notYet('getSelectValue'),
  getSavedSearch: notYet('getSavedSearch'),
  attach: notYet('attach'),
  detach: notYet('detach'),
  asyncAddList: notYet('asyncAddList'),
  asyncUpdateList: notYet('asyncUpdateList'),
  asyncUpsertList: notYet('asyncUpsertList'),
  asyncDeleteList: notYet('asyncDeleteList'),
  asyncGetList: notYet('asyncGetList'),
  asyncInitializeList: notYet('asyncInitializeList'),
  asyncSearch: notYet('asyncSearch'),
  checkAsyncStatus: notYet('checkAsyncStatus'),
  getAsyncResult: notYet('getAsyncResult'),
};
