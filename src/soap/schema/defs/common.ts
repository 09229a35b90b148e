/**
 * platformCommon (record part): Address and the sublist types several records share — gift certificates,
 * promotions, partners, accounting books, tax details, installments, inventory detail, item pricing (facts
 * sheet §5, §5.2, §6.3). Their item elements and fields stay platformCommon even inside a tranSales record.
 * The `*SearchBasic` / `*SearchRowBasic` types of this namespace are in common-search.ts.
 */
import { fields, many, type ComplexTypeDef, type SchemaDef } from '../model';
import { list } from './notation';

const f = (spec: string) => fields(spec, 'common');

// --- Address (a Record: nullFieldList comes first) ----------------------------------------------------------
const address: ComplexTypeDef = {
  name: 'Address',
  base: 'core:Record',
  elements:
    f(`internalId:str, country:commonTyp:Country, attention:str, addressee:str, addrPhone:str, addr1:str,
    addr2:str, addr3:str, city:str, state:str, zip:str, addrText:str, override:bool, customFieldList:CustomFieldList`),
};

// --- Transaction sublists shared by Invoice, SalesOrder, ... -------------------------------------------------
const transactionLists: ComplexTypeDef[] = [
  list('common', 'GiftCertRedemptionList', 'giftCertRedemption', 'GiftCertRedemption'),
  {
    name: 'GiftCertRedemption',
    elements: f('authCode:Ref, authCodeApplied:dbl, authCodeAmtRemaining:dbl, giftCertAvailable:dbl'),
  },
  list('common', 'PromotionsList', 'promotions', 'Promotions'),
  { name: 'Promotions', elements: f('promoCode:Ref, couponCode:Ref') },
  { name: 'Partners', elements: f('partner:Ref, partnerRole:Ref, isPrimary:bool, contribution:dbl') },
  list('common', 'AccountingBookDetailList', 'accountingBookDetail', 'AccountingBookDetail'),
  { name: 'AccountingBookDetail', elements: f('accountingBook:Ref, currency:Ref, exchangeRate:dbl') },
  list('common', 'TaxDetailsList', 'taxDetails', 'TaxDetails'),
  {
    name: 'TaxDetails',
    elements:
      f(`taxDetailsReference:str, lineType:str, lineName:str, netAmount:dbl, grossAmount:dbl, taxType:Ref,
      taxCode:Ref, taxBasis:dbl, taxRate:dbl, taxAmount:dbl, calcDetail:str`),
  },
  list('common', 'InstallmentList', 'installment', 'Installment'),
  { name: 'Installment', elements: f('amount:dbl, dueDate:dt, amountDue:dbl, seqNum:long, status:str') },
  { name: 'InventoryDetail', base: 'core:Record', elements: f('customForm:Ref') },
];

// --- Item pricing -----------------------------------------------------------------------------------------
const pricing: ComplexTypeDef[] = [
  list('common', 'PricingMatrix', 'pricing', 'Pricing'),
  { name: 'Pricing', elements: f('currency:Ref, priceLevel:Ref, discount:dbl, priceList:PriceList') },
  { name: 'PriceList', elements: [many('price', 'common:Price')] },
  { name: 'Price', elements: f('value:dbl, quantity:dbl') },
];

export const schema: SchemaDef = { ns: 'common', complexTypes: [address, ...transactionLists, ...pricing] };
