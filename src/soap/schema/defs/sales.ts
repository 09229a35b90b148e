/**
 * tranSales (records): Invoice — the record Billwire exists for — with every field and sublist NetSuite 2023_2
 * declares, in NetSuite's sequence (facts sheet §5, §5.1, §5.2); the SalesOrder billing subset (§6.1); and
 * small Estimate and ItemFulfillment shapes Billwire hosts as invoice sources. Search types are in
 * sales-search.ts. Sublist items of platformCommon list types (gift certificates, promotions, tax details, ...)
 * are declared in common.ts and keep that namespace.
 */
import { fields, type ComplexTypeDef, type SchemaDef } from '../model';
import { list, RECORD_KEYS } from './notation';

const f = (spec: string) => fields(spec, 'sales');
const record = (name: string, spec: string): ComplexTypeDef => ({
  name,
  base: 'core:Record',
  elements: f(spec),
  attributes: [...RECORD_KEYS],
});

// --- Invoice: all 146 body fields, in order ----------------------------------------------------------------
const invoice = record(
  'Invoice',
  `
    createdDate:dt, lastModifiedDate:dt, nexus:Ref, subsidiaryTaxRegNum:Ref, taxRegOverride:bool,
    taxDetailsOverride:bool, customForm:Ref, nextApprover:Ref, entity:Ref, billingAccount:Ref,
    recurringBill:bool, tranDate:dt, tranId:str, entityTaxRegNum:Ref, taxPointDate:dt, source:str,
    createdFrom:Ref, postingPeriod:Ref, opportunity:Ref, department:Ref, class:Ref, terms:Ref, location:Ref,
    subsidiary:Ref, currency:Ref, dueDate:dt, discountDate:dt, discountAmount:dbl, salesRep:Ref,
    contribPct:str, partner:Ref, leadSource:Ref, startDate:dt, endDate:dt, otherRefNum:str, memo:str,
    salesEffectiveDate:dt, excludeCommission:bool, totalCostEstimate:dbl, estGrossProfit:dbl,
    estGrossProfitPercent:dbl, revRecSchedule:Ref, revRecStartDate:dt, revRecEndDate:dt, amountPaid:dbl,
    amountRemaining:dbl, balance:dbl, account:Ref, onCreditHold:str, exchangeRate:dbl, currencyName:str,
    promoCode:Ref, discountItem:Ref, discountRate:str, isTaxable:bool, taxItem:Ref, taxRate:dbl,
    toBePrinted:bool, toBeEmailed:bool, toBeFaxed:bool, fax:str, messageSel:Ref, message:str,
    billingAddress:Address, billAddressList:Ref, shippingAddress:Address, shipIsResidential:bool,
    shipAddressList:Ref, fob:str, shipDate:dt, shipMethod:Ref, shippingCost:dbl, shippingTax1Rate:dbl,
    shippingTax2Rate:str, shippingTaxCode:Ref, handlingTaxCode:Ref, handlingTax1Rate:dbl, handlingCost:dbl,
    handlingTax2Rate:str, trackingNumbers:str, linkedTrackingNumbers:str, salesGroup:Ref, subTotal:dbl,
    canHaveStackable:bool, revenueStatus:commonTyp:RevenueStatus, recognizedRevenue:dbl, deferredRevenue:dbl,
    revRecOnRevCommitment:bool, syncSalesTeams:bool, discountTotal:dbl, taxTotal:dbl, altShippingCost:dbl,
    altHandlingCost:dbl, total:dbl, status:str, job:Ref, billingSchedule:Ref, email:str, tax2Total:dbl,
    vatRegNum:str, expCostDiscount:Ref, itemCostDiscount:Ref, timeDiscount:Ref, expCostDiscRate:str,
    itemCostDiscRate:str, timeDiscRate:str, expCostDiscAmount:dbl, expCostTaxRate1:dbl, expCostTaxRate2:dbl,
    itemCostDiscAmount:dbl, expCostTaxCode:Ref, expCostDiscTax1Amt:dbl, itemCostTaxRate1:dbl,
    timeDiscAmount:dbl, itemCostTaxCode:Ref, expCostDiscTaxable:bool, itemCostDiscTaxable:bool,
    itemCostTaxRate2:dbl, itemCostDiscTax1Amt:dbl, itemCostDiscPrint:bool, timeDiscTaxable:bool,
    timeTaxRate1:dbl, expCostDiscPrint:bool, timeTaxCode:Ref, timeDiscPrint:bool, giftCertApplied:dbl,
    timeDiscTax1Amt:dbl, tranIsVsoeBundle:bool, timeTaxRate2:dbl, vsoeAutoCalc:bool, syncPartnerTeams:bool,
    salesTeamList:InvoiceSalesTeamList, partnersList:InvoicePartnersList, itemList:InvoiceItemList,
    itemCostList:InvoiceItemCostList, giftCertRedemptionList:common:GiftCertRedemptionList,
    promotionsList:common:PromotionsList, expCostList:InvoiceExpCostList, timeList:InvoiceTimeList,
    shipGroupList:InvoiceShipGroupList, approvalStatus:Ref,
    accountingBookDetailList:common:AccountingBookDetailList, taxDetailsList:common:TaxDetailsList,
    installmentList:common:InstallmentList, overrideInstallments:bool, customFieldList:CustomFieldList
  `,
);

