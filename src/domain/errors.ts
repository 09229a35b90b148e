/**
 * The errors the domain raises, each carrying the NetSuite status code a client branches on.
 *
 * Two families, because NetSuite reports failures at two levels:
 * - RecordError: one record (or one search) failed; the response still succeeds at the HTTP/SOAP level
 *   and carries `status isSuccess="false"` with this code. A list operation reports it for that record only.
 * - RequestError: the whole request is refused (bad credentials, too many records, an unknown job...).
 *   The SOAP face turns it into a Fault; which fault element is chosen from `category` (soap/faults.ts).
 * Nothing here knows XML or HTTP.
 */

/** NetSuite StatusDetailCodeType values Billwire emits. */
export type StatusCode =
  | 'RCRD_DSNT_EXIST'
  | 'INVALID_KEY_OR_REF'
  | 'INVALID_REF_KEY'
  | 'RCRD_REF_RCRD_TYP_MISMATCH'
  | 'INVALID_RCRD_TYPE'
  | 'RCRD_TYPE_REQD'
  | 'INVALID_ID'
  | 'INVALID_INTERNALID'
  | 'NONEXISTENT_EXTERNAL_ID'
  | 'EXTERNALID_REQD'
  | 'DUP_RCRD'
  | 'DUP_TRANS'
  | 'USER_ERROR'
  | 'MISSING_REQD_FLD'
  | 'INVALID_FLD_VALUE'
  | 'INVALID_FLD'
  | 'INVALID_FIELD_NAME_FOR_NULL'
  | 'INVALID_SUBLIST_DESC'
  | 'VALID_LINE_ITEM_REQD'
  | 'INVALID_QTY'
  | 'INVALID_AMT'
  | 'INVALID_DATE'
  | 'INVALID_TAX_CODE'
  | 'CANT_DELETE_TRANS'
  | 'INSUFFICIENT_PERMISSION'
  | 'INSUFFICIENT_FLD_PERMISSION'
  | 'INVALID_INITIALIZE_REF'
  | 'INVALID_INITIALIZE_ARG'
  | 'INITIALIZE_ARG_REQD'
  | 'INVALID_INITIALIZE_AUXREF'
  | 'INITIALIZE_AUXREF_REQD'
  | 'INVALID_REF_CANT_INITIALIZE'
  | 'INVALID_RCRD_INITIALIZE'
  | 'INVALID_SEARCH'
  | 'INVALID_SEARCH_MORE'
  | 'INVALID_PAGE_INDEX'
  | 'INVALID_SEARCH_PAGE_INDEX'
  | 'INVALID_SEARCH_PAGE_SIZE'
  | 'INVALID_SEARCH_OPERATOR'
  | 'INVALID_SEARCH_VALUE'
  | 'INVALID_SEARCH_FIELD_NAME'
  | 'INVALID_SAVED_SRCH'
  | 'INVALID_JOB_ID'
  | 'JOB_NOT_COMPLETE'
  | 'INVALID_DETACH_RECORD_TYP'
  | 'UNEXPECTED_ERROR';

export class RecordError extends Error {
  constructor(
    readonly code: StatusCode,
    message: string,
  ) {
    super(message);
    this.name = 'RecordError';
  }
}

export function notFound(type: string, id: string): RecordError {
  return new RecordError('RCRD_DSNT_EXIST', `That record does not exist. (${type} ${id})`);
}

export function invalidReference(field: string, key: string): RecordError {
  return new RecordError('INVALID_KEY_OR_REF', `Invalid ${field} reference key ${key}.`);
}

export function invalidValue(field: string, value: string, why = ''): RecordError {
  return new RecordError(
    'INVALID_FLD_VALUE',
    `Invalid value ${JSON.stringify(value)} for field ${field}.${why ? ' ' + why : ''}`,
  );
}

export function missingField(field: string): RecordError {
  return new RecordError('MISSING_REQD_FLD', `Please enter value(s) for: ${field}`);
}

/** Why a whole request is refused; soap/faults.ts maps each to NetSuite's fault element. */
export type RequestErrorCategory =
  | 'invalidCredentials'
  | 'insufficientPermission'
  | 'exceededRecordCount'
  | 'exceededRequestSize'
  | 'exceededConcurrentRequestLimit'
  | 'exceededRequestLimit'
  | 'exceededUsageLimit'
  | 'invalidSession'
  | 'invalidVersion'
  | 'async'
  | 'invalidRequest'
  | 'unexpected';

/** NetSuite FaultCodeType values (the only codes valid in a fault detail). */
export type FaultCode =
  | 'INVALID_LOGIN_CREDENTIALS'
  | 'INSUFFICIENT_PERMISSION'
  | 'MAX_RCRDS_EXCEEDED'
  | 'WS_REQUEST_BLOCKED'
  | 'WS_CONCUR_SESSION_DISALLWD'
  | 'SESSION_TIMED_OUT'
  | 'INVALID_WS_VERSION'
  | 'UNSUPPORTED_WS_VERSION'
  | 'INVALID_JOB_ID'
  | 'JOB_NOT_COMPLETE'
  | 'INVALID_PAGE_INDEX'
  | 'USER_ERROR'
  | 'UNEXPECTED_ERROR';

export class RequestError extends Error {
  constructor(
    readonly category: RequestErrorCategory,
    readonly code: FaultCode,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export function invalidRequest(message: string): RequestError {
  return new RequestError('invalidRequest', 'USER_ERROR', message);
}

export function tooManyRecords(operation: string, limit: number, got: number): RequestError {
  return new RequestError(
    'exceededRecordCount',
    'MAX_RCRDS_EXCEEDED',
    `${operation} accepts at most ${limit} records per request; this request has ${got}.`,
  );
}
