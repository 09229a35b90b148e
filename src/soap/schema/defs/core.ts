/**
 * platformCore: the building blocks every other namespace stands on — the abstract Record, references,
 * custom field values, status, the token passport, search field/column types, and the parameter and result
 * types of the non-record operations (facts sheet §2, §3.1, §3.2, §4, §7.2).
 */
import { attr, el, many, req, type ComplexTypeDef, type SchemaDef } from '../model';

// --- Records and references --------------------------------------------------------------------------
const records: ComplexTypeDef[] = [
  { name: 'Record', abstract: true, elements: [el('nullFieldList', 'core:NullField')] },
  { name: 'NullField', elements: [many('name', 'xsd:string')] },
  { name: 'BaseRef', abstract: true, elements: [el('name', 'xsd:string')] },
  {
    name: 'RecordRef',
    base: 'core:BaseRef',
    attributes: [attr('internalId'), attr('externalId'), attr('type', 'coreTyp:RecordType')],
  },
  { name: 'CustomizationRef', base: 'core:RecordRef', attributes: [attr('scriptId')] },
  {
    name: 'ListOrRecordRef',
    elements: [el('name', 'xsd:string')],
    attributes: [attr('internalId'), attr('externalId'), attr('typeId')],
  },
  { name: 'RecordRefList', elements: [many('recordRef', 'core:RecordRef')] },
  { name: 'BaseRefList', elements: [many('baseRef', 'core:BaseRef')] },
];

// --- Custom field values (customFieldList) -------------------------------------------------------------
const customFields: ComplexTypeDef[] = [
  { name: 'CustomFieldList', elements: [many('customField', 'core:CustomFieldRef')] },
  { name: 'CustomFieldRef', abstract: true, attributes: [attr('internalId'), attr('scriptId')] },
  { name: 'LongCustomFieldRef', base: 'core:CustomFieldRef', elements: [req('value', 'xsd:long')] },
  { name: 'DoubleCustomFieldRef', base: 'core:CustomFieldRef', elements: [req('value', 'xsd:double')] },
  { name: 'BooleanCustomFieldRef', base: 'core:CustomFieldRef', elements: [req('value', 'xsd:boolean')] },
  { name: 'StringCustomFieldRef', base: 'core:CustomFieldRef', elements: [req('value', 'xsd:string')] },
  { name: 'DateCustomFieldRef', base: 'core:CustomFieldRef', elements: [req('value', 'xsd:dateTime')] },
  {
    name: 'SelectCustomFieldRef',
    base: 'core:CustomFieldRef',
    elements: [req('value', 'core:ListOrRecordRef')],
  },
  {
    name: 'MultiSelectCustomFieldRef',
    base: 'core:CustomFieldRef',
    elements: [many('value', 'core:ListOrRecordRef', 1)],
  },
];

// --- Status and authentication --------------------------------------------------------------------------
const statusAndAuth: ComplexTypeDef[] = [
  {
    name: 'Status',
    elements: [many('statusDetail', 'core:StatusDetail')],
    attributes: [attr('isSuccess', 'xsd:boolean')],
  },
  {
    name: 'StatusDetail',
    elements: [
      el('code', 'faultTyp:StatusDetailCodeType'),
      el('message', 'xsd:string'),
      el('afterSubmitFailed', 'xsd:boolean'),
    ],
    attributes: [attr('type', 'faultTyp:StatusDetailType')],
  },
  {
    name: 'TokenPassport',
    elements: [
      req('account', 'xsd:string'),
      req('consumerKey', 'xsd:string'),
      req('token', 'xsd:string'),
      req('nonce', 'xsd:string'),
      req('timestamp', 'xsd:long'),
      req('signature', 'core:TokenPassportSignature'),
    ],
  },
  {
    name: 'TokenPassportSignature',
    simpleContent: 'xsd:string',
    attributes: [attr('algorithm', 'xsd:string', true)],
  },
];

