/**
 * tranSales (search part): TransactionSearch, TransactionSearchAdvanced and TransactionSearchRow (facts sheet
 * §7.1). Their basics live in platformCommon, the wrappers here. NetSuite declares 72 joins in alphabetical
 * order; this subset keeps the ones the facts sheet names, in the same order.
 */
import { attr, el, type ComplexTypeDef, type SchemaDef } from '../model';

const transactionSearch: ComplexTypeDef = {
  name: 'TransactionSearch',
  base: 'core:SearchRecord',
  elements: [
    el('basic', 'common:TransactionSearchBasic'),
    el('applyingTransactionJoin', 'common:TransactionSearchBasic'),
    el('createdFromJoin', 'common:TransactionSearchBasic'),
    el('customerJoin', 'common:CustomerSearchBasic'),
    el('itemJoin', 'common:ItemSearchBasic'),
    el('salesOrderJoin', 'common:TransactionSearchBasic'),
  ],
};

const transactionSearchAdvanced: ComplexTypeDef = {
  name: 'TransactionSearchAdvanced',
  base: 'core:SearchRecord',
  elements: [el('criteria', 'sales:TransactionSearch'), el('columns', 'sales:TransactionSearchRow')],
  attributes: [attr('savedSearchId'), attr('savedSearchScriptId')],
};

const transactionSearchRow: ComplexTypeDef = {
  name: 'TransactionSearchRow',
  base: 'core:SearchRow',
  elements: [
    el('basic', 'common:TransactionSearchRowBasic'),
    el('applyingTransactionJoin', 'common:TransactionSearchRowBasic'),
    el('createdFromJoin', 'common:TransactionSearchRowBasic'),
    el('customerJoin', 'common:CustomerSearchRowBasic'),
    el('itemJoin', 'common:ItemSearchRowBasic'),
    el('salesOrderJoin', 'common:TransactionSearchRowBasic'),
  ],
};

/** Merged with sales.ts into the one tranSales SchemaDef (defs/index.ts). */
export const part: SchemaDef = {
  ns: 'sales',
  complexTypes: [transactionSearch, transactionSearchAdvanced, transactionSearchRow],
};
