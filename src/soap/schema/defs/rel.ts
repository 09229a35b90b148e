/**
 * listRel: Customer — the invoice's entity — with its address book and currency sublists (facts sheet §6.2
 * subset, in NetSuite's order), a small Contact, and the customer/contact search wrappers (basics in
 * platformCommon).
 */
import { attr, el, fields, type ComplexTypeDef, type SchemaDef } from '../model';
import { list, RECORD_KEYS } from './notation';

const f = (spec: string) => fields(spec, 'rel');

// --- Customer ----------------------------------------------------------------------------------------------
const customer: ComplexTypeDef[] = [
  {
    name: 'Customer',
    base: 'core:Record',
    elements: f(`
    customForm:Ref, entityId:str, altName:str, isPerson:bool, firstName:str, lastName:str, companyName:str,
    entityStatus:Ref, parent:Ref, phone:str, email:str, isInactive:bool, category:Ref, comments:str,
    dateCreated:dt, emailPreference:relTyp:EmailPreference, subsidiary:Ref, salesRep:Ref, accountNumber:str,
    terms:Ref, creditLimit:dbl, creditHoldOverride:relTyp:CustomerCreditHoldOverride, balance:dbl,
    overdueBalance:dbl, daysOverdue:long, unbilledOrders:dbl, priceLevel:Ref, currency:Ref, depositBalance:dbl,
    taxable:bool, taxItem:Ref, receivablesAccount:Ref, lastModifiedDate:dt, stage:relTyp:CustomerStage,
    addressbookList:CustomerAddressbookList, currencyList:CustomerCurrencyList, customFieldList:CustomFieldList
    `),
    attributes: [...RECORD_KEYS],
  },
  list('rel', 'CustomerAddressbookList', 'addressbook', 'CustomerAddressbook'),
  {
    name: 'CustomerAddressbook',
    elements:
      f(`defaultShipping:bool, defaultBilling:bool, isResidential:bool, label:str, addressbookAddress:Address,
      internalId:str`),
  },
  list('rel', 'CustomerCurrencyList', 'currency', 'CustomerCurrency'),
  {
    name: 'CustomerCurrency',
    elements: f(`currency:Ref, balance:dbl, consolBalance:dbl, depositBalance:dbl, consolDepositBalance:dbl,
      overdueBalance:dbl, consolOverdueBalance:dbl, unbilledOrders:dbl, consolUnbilledOrders:dbl,
      overrideCurrencyFormat:bool, displaySymbol:str, symbolPlacement:commonTyp:CurrencySymbolPlacement`),
  },
];

// --- Contact (a Billwire subset; not from the facts sheet) ---------------------------------------------------
const contact: ComplexTypeDef = {
  name: 'Contact',
  base: 'core:Record',
  elements:
    f(`customForm:Ref, entityId:str, company:Ref, salutation:str, firstName:str, middleName:str, lastName:str,
    title:str, phone:str, email:str, isInactive:bool, dateCreated:dt, lastModifiedDate:dt,
    customFieldList:CustomFieldList`),
  attributes: [...RECORD_KEYS],
};

// --- Search wrappers ---------------------------------------------------------------------------------------
const savedSearch = [attr('savedSearchId'), attr('savedSearchScriptId')];
const search: ComplexTypeDef[] = [
  {
    name: 'CustomerSearch',
    base: 'core:SearchRecord',
    elements: [el('basic', 'common:CustomerSearchBasic')],
  },
  {
    name: 'CustomerSearchAdvanced',
    base: 'core:SearchRecord',
    elements: [el('criteria', 'rel:CustomerSearch'), el('columns', 'rel:CustomerSearchRow')],
    attributes: savedSearch,
  },
  {
    name: 'CustomerSearchRow',
    base: 'core:SearchRow',
    elements: [el('basic', 'common:CustomerSearchRowBasic')],
  },
  { name: 'ContactSearch', base: 'core:SearchRecord', elements: [el('basic', 'common:ContactSearchBasic')] },
];

export const schema: SchemaDef = { ns: 'rel', complexTypes: [...customer, contact, ...search] };
