/**
 * listAcct: the lists an invoice points at — sale items (facts sheet §6.3 subsets, in NetSuite's order),
 * discount and sales-tax items, terms, currencies, subsidiaries and the location/department/class segments —
 * plus the item search wrappers. Items have no `name`: their name is `itemId`. Shapes not on the facts sheet
 * (discount/tax items, Term, Currency, Subsidiary, segments) are Billwire's own minimal subsets.
 */
import { attr, el, fields, type ComplexTypeDef, type SchemaDef } from '../model';
import { RECORD_KEYS } from './notation';

const f = (spec: string) => fields(spec, 'acct');
const record = (name: string, spec: string): ComplexTypeDef => ({
  name,
  base: 'core:Record',
  elements: f(spec),
  attributes: [...RECORD_KEYS],
});

// --- Sale items --------------------------------------------------------------------------------------------
const SALE_ITEM = `
    createdDate:dt, lastModifiedDate:dt, salesDescription:str, incomeAccount:Ref, isTaxable:bool,
    taxSchedule:Ref, unitsType:Ref, saleUnit:Ref, isFulfillable:bool, customForm:Ref, itemId:str, upcCode:str,
    displayName:str, parent:Ref, isInactive:bool, department:Ref, class:Ref, location:Ref,
    subsidiaryList:RefList, pricingMatrix:common:PricingMatrix, rate:dbl, salesTaxCode:Ref,
    customFieldList:CustomFieldList
`;

const items: ComplexTypeDef[] = [
  record(
    'InventoryItem',
    `
    createdDate:dt, lastModifiedDate:dt, cogsAccount:Ref, salesDescription:str, incomeAccount:Ref,
    taxSchedule:Ref, isTaxable:bool, assetAccount:Ref, unitsType:Ref, saleUnit:Ref, cost:dbl, averageCost:dbl,
    customForm:Ref, itemId:str, upcCode:str, displayName:str, parent:Ref, isInactive:bool, department:Ref,
    class:Ref, location:Ref, pricingMatrix:common:PricingMatrix, quantityBackOrdered:dbl,
    quantityCommitted:dbl, quantityAvailable:dbl, quantityOnHand:dbl, rate:dbl, salesTaxCode:Ref,
    subsidiaryList:RefList, customFieldList:CustomFieldList
    `,
  ),
  record('ServiceSaleItem', SALE_ITEM),
  record('NonInventorySaleItem', SALE_ITEM),
  record(
    'DiscountItem',
    `createdDate:dt, lastModifiedDate:dt, itemId:str, description:str, rate:str, isPreTax:bool, account:Ref,
    isInactive:bool, subsidiaryList:RefList, customFieldList:CustomFieldList`,
  ),
  record(
    'SalesTaxItem',
    `itemId:str, displayName:str, description:str, rate:str, taxAgency:Ref, isInactive:bool, subsidiaryList:RefList,
    customFieldList:CustomFieldList`,
  ),
];

// --- Terms, currencies, subsidiaries, segments ----------------------------------------------------------------
const lists: ComplexTypeDef[] = [
  record(
    'Term',
    `name:str, dateDriven:bool, daysUntilNetDue:long, discountPercent:dbl, daysUntilExpiry:long,
    dayOfMonthNetDue:long, dueNextMonthIfWithinDays:long, discountPercentDateDriven:dbl, dayDiscountExpires:long,
    preferred:bool, isInactive:bool`,
  ),
  record(
    'Currency',
    `name:str, symbol:str, isBaseCurrency:bool, isInactive:bool, overrideCurrencyFormat:bool, displaySymbol:str,
    exchangeRate:dbl, currencyPrecision:long`,
  ),
  record(
    'Subsidiary',
    `name:str, parent:Ref, isInactive:bool, legalName:str, country:commonTyp:Country, email:str, currency:Ref,
    customFieldList:CustomFieldList`,
  ),
  record(
    'Location',
    'name:str, parent:Ref, isInactive:bool, subsidiaryList:RefList, customFieldList:CustomFieldList',
  ),
  record(
    'Department',
    'name:str, parent:Ref, isInactive:bool, subsidiaryList:RefList, customFieldList:CustomFieldList',
  ),
  record(
    'Classification',
    'name:str, parent:Ref, isInactive:bool, subsidiaryList:RefList, customFieldList:CustomFieldList',
  ),
];

// --- Item search wrappers (basics in platformCommon) --------------------------------------------------------
const search: ComplexTypeDef[] = [
  { name: 'ItemSearch', base: 'core:SearchRecord', elements: [el('basic', 'common:ItemSearchBasic')] },
  {
    name: 'ItemSearchAdvanced',
    base: 'core:SearchRecord',
    elements: [el('criteria', 'acct:ItemSearch'), el('columns', 'acct:ItemSearchRow')],
    attributes: [attr('savedSearchId'), attr('savedSearchScriptId')],
  },
  { name: 'ItemSearchRow', base: 'core:SearchRow', elements: [el('basic', 'common:ItemSearchRowBasic')] },
];

export const schema: SchemaDef = { ns: 'acct', complexTypes: [...items, ...lists, ...search] };
