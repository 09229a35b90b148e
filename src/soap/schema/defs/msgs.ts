/**
 * platformMsgs: the SOAP headers and the document/literal wrappers of every operation (facts sheet §2, §3).
 * Each operation has a request element `<op>` and a response element `<op>Response`; their types are named
 * `<Op>Request` / `<Op>Response`, except NetSuite's lower-case getSelectValueRequest/Response and the single
 * AsyncStatusResponse every async submit and checkAsyncStatus share. Results defined in platformCore
 * (status, searchResult, ...) are referenced, so they keep the platformCore namespace inside these wrappers.
 */
import {
  el,
  many,
  req,
  type ComplexTypeDef,
  type ElementDef,
  type GlobalElementDef,
  type SchemaDef,
} from '../model';

// --- Headers ------------------------------------------------------------------------------------------------
const headers: ComplexTypeDef[] = [
  {
    name: 'Preferences',
    elements: [
      el('warningAsError', 'xsd:boolean'),
      el('disableMandatoryCustomFieldValidation', 'xsd:boolean'),
      el('disableSystemNotesForCustomFields', 'xsd:boolean'),
      el('ignoreReadOnlyFields', 'xsd:boolean'),
      el('runServerSuiteScriptAndTriggerWorkflows', 'xsd:boolean'),
    ],
  },
  {
    name: 'SearchPreferences',
    elements: [
      el('bodyFieldsOnly', 'xsd:boolean'),
      el('returnSearchColumns', 'xsd:boolean'),
      el('pageSize', 'xsd:int'),
    ],
  },
  { name: 'ApplicationInfo', elements: [req('applicationId', 'xsd:string')] },
  { name: 'PartnerInfo', elements: [el('partnerId', 'xsd:string')] },
  { name: 'DocumentInfo', elements: [req('nsId', 'xsd:string')] },
];

const headerElements: GlobalElementDef[] = [
  { name: 'tokenPassport', type: 'core:TokenPassport' },
  { name: 'applicationInfo', type: 'msgs:ApplicationInfo' },
  { name: 'partnerInfo', type: 'msgs:PartnerInfo' },
  { name: 'preferences', type: 'msgs:Preferences' },
  { name: 'searchPreferences', type: 'msgs:SearchPreferences' },
  { name: 'documentInfo', type: 'msgs:DocumentInfo' },
];

// --- Response building blocks ---------------------------------------------------------------------------
/** `<element ref="platformCore:name"/>`: a platformCore result inside a platformMsgs type. */
const coreRef = (name: string, type: string, min = 1): ElementDef => ({ name, type, min, refNs: 'core' });

const building: ComplexTypeDef[] = [
  { name: 'WriteResponse', elements: [coreRef('status', 'core:Status'), el('baseRef', 'core:BaseRef')] },
  { name: 'ReadResponse', elements: [coreRef('status', 'core:Status'), el('record', 'core:Record')] },
  {
    name: 'WriteResponseList',
    elements: [coreRef('status', 'core:Status', 0), many('writeResponse', 'msgs:WriteResponse', 1)],
  },
  {
    name: 'ReadResponseList',
    elements: [coreRef('status', 'core:Status', 0), many('readResponse', 'msgs:ReadResponse')],
  },
];

const buildingElements: GlobalElementDef[] = [
  { name: 'writeResponse', type: 'msgs:WriteResponse' },
  { name: 'readResponse', type: 'msgs:ReadResponse' },
  { name: 'writeResponseList', type: 'msgs:WriteResponseList' },
  { name: 'readResponseList', type: 'msgs:ReadResponseList' },
];

// --- Request and response wrappers ------------------------------------------------------------------------
const record = req('record', 'core:Record');
const records = many('record', 'core:Record', 1);
const baseRef = req('baseRef', 'core:BaseRef');
const baseRefs = many('baseRef', 'core:BaseRef', 1);
const deletionReason = el('deletionReason', 'core:DeletionReason');
const initializeRecords = many('initializeRecord', 'core:InitializeRecord', 1);
const searchRecord = req('searchRecord', 'core:SearchRecord');
const pageIndex = req('pageIndex', 'xsd:int');
const jobId = req('jobId', 'xsd:string');

const writeResponse = req('writeResponse', 'msgs:WriteResponse');
const writeResponseList = req('writeResponseList', 'msgs:WriteResponseList');
const readResponse = req('readResponse', 'msgs:ReadResponse');
const readResponseList = req('readResponseList', 'msgs:ReadResponseList');
const searchResult = coreRef('searchResult', 'core:SearchResult');

/**
 * One operation's wrappers: request and response types plus their global elements. `responseType` names a
 * shared response type instead of declaring `<Op>Response` (AsyncStatusResponse).
 */
interface Wrapper {
  readonly op: string;
  readonly request: readonly ElementDef[];
  readonly response?: readonly ElementDef[];
  readonly requestType?: string;
  readonly responseType?: string;
}

