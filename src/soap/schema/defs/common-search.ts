/**
 * platformCommon (search part): the `*SearchBasic` filter types and `*SearchRowBasic` column types for
 * transactions, customers, contacts and items (facts sheet §6.3, §7.1, §7.3, §7.4). NetSuite declares their
 * fields in case-insensitive alphabetical order with customFieldList last; the subsets here keep that order,
 * and a client selects a column by sending its element empty.
 */
import type { ComplexTypeDef, SchemaDef } from '../model';
import { searchColumns, searchFields } from './notation';

const basic = (name: string, spec: string): ComplexTypeDef => ({
  name,
  base: 'core:SearchRecordBasic',
  elements: searchFields(`${spec}, customFieldList:SearchCustomFieldList`),
});
const rowBasic = (name: string, spec: string): ComplexTypeDef => ({
  name,
  base: 'core:SearchRowBasic',
  elements: [...searchColumns(spec), { name: 'customFieldList', type: 'core:SearchColumnCustomFieldList' }],
});

// --- Transactions -----------------------------------------------------------------------------------------
const transactionSearchBasic = basic(
  'TransactionSearchBasic',
  `account:MS, amount:Dbl, amountPaid:Dbl, amountRemaining:Dbl, appliedToTransaction:MS, applyingTransaction:MS,
   class:MS, createdFrom:MS, currency:MS, dateCreated:Date, daysOverdue:Long, department:MS, dueDate:Date,
   entity:MS, externalId:MS, externalIdString:Str, internalId:MS, internalIdNumber:Long, item:MS,
   lastModifiedDate:Date, location:MS, mainLine:Bool, memo:Str, number:Long, otherRefNum:TextNum, postingPeriod:Ref,
   postingPeriodRelative:commonTyp:PostingPeriodDate, salesOrder:MS, salesRep:MS, shipDate:Date, status:EnumMS,
   subsidiary:MS, terms:MS, totalAmount:Dbl, tranDate:Date, tranId:Str, type:EnumMS, voided:Bool`,
);

const transactionSearchRowBasic = rowBasic(
  'TransactionSearchRowBasic',
  `amount:ColDbl, amountPaid:ColDbl, amountRemaining:ColDbl, class:ColSel, createdFrom:ColSel, currency:ColSel,
   dateCreated:ColDate, department:ColSel, dueDate:ColDate, entity:ColSel, externalId:ColSel, internalId:ColSel,
   item:ColSel, lastModifiedDate:ColDate, line:ColLong, location:ColSel, mainLine:ColBool, memo:ColStr,
   otherRefNum:ColTextNum, quantity:ColDbl, rate:ColDbl, status:ColEnum, subsidiary:ColSel, taxTotal:ColDbl,
   terms:ColSel, total:ColDbl, tranDate:ColDate, tranId:ColStr, type:ColEnum`,
);

// --- Customers and contacts -------------------------------------------------------------------------------
const customerSearchBasic = basic(
  'CustomerSearchBasic',
  `balance:Dbl, companyName:Str, currency:MS, dateCreated:Date, email:Str, entityId:Str, entityStatus:MS,
   externalId:MS, externalIdString:Str, firstName:Str, internalId:MS, internalIdNumber:Long, isInactive:Bool,
   isPerson:Bool, lastModifiedDate:Date, lastName:Str, parent:MS, phone:Str, salesRep:MS, stage:EnumMS,
   subsidiary:MS, terms:MS`,
);

const customerSearchRowBasic = rowBasic(
  'CustomerSearchRowBasic',
  `balance:ColDbl, companyName:ColStr, currency:ColSel, dateCreated:ColDate, email:ColStr, entityId:ColStr,
   externalId:ColSel, firstName:ColStr, internalId:ColSel, isInactive:ColBool, isPerson:ColBool,
   lastModifiedDate:ColDate, lastName:ColStr, phone:ColStr, stage:ColEnum, subsidiary:ColSel, terms:ColSel`,
);

const contactSearchBasic = basic(
  'ContactSearchBasic',
  `company:MS, email:Str, entityId:Str, externalId:MS, firstName:Str, internalId:MS, lastModifiedDate:Date,
   lastName:Str`,
);

// --- Items ------------------------------------------------------------------------------------------------
const itemSearchBasic = basic(
  'ItemSearchBasic',
  `displayName:Str, externalId:MS, externalIdString:Str, internalId:MS, internalIdNumber:Long, isInactive:Bool,
   itemId:Str, lastModifiedDate:Date, type:EnumMS`,
);

const itemSearchRowBasic = rowBasic(
  'ItemSearchRowBasic',
  `displayName:ColStr, externalId:ColSel, internalId:ColSel, isInactive:ColBool, itemId:ColStr,
   lastModifiedDate:ColDate, salesDescription:ColStr, type:ColEnum`,
);

/** Merged with common.ts into the one platformCommon SchemaDef (defs/index.ts). */
export const part: SchemaDef = {
  ns: 'common',
  complexTypes: [
    transactionSearchBasic,
    transactionSearchRowBasic,
    customerSearchBasic,
    customerSearchRowBasic,
    contactSearchBasic,
    itemSearchBasic,
    itemSearchRowBasic,
  ],
};