// --- Search: abstract bases, result, filter fields -------------------------------------------------------
const searchBases: ComplexTypeDef[] = [
  { name: 'SearchRecord', abstract: true },
  { name: 'SearchRecordBasic', abstract: true, base: 'core:SearchRecord' },
  { name: 'SearchRow', abstract: true },
  { name: 'SearchRowBasic', abstract: true, base: 'core:SearchRow' },
  {
    name: 'SearchResult',
    elements: [
      req('status', 'core:Status'),
      el('totalRecords', 'xsd:int'),
      el('pageSize', 'xsd:int'),
      el('totalPages', 'xsd:int'),
      el('pageIndex', 'xsd:int'),
      el('searchId', 'xsd:string'),
      el('recordList', 'core:RecordList'),
      el('searchRowList', 'core:SearchRowList'),
    ],
  },
  { name: 'RecordList', elements: [many('record', 'core:Record')] },
  { name: 'SearchRowList', elements: [many('searchRow', 'core:SearchRow')] },
];

const op = (name: string) => attr('operator', `coreTyp:${name}`);
const rangeOf = (t: string) => [el('searchValue', t), el('searchValue2', t)];
const dateValues = [
  el('predefinedSearchValue', 'coreTyp:SearchDate'),
  el('searchValue', 'xsd:dateTime'),
  el('searchValue2', 'xsd:dateTime'),
];

const searchFields: ComplexTypeDef[] = [
  {
    name: 'SearchStringField',
    elements: [el('searchValue', 'xsd:string')],
    attributes: [op('SearchStringFieldOperator')],
  },
  { name: 'SearchLongField', elements: rangeOf('xsd:long'), attributes: [op('SearchLongFieldOperator')] },
  {
    name: 'SearchDoubleField',
    elements: rangeOf('xsd:double'),
    attributes: [op('SearchDoubleFieldOperator')],
  },
  {
    name: 'SearchTextNumberField',
    elements: rangeOf('xsd:string'),
    attributes: [op('SearchTextNumberFieldOperator')],
  },
  { name: 'SearchDateField', elements: dateValues, attributes: [op('SearchDateFieldOperator')] },
  { name: 'SearchBooleanField', elements: [el('searchValue', 'xsd:boolean')] },
  {
    name: 'SearchMultiSelectField',
    elements: [many('searchValue', 'core:RecordRef')],
    attributes: [op('SearchMultiSelectFieldOperator')],
  },
  {
    name: 'SearchEnumMultiSelectField',
    elements: [many('searchValue', 'xsd:string')],
    attributes: [op('SearchEnumMultiSelectFieldOperator')],
  },
];

// --- Search: custom field filters (customFieldList of a *SearchBasic) ----------------------------------------
const customBase = 'core:SearchCustomField';
const searchCustomFields: ComplexTypeDef[] = [
  { name: 'SearchCustomField', abstract: true, attributes: [attr('internalId'), attr('scriptId')] },
  { name: 'SearchBooleanCustomField', base: customBase, elements: [el('searchValue', 'xsd:boolean')] },
  {
    name: 'SearchStringCustomField',
    base: customBase,
    elements: [el('searchValue', 'xsd:string')],
    attributes: [op('SearchStringFieldOperator')],
  },
  {
    name: 'SearchLongCustomField',
    base: customBase,
    elements: rangeOf('xsd:long'),
    attributes: [op('SearchLongFieldOperator')],
  },
  {
    name: 'SearchDoubleCustomField',
    base: customBase,
    elements: rangeOf('xsd:double'),
    attributes: [op('SearchDoubleFieldOperator')],
  },
  {
    name: 'SearchDateCustomField',
    base: customBase,
    elements: dateValues,
    attributes: [op('SearchDateFieldOperator')],
  },
  {
    name: 'SearchEnumMultiSelectCustomField',
    base: customBase,
    elements: [many('searchValue', 'xsd:string')],
    attributes: [op('SearchEnumMultiSelectFieldOperator')],
  },
  {
    name: 'SearchMultiSelectCustomField',
    base: customBase,
    elements: [many('searchValue', 'core:ListOrRecordRef')],
    attributes: [op('SearchMultiSelectFieldOperator')],
  },
  { name: 'SearchCustomFieldList', elements: [many('customField', 'core:SearchCustomField')] },
];