// --- Invoice item sublist: all 63 line fields, in order ------------------------------------------------------
const invoiceItems: ComplexTypeDef[] = [
  list('sales', 'InvoiceItemList', 'item', 'InvoiceItem'),
  {
    name: 'InvoiceItem',
    elements: f(`
    job:Ref, item:Ref, line:long, description:str, amount:dbl, isTaxable:bool, options:CustomFieldList,
    subscriptionLine:Ref, deferRevRec:bool, quantity:dbl, currentPercent:dbl, units:Ref,
    inventoryDetail:common:InventoryDetail, serialNumbers:str, binNumbers:str, price:Ref, rate:str,
    percentComplete:dbl, quantityOnHand:dbl, quantityAvailable:dbl, quantityOrdered:dbl, quantityRemaining:dbl,
    quantityFulfilled:dbl, amountOrdered:dbl, department:Ref, orderLine:long, licenseCode:str, class:Ref,
    location:Ref, revRecSchedule:Ref, revRecStartDate:dt, revRecEndDate:dt, grossAmt:dbl,
    costEstimateType:commonTyp:ItemCostEstimateType, costEstimate:dbl, taxDetailsReference:str,
    excludeFromRateRequest:bool, catchUpPeriod:Ref, tax1Amt:dbl, taxCode:Ref, taxRate1:dbl, taxRate2:dbl,
    giftCertFrom:str, giftCertRecipientName:str, giftCertRecipientEmail:str, giftCertMessage:str,
    taxAmount:dbl, giftCertNumber:str, shipGroup:long, itemIsFulfilled:bool, shipAddress:Ref, shipMethod:Ref,
    vsoeSopGroup:commonTyp:VsoeSopGroup, vsoeIsEstimate:bool, vsoePrice:dbl, vsoeAmount:dbl,
    vsoeAllocation:dbl, vsoeDeferral:commonTyp:VsoeDeferral, vsoePermitDiscount:commonTyp:VsoePermitDiscount,
    vsoeDelivered:bool, chargeType:Ref, chargesList:RefList, customFieldList:CustomFieldList
    `),
  },
];

// --- Invoice's other sublists ------------------------------------------------------------------------------
// The billable-cost lines (itemCost / expCost / time): the facts sheet gives their fields, not their order;
// the order below is Billwire's own (shared fields first, as on the other sublists).
const costTail = `amount:dbl, taxAmount:dbl, grossAmt:dbl, tax1Amt:dbl, taxCode:Ref, taxRate1:dbl, taxRate2:dbl,
  revRecSchedule:Ref, revRecStartDate:dt, revRecEndDate:dt, taxDetailsReference:str`;
const costHead = 'apply:bool, doc:long, line:long, billedDate:dt';
const costDims = 'memo:str, department:str, class:str, location:str';

const invoiceSublists: ComplexTypeDef[] = [
  list('sales', 'InvoiceSalesTeamList', 'salesTeam', 'InvoiceSalesTeam'),
  { name: 'InvoiceSalesTeam', elements: f('employee:Ref, salesRole:Ref, isPrimary:bool, contribution:dbl') },
  list('sales', 'InvoicePartnersList', 'partners', 'common:Partners'),
  list('sales', 'InvoiceItemCostList', 'itemCost', 'InvoiceItemCost'),
  {
    name: 'InvoiceItemCost',
    elements:
      f(`${costHead}, itemDisp:str, ${costDims}, unitDisp:str, options:CustomFieldList, itemCostCount:str,
      quantity:str, serialNumbers:str, cost:dbl, ${costTail}`),
  },
  list('sales', 'InvoiceExpCostList', 'expCost', 'InvoiceExpCost'),
  {
    name: 'InvoiceExpCost',
    elements: f(`${costHead}, employeeDisp:str, categoryDisp:str, ${costDims}, originalAmount:dbl,
      taxableDisp:str, ${costTail}`),
  },
  list('sales', 'InvoiceTimeList', 'time', 'InvoiceTime'),
  {
    name: 'InvoiceTime',
    elements:
      f(`${costHead}, employeeDisp:str, itemDisp:str, ${costDims}, quantity:str, rate:dbl, unitDisp:str,
      ${costTail}`),
  },
  list('sales', 'InvoiceShipGroupList', 'shipGroup', 'TransactionShipGroup'),
  {
    name: 'TransactionShipGroup',
    elements: f(`id:long, isFulfilled:bool, weight:dbl, sourceAddressRef:Ref, sourceAddress:str,
      destinationAddressRef:Ref, destinationAddress:str, shippingMethodRef:Ref, shippingMethod:str,
      isHandlingTaxable:bool, handlingTaxCode:Ref, handlingTaxRate:str, handlingTax2Rate:str, handlingRate:dbl,
      handlingTaxAmt:dbl, handlingTax2Amt:dbl, isShippingTaxable:bool, shippingTaxCode:Ref, shippingTaxRate:str,
      shippingTax2Rate:str, shippingRate:dbl, shippingTaxAmt:dbl, shippingTax2Amt:dbl`),
  },
];

