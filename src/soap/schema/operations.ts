/**
 * The SuiteTalk operations Billwire's WSDL declares: message elements, which header set each binds and the
 * faults it declares (facts sheet §1.3, §2, §3.4). The WSDL generator and the runtime operation table both
 * read this list, so an operation exists on the wire exactly when it is listed here.
 */

export type FaultName =
  | 'InsufficientPermissionFault'
  | 'InvalidSessionFault'
  | 'InvalidCredentialsFault'
  | 'ExceededConcurrentRequestLimitFault'
  | 'ExceededRequestLimitFault'
  | 'ExceededUsageLimitFault'
  | 'ExceededRecordCountFault'
  | 'ExceededRequestSizeFault'
  | 'UnexpectedErrorFault'
  | 'AsyncFault';

const NINE: readonly FaultName[] = [
  'InsufficientPermissionFault',
  'InvalidSessionFault',
  'InvalidCredentialsFault',
  'ExceededConcurrentRequestLimitFault',
  'ExceededRequestLimitFault',
  'ExceededUsageLimitFault',
  'ExceededRecordCountFault',
  'ExceededRequestSizeFault',
  'UnexpectedErrorFault',
];
const ASYNC_SUBMIT = NINE.filter((f) => f !== 'ExceededUsageLimitFault');
const CHECK_ASYNC: readonly FaultName[] = [
  'InsufficientPermissionFault',
  'InvalidSessionFault',
  'InvalidCredentialsFault',
  'ExceededConcurrentRequestLimitFault',
  'ExceededRequestLimitFault',
  'UnexpectedErrorFault',
  'AsyncFault',
];

export interface OperationDef {
  readonly name: string;
  /** Request element in platformMsgs (its type is declared there too). */
  readonly requestElement: string;
  readonly responseElement: string;
  /** search-like operations bind searchPreferences instead of preferences. */
  readonly preferencesHeader: 'preferences' | 'searchPreferences';
  readonly faults: readonly FaultName[];
}

function op(
  name: string,
  faults: readonly FaultName[],
  prefs: OperationDef['preferencesHeader'] = 'preferences',
): OperationDef {
  return { name, requestElement: name, responseElement: `${name}Response`, preferencesHeader: prefs, faults };
}

export const OPERATIONS = [
  op('add', NINE),
  op('addList', NINE),
  op('update', NINE),
  op('updateList', NINE),
  op('upsert', NINE),
  op('upsertList', NINE),
  op('delete', NINE),
  op('deleteList', NINE),
  op('get', NINE),
  op('getList', NINE),
  op('initialize', NINE),
  op('initializeList', NINE),
  op('search', NINE, 'searchPreferences'),
  op('searchMoreWithId', NINE, 'searchPreferences'),
  op('getDeleted', NINE),
  op('getSelectValue', NINE),
  op('getSavedSearch', NINE),
  op('attach', NINE),
  op('detach', NINE),
  op('asyncAddList', ASYNC_SUBMIT),
  op('asyncUpdateList', ASYNC_SUBMIT),
  op('asyncUpsertList', ASYNC_SUBMIT),
  op('asyncDeleteList', ASYNC_SUBMIT),
  op('asyncGetList', ASYNC_SUBMIT),
  op('asyncInitializeList', NINE),
  op('asyncSearch', ASYNC_SUBMIT, 'searchPreferences'),
  op('checkAsyncStatus', CHECK_ASYNC),
  op('getAsyncResult', [...NINE, 'AsyncFault']),
] as const satisfies readonly OperationDef[];

export type OperationName = (typeof OPERATIONS)[number]['name'];