// --- Search: result columns (*SearchRowBasic) -------------------------------------------------------------
const column = (name: string, base: string, value: ReturnType<typeof el>[]): ComplexTypeDef => ({
  name,
  base,
  elements: value,
});
const colBase = 'core:SearchColumnField';
const colCustomBase = 'core:SearchColumnCustomField';
const searchColumns: ComplexTypeDef[] = [
  { name: 'SearchColumnField', abstract: true, elements: [el('customLabel', 'xsd:string')] },
  column('SearchColumnBooleanField', colBase, [el('searchValue', 'xsd:boolean')]),
  column('SearchColumnStringField', colBase, [el('searchValue', 'xsd:string')]),
  column('SearchColumnLongField', colBase, [el('searchValue', 'xsd:long')]),
  column('SearchColumnTextNumberField', colBase, [el('searchValue', 'xsd:string')]),
  column('SearchColumnDoubleField', colBase, [el('searchValue', 'xsd:double')]),
  column('SearchColumnDateField', colBase, [el('searchValue', 'xsd:dateTime')]),
  column('SearchColumnEnumSelectField', colBase, [el('searchValue', 'xsd:string')]),
  column('SearchColumnSelectField', colBase, [el('searchValue', 'core:RecordRef')]),
  {
    name: 'SearchColumnCustomField',
    abstract: true,
    elements: [el('customLabel', 'xsd:string')],
    attributes: [attr('internalId'), attr('scriptId')],
  },
  column('SearchColumnBooleanCustomField', colCustomBase, [el('searchValue', 'xsd:boolean')]),
  column('SearchColumnStringCustomField', colCustomBase, [el('searchValue', 'xsd:string')]),
  column('SearchColumnLongCustomField', colCustomBase, [el('searchValue', 'xsd:long')]),
  column('SearchColumnDoubleCustomField', colCustomBase, [el('searchValue', 'xsd:double')]),
  column('SearchColumnDateCustomField', colCustomBase, [el('searchValue', 'xsd:dateTime')]),
  column('SearchColumnEnumMultiSelectCustomField', colCustomBase, [many('searchValue', 'xsd:string')]),
  column('SearchColumnSelectCustomField', colCustomBase, [el('searchValue', 'core:ListOrRecordRef')]),
  column('SearchColumnMultiSelectCustomField', colCustomBase, [many('searchValue', 'core:ListOrRecordRef')]),
  { name: 'SearchColumnCustomFieldList', elements: [many('customField', 'core:SearchColumnCustomField')] },
];

