/**
 * platformCoreTyp: the platform enumerations (record types, initialize types, search operators, relative
 * dates, async job states). Values are plain lowerCamel, no leading underscore (facts sheet §4.1, §7.2).
 * NetSuite's lists are longer; the values here are the ones the facts name plus ones known for certain, so a
 * client never sees a value NetSuite would not send.
 */
import type { EnumTypeDef, SchemaDef } from '../model';
import { words } from './notation';

const RECORD_TYPES = words(`
  account accountingPeriod assemblyBuild assemblyItem assemblyUnbuild billingSchedule binWorksheet calendarEvent
  cashRefund cashSale classification contact creditMemo currency customPurchase customRecord customSale customer
  customerDeposit customerPayment customerRefund customerStatus department depositApplication descriptionItem
  discountItem employee estimate file folder interCompanyTransferOrder inventoryItem inventoryTransfer invoice
  itemFulfillment itemGroup itemReceipt job kitItem leadSource location lotNumberedAssemblyItem
  lotNumberedInventoryItem message nonInventoryPurchaseItem nonInventoryResaleItem nonInventorySaleItem note
  opportunity otherChargePurchaseItem otherChargeResaleItem otherChargeSaleItem partner paymentMethod phoneCall
  priceLevel promotionCode purchaseOrder purchaseRequisition returnAuthorization revRecSchedule salesOrder salesRole
  salesTaxItem serializedAssemblyItem serializedInventoryItem servicePurchaseItem serviceResaleItem serviceSaleItem
  subsidiary subtotalItem task taxGroup term transferOrder unitsType vendor vendorBill vendorCredit vendorPayment
  vendorReturnAuthorization workOrder workOrderClose workOrderCompletion workOrderIssue
`);

const INITIALIZE_TYPES = words(`
  assemblyBuild assemblyUnbuild binWorksheet cashRefund cashSale creditMemo customerPayment customerRefund
  customPurchase customSale depositApplication estimate invoice itemFulfillment itemReceipt inventoryTransfer
  purchaseOrder returnAuthorization salesOrder vendorBill vendorCredit vendorReturnAuthorization vendorPayment
  workOrder workOrderIssue workOrderCompletion workOrderClose
`);

const INITIALIZE_REF_TYPES = words(`
  assemblyItem assemblyBuild cashSale creditMemo customer customerDeposit customPurchase customSale employee
  estimate interCompanyTransferOrder invoice location lotNumberedAssemblyItem opportunity purchaseOrder
  purchaseRequisition returnAuthorization salesOrder serializedAssemblyItem transferOrder vendor vendorBill
  vendorReturnAuthorization workOrder
`);

const SEARCH_RECORD_TYPES = words(`
  account accountingPeriod accountingTransaction billingSchedule budget calendarEvent campaign classification
  contact currencyRate customer customerStatus customRecord department employee file folder item job location
  message nexus note opportunity partner paymentMethod phoneCall priceLevel promotionCode revRecSchedule salesRole
  salesTaxItem subsidiary supportCase task taxGroup term timeBill transaction unitsType vendor
`);

const DELETED_RECORD_TYPES = words(`
  assemblyItem cashRefund cashSale classification contact creditMemo currency customer customerDeposit
  customerPayment customerRefund department descriptionItem discountItem employee estimate file folder
  inventoryItem invoice itemFulfillment itemGroup kitItem location nonInventoryPurchaseItem nonInventoryResaleItem
  nonInventorySaleItem opportunity otherChargePurchaseItem otherChargeResaleItem otherChargeSaleItem partner
  purchaseOrder returnAuthorization salesOrder salesTaxItem serviceSaleItem servicePurchaseItem serviceResaleItem
  subsidiary subtotalItem term vendor vendorBill
`);

const SEARCH_DATES = words(`
  fiveDaysAgo fiveDaysFromNow fourDaysAgo fourDaysFromNow lastBusinessWeek lastFiscalQuarter
  lastFiscalQuarterToDate lastFiscalYear lastFiscalYearToDate lastMonth lastMonthToDate lastRollingYear lastWeek
  lastWeekToDate nextBusinessWeek nextFiscalQuarter nextFiscalYear nextMonth nextOneMonth nextOneWeek nextWeek
  ninetyDaysAgo ninetyDaysFromNow previousOneDay previousOneMonth previousOneQuarter previousOneWeek
  previousOneYear sixtyDaysAgo sixtyDaysFromNow startOfLastMonth startOfLastWeek startOfThisMonth startOfThisWeek
  startOfThisYear tenDaysAgo tenDaysFromNow thirtyDaysAgo thirtyDaysFromNow thisBusinessWeek thisFiscalQuarter
  thisFiscalQuarterToDate thisFiscalYear thisFiscalYearToDate thisMonth thisMonthToDate thisRollingYear thisWeek
  thisWeekToDate thisYear threeDaysAgo threeDaysFromNow today tomorrow twoDaysAgo twoDaysFromNow yesterday
`);

const NUMBER_OPERATORS = words(`
  between empty equalTo greaterThan greaterThanOrEqualTo lessThan lessThanOrEqualTo notBetween notEmpty
  notEqualTo notGreaterThan notGreaterThanOrEqualTo notLessThan notLessThanOrEqualTo
`);

const enums: EnumTypeDef[] = [
  // --- Record identification
  { name: 'RecordType', open: true, values: RECORD_TYPES },
  { name: 'SearchRecordType', open: true, values: SEARCH_RECORD_TYPES },
  { name: 'DeletedRecordType', open: true, values: DELETED_RECORD_TYPES },
  // --- initialize / initializeList
  { name: 'InitializeType', values: INITIALIZE_TYPES },
  { name: 'InitializeRefType', values: INITIALIZE_REF_TYPES },
  {
    name: 'InitializeAuxRefType',
    values: words('shippingGroup arAccount apAccount itemFulfillment tranType'),
  },
  // --- Search operators and relative dates
  {
    name: 'SearchStringFieldOperator',
    values: words('contains doesNotContain doesNotStartWith empty hasKeywords is isNot notEmpty startsWith'),
  },
  { name: 'SearchLongFieldOperator', values: NUMBER_OPERATORS },
  { name: 'SearchDoubleFieldOperator', values: NUMBER_OPERATORS },
  { name: 'SearchTextNumberFieldOperator', values: NUMBER_OPERATORS },
  {
    name: 'SearchDateFieldOperator',
    values:
      words(`after before empty notAfter notBefore notEmpty notOn notOnOrAfter notOnOrBefore notWithin on
      onOrAfter onOrBefore within`),
  },
  { name: 'SearchMultiSelectFieldOperator', values: words('anyOf noneOf') },
  { name: 'SearchEnumMultiSelectFieldOperator', values: words('anyOf noneOf') },
  { name: 'SearchDate', open: true, values: SEARCH_DATES },
  // --- getSelectValue, async jobs, token passport
  { name: 'GetSelectValueFilterOperator', values: words('contains is startsWith') },
  { name: 'AsyncStatusType', values: words('failed finishedWithErrors pending processing finished retry') },
  // Declared by NetSuite but referenced by nothing: the passport's `algorithm` attribute is a free string.
  { name: 'SignatureAlgorithm', values: words('HMAC_SHA256 HMAC_SHA1') },
];

export const schema: SchemaDef = { ns: 'coreTyp', complexTypes: [], enums };