// --- SalesOrder: the billing-relevant subset, in NetSuite's order ---------------------------------------------
const salesOrder: ComplexTypeDef[] = [
  record(
    'SalesOrder',
    `
    createdDate:dt, customForm:Ref, entity:Ref, job:Ref, currency:Ref, tranDate:dt, tranId:str,
    createdFrom:Ref, orderStatus:salesTyp:SalesOrderOrderStatus, opportunity:Ref, salesRep:Ref, startDate:dt,
    endDate:dt, otherRefNum:str, memo:str, exchangeRate:dbl, discountItem:Ref, discountRate:str,
    isTaxable:bool, taxItem:Ref, taxRate:dbl, email:str, billingAddress:Address, shippingAddress:Address,
    shipDate:dt, shipMethod:Ref, shippingCost:dbl, subTotal:dbl, discountTotal:dbl, taxTotal:dbl, total:dbl,
    billingSchedule:Ref, class:Ref, department:Ref, subsidiary:Ref, lastModifiedDate:dt, location:Ref,
    status:str, terms:Ref, itemList:SalesOrderItemList, customFieldList:CustomFieldList
    `,
  ),
  list('sales', 'SalesOrderItemList', 'item', 'SalesOrderItem'),
  {
    name: 'SalesOrderItem',
    elements: f(`
    item:Ref, lineUniqueKey:long, quantity:dbl, units:Ref, description:str, price:Ref, rate:str, amount:dbl,
    isTaxable:bool, commitInventory:salesTyp:SalesOrderItemCommitInventory, options:CustomFieldList,
    department:Ref, class:Ref, location:Ref, revRecSchedule:Ref, revRecStartDate:dt, revRecEndDate:dt,
    isClosed:bool, billingSchedule:Ref, grossAmt:dbl, taxAmount:dbl, line:long, quantityBackOrdered:dbl,
    quantityBilled:dbl, quantityCommitted:dbl, quantityFulfilled:dbl, quantityPacked:dbl, quantityPicked:dbl,
    tax1Amt:dbl, taxCode:Ref, taxRate1:dbl, expectedShipDate:dt, customFieldList:CustomFieldList
    `),
  },
];

// --- Estimate (a Billwire subset modelled on SalesOrder; not from the facts sheet) ----------------------------
const estimate: ComplexTypeDef[] = [
  record(
    'Estimate',
    `createdDate:dt, lastModifiedDate:dt, customForm:Ref, entity:Ref, job:Ref, currency:Ref, tranDate:dt, tranId:str,
    createdFrom:Ref, entityStatus:Ref, probability:dbl, expectedCloseDate:dt, dueDate:dt, terms:Ref, otherRefNum:str,
    memo:str, discountItem:Ref, discountRate:str, isTaxable:bool, taxItem:Ref, taxRate:dbl, billingAddress:Address,
    shippingAddress:Address, shipMethod:Ref, shippingCost:dbl, subTotal:dbl, discountTotal:dbl, taxTotal:dbl,
    total:dbl, status:str, class:Ref, department:Ref, location:Ref, subsidiary:Ref, itemList:EstimateItemList,
    customFieldList:CustomFieldList`,
  ),
  list('sales', 'EstimateItemList', 'item', 'EstimateItem'),
  {
    name: 'EstimateItem',
    elements:
      f(`item:Ref, line:long, quantity:dbl, units:Ref, description:str, price:Ref, rate:str, amount:dbl,
      isTaxable:bool, options:CustomFieldList, department:Ref, class:Ref, location:Ref, taxCode:Ref, taxRate1:dbl,
      tax1Amt:dbl, grossAmt:dbl, customFieldList:CustomFieldList`),
  },
];

// --- ItemFulfillment (a minimal Billwire shape; not from the facts sheet) ------------------------------------
const itemFulfillment: ComplexTypeDef[] = [
  record(
    'ItemFulfillment',
    `createdDate:dt, lastModifiedDate:dt, customForm:Ref, postingPeriod:Ref, entity:Ref, createdFrom:Ref,
    shippingAddress:Address, shipStatus:salesTyp:ItemFulfillmentShipStatus, tranDate:dt, tranId:str, shipMethod:Ref,
    shippingCost:dbl, handlingCost:dbl, memo:str, itemList:ItemFulfillmentItemList, customFieldList:CustomFieldList`,
  ),
  list('sales', 'ItemFulfillmentItemList', 'item', 'ItemFulfillmentItem'),
  {
    name: 'ItemFulfillmentItem',
    elements:
      f(`itemReceive:bool, itemType:str, item:Ref, itemName:str, description:str, department:Ref, class:Ref,
      location:Ref, quantity:dbl, quantityRemaining:dbl, orderLine:long, options:CustomFieldList,
      customFieldList:CustomFieldList`),
  },
];

export const schema: SchemaDef = {
  ns: 'sales',
  complexTypes: [
    invoice,
    ...invoiceItems,
    ...invoiceSublists,
    ...salesOrder,
    ...estimate,
    ...itemFulfillment,
  ],
};