// --- Parameters and results of the other operations ----------------------------------------------------
const operations: ComplexTypeDef[] = [
  {
    name: 'DeletionReason',
    elements: [req('deletionReasonCode', 'core:RecordRef'), el('deletionReasonMemo', 'xsd:string')],
  },
  {
    name: 'InitializeRecord',
    elements: [
      req('type', 'coreTyp:InitializeType'),
      el('reference', 'core:InitializeRef'),
      el('auxReference', 'core:InitializeAuxRef'),
      el('referenceList', 'core:InitializeRefList'),
    ],
  },
  {
    name: 'InitializeRef',
    base: 'core:BaseRef',
    attributes: [attr('type', 'coreTyp:InitializeRefType'), attr('internalId'), attr('externalId')],
  },
  {
    name: 'InitializeAuxRef',
    base: 'core:BaseRef',
    attributes: [
      attr('type', 'coreTyp:InitializeAuxRefType'),
      attr('internalId'),
      attr('externalId'),
      attr('scriptId'),
    ],
  },
  { name: 'InitializeRefList', elements: [many('initializeRef', 'core:InitializeRef')] },
  {
    name: 'GetDeletedFilter',
    elements: [
      el('deletedDate', 'core:SearchDateField'),
      el('type', 'core:SearchEnumMultiSelectField'),
      el('scriptId', 'core:SearchStringField'),
    ],
  },
  { name: 'DeletedRecord', elements: [el('deletedDate', 'xsd:dateTime'), el('record', 'core:BaseRef')] },
  { name: 'DeletedRecordList', elements: [many('deletedRecord', 'core:DeletedRecord')] },
  {
    name: 'GetDeletedResult',
    elements: [
      req('status', 'core:Status'),
      el('totalRecords', 'xsd:int'),
      el('pageSize', 'xsd:int'),
      el('totalPages', 'xsd:int'),
      el('pageIndex', 'xsd:int'),
      el('deletedRecordList', 'core:DeletedRecordList'),
    ],
  },
  {
    name: 'GetSelectValueFieldDescription',
    elements: [
      el('recordType', 'coreTyp:RecordType'),
      el('customRecordType', 'core:RecordRef'),
      el('customTransactionType', 'core:RecordRef'),
      el('sublist', 'xsd:string'),
      req('field', 'xsd:string'),
      el('customForm', 'core:RecordRef'),
      el('filter', 'core:GetSelectValueFilter'),
      el('filterByValueList', 'core:GetSelectFilterByFieldValueList'),
    ],
  },
  {
    name: 'GetSelectValueFilter',
    elements: [req('filterValue', 'xsd:string')],
    attributes: [attr('operator', 'coreTyp:GetSelectValueFilterOperator', true)],
  },
  {
    name: 'GetSelectFilterByFieldValueList',
    elements: [many('filterBy', 'core:GetSelectFilterByFieldValue', 1)],
  },
  {
    name: 'GetSelectFilterByFieldValue',
    elements: [el('sublist', 'xsd:string'), req('field', 'xsd:string'), req('internalId', 'xsd:string')],
  },
  {
    name: 'GetSelectValueResult',
    elements: [
      req('status', 'core:Status'),
      el('totalRecords', 'xsd:int'),
      el('totalPages', 'xsd:int'),
      el('baseRefList', 'core:BaseRefList'),
    ],
  },
  { name: 'GetSavedSearchRecord', attributes: [attr('searchType', 'coreTyp:SearchRecordType')] },
  {
    name: 'GetSavedSearchResult',
    elements: [
      req('status', 'core:Status'),
      el('totalRecords', 'xsd:int'),
      el('recordRefList', 'core:RecordRefList'),
    ],
  },
  {
    name: 'AsyncStatusResult',
    elements: [
      req('jobId', 'xsd:string'),
      req('status', 'coreTyp:AsyncStatusType'),
      req('percentCompleted', 'xsd:double'),
      req('estRemainingDuration', 'xsd:double'),
    ],
  },
  { name: 'AttachReference', abstract: true, elements: [req('attachTo', 'core:BaseRef')] },
  {
    name: 'AttachBasicReference',
    base: 'core:AttachReference',
    elements: [req('attachedRecord', 'core:BaseRef')],
  },
  {
    name: 'AttachContactReference',
    base: 'core:AttachReference',
    elements: [req('contact', 'core:RecordRef'), el('contactRole', 'core:RecordRef')],
  },
  { name: 'DetachReference', abstract: true, elements: [req('detachFrom', 'core:BaseRef')] },
  {
    name: 'DetachBasicReference',
    base: 'core:DetachReference',
    elements: [req('detachedRecord', 'core:BaseRef')],
  },
];

export const schema: SchemaDef = {
  ns: 'core',
  complexTypes: [
    ...records,
    ...customFields,
    ...statusAndAuth,
    ...searchBases,
    ...searchFields,
    ...searchCustomFields,
    ...searchColumns,
    ...operations,
  ],
  // Result elements the platformMsgs response wrappers reference (`<element ref=...>`).
  elements: [
    { name: 'status', type: 'core:Status' },
    { name: 'searchResult', type: 'core:SearchResult' },
    { name: 'asyncStatusResult', type: 'core:AsyncStatusResult' },
    { name: 'getDeletedResult', type: 'core:GetDeletedResult' },
    { name: 'getSelectValueResult', type: 'core:GetSelectValueResult' },
    { name: 'getSavedSearchResult', type: 'core:GetSavedSearchResult' },
  ],
};