const WRAPPERS: readonly Wrapper[] = [
  { op: 'add', request: [record], response: [writeResponse] },
  { op: 'addList', request: [records], response: [writeResponseList] },
  { op: 'update', request: [record], response: [writeResponse] },
  { op: 'updateList', request: [records], response: [writeResponseList] },
  { op: 'upsert', request: [record], response: [writeResponse] },
  { op: 'upsertList', request: [records], response: [writeResponseList] },
  { op: 'delete', request: [baseRef, deletionReason], response: [writeResponse] },
  { op: 'deleteList', request: [baseRefs, deletionReason], response: [writeResponseList] },
  { op: 'get', request: [baseRef], response: [readResponse] },
  { op: 'getList', request: [baseRefs], response: [readResponseList] },
  { op: 'initialize', request: [req('initializeRecord', 'core:InitializeRecord')], response: [readResponse] },
  { op: 'initializeList', request: [initializeRecords], response: [readResponseList] },
  { op: 'search', request: [searchRecord], response: [searchResult] },
  { op: 'searchMoreWithId', request: [req('searchId', 'xsd:string'), pageIndex], response: [searchResult] },
  {
    op: 'getDeleted',
    request: [req('getDeletedFilter', 'core:GetDeletedFilter'), pageIndex],
    response: [coreRef('getDeletedResult', 'core:GetDeletedResult')],
  },
  {
    op: 'getSelectValue',
    requestType: 'getSelectValueRequest',
    responseType: 'getSelectValueResponse',
    request: [req('fieldDescription', 'core:GetSelectValueFieldDescription'), pageIndex],
    response: [coreRef('getSelectValueResult', 'core:GetSelectValueResult')],
  },
  {
    op: 'getSavedSearch',
    request: [req('record', 'core:GetSavedSearchRecord')],
    response: [coreRef('getSavedSearchResult', 'core:GetSavedSearchResult')],
  },
  { op: 'attach', request: [req('attachReference', 'core:AttachReference')], response: [writeResponse] },
  { op: 'detach', request: [req('detachReference', 'core:DetachReference')], response: [writeResponse] },
  { op: 'asyncAddList', request: [records], responseType: 'AsyncStatusResponse' },
  { op: 'asyncUpdateList', request: [records], responseType: 'AsyncStatusResponse' },
  { op: 'asyncUpsertList', request: [records], responseType: 'AsyncStatusResponse' },
  { op: 'asyncDeleteList', request: [baseRefs, deletionReason], responseType: 'AsyncStatusResponse' },
  { op: 'asyncGetList', request: [baseRefs], responseType: 'AsyncStatusResponse' },
  { op: 'asyncInitializeList', request: [initializeRecords], responseType: 'AsyncStatusResponse' },
  { op: 'asyncSearch', request: [searchRecord], responseType: 'AsyncStatusResponse' },
  { op: 'checkAsyncStatus', request: [jobId], responseType: 'AsyncStatusResponse' },
  {
    op: 'getAsyncResult',
    request: [jobId, pageIndex],
    response: [req('asyncResult', 'msgs:AsyncResult')],
  },
];

const capitalised = (op: string): string => op[0]!.toUpperCase() + op.slice(1);

const wrapperTypes: ComplexTypeDef[] = [];
const wrapperElements: GlobalElementDef[] = [];
for (const w of WRAPPERS) {
  const requestType = w.requestType ?? `${capitalised(w.op)}Request`;
  const responseType = w.responseType ?? `${capitalised(w.op)}Response`;
  wrapperTypes.push({ name: requestType, elements: w.request });
  if (w.response) wrapperTypes.push({ name: responseType, elements: w.response });
  wrapperElements.push({ name: w.op, type: `msgs:${requestType}` });
  wrapperElements.push({ name: `${w.op}Response`, type: `msgs:${responseType}` });
}

// --- Async results (getAsyncResult's asyncResult, always with xsi:type) --------------------------------------
const asyncResults: ComplexTypeDef[] = [
  { name: 'AsyncStatusResponse', elements: [coreRef('asyncStatusResult', 'core:AsyncStatusResult')] },
  { name: 'AsyncResult', abstract: true },
  ...['AsyncAddListResult', 'AsyncUpdateListResult', 'AsyncUpsertListResult', 'AsyncDeleteListResult'].map(
    (name): ComplexTypeDef => ({
      name,
      base: 'msgs:AsyncResult',
      elements: [el('writeResponseList', 'msgs:WriteResponseList')],
    }),
  ),
  ...['AsyncGetListResult', 'AsyncInitializeListResult'].map((name): ComplexTypeDef => ({
    name,
    base: 'msgs:AsyncResult',
    elements: [el('readResponseList', 'msgs:ReadResponseList')],
  })),
  {
    name: 'AsyncSearchResult',
    base: 'msgs:AsyncResult',
    elements: [coreRef('searchResult', 'core:SearchResult', 0)],
  },
];

export const schema: SchemaDef = {
  ns: 'msgs',
  complexTypes: [...headers, ...building, ...wrapperTypes, ...asyncResults],
  elements: [
    ...headerElements,
    ...buildingElements,
    ...wrapperElements,
    { name: 'asyncResult', type: 'msgs:AsyncResult' },
  ],
};
