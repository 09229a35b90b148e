/**
 * The enumerated values search filters take and columns return: transaction types (`_invoice`), transaction
 * statuses (`_invoiceOpen`, or NetSuite's internal codes such as `CustInvc:A`) and item types (`_service`),
 * mapped to the record types and internal status keys Billwire stores.
 *
 * A transaction status names its type too (`_invoiceOpen` is an open invoice, not an open sales order), so a
 * status filter is a choice of (type, status) pairs. Values NetSuite defines for record types Billwire does
 * not host are accepted and match nothing; values NetSuite does not define are refused.
 */
import type { RecordType } from '../records/types';

/** TransactionType values (tranSalesTyp; sales side) and NetSuite's internal type codes. */
const TRANSACTION_TYPES: Readonly<Record<string, RecordType | null>> = {
  _invoice: 'invoice',
  _salesOrder: 'salesOrder',
  _estimate: 'estimate',
  _itemFulfillment: 'itemFulfillment',
  CustInvc: 'invoice',
  SalesOrd: 'salesOrder',
  Estimate: 'estimate',
  ItemShip: 'itemFulfillment',
  _cashRefund: null,
  _cashSale: null,
  _creditMemo: null,
  _custom: null,
  _customSale: null,
  _customerDeposit: null,
  _customerPayment: null,
  _customerRefund: null,
  _depositApplication: null,
  _journal: null,
  _opportunity: null,
  _returnAuthorization: null,
};

/** The record type a type filter value names: null when valid but not hosted, undefined when unknown. */
export function transactionTypeOf(value: string): RecordType | null | undefined {
  return Object.prototype.hasOwnProperty.call(TRANSACTION_TYPES, value)
    ? TRANSACTION_TYPES[value]
    : undefined;
}

/** The `type` column value of a transaction: `_invoice`. */
export function transactionTypeValue(type: RecordType): string {
  return `_${type}`;
}

export interface StatusValue {
  readonly type: RecordType;
  /** Internal status key, as stored (see transactions/status.ts). */
  readonly status: string;
}

const status = (type: RecordType, key: string): StatusValue => ({ type, status: key });

/** TransactionStatus values with NetSuite's internal code for each (type prefix : status letter). */
const STATUSES: readonly [string, string, StatusValue][] = [
  ['_invoiceOpen', 'CustInvc:A', status('invoice', 'open')],
  ['_invoicePaidInFull', 'CustInvc:B', status('invoice', 'paidInFull')],
  ['_invoicePendingApproval', 'CustInvc:D', status('invoice', 'pendingApproval')],
  ['_invoiceRejected', 'CustInvc:E', status('invoice', 'rejected')],
  ['_invoiceVoided', 'CustInvc:V', status('invoice', 'voided')],
  ['_salesOrderPendingApproval', 'SalesOrd:A', status('salesOrder', 'pendingApproval')],
  ['_salesOrderPendingFulfillment', 'SalesOrd:B', status('salesOrder', 'pendingFulfillment')],
  ['_salesOrderCancelled', 'SalesOrd:C', status('salesOrder', 'cancelled')],
  ['_salesOrderPartiallyFulfilled', 'SalesOrd:D', status('salesOrder', 'partiallyFulfilled')],
  [
    '_salesOrderPendingBillingPartiallyFulfilled',
    'SalesOrd:E',
    status('salesOrder', 'pendingBillingPartFulfilled'),
  ],
  ['_salesOrderPendingBilling', 'SalesOrd:F', status('salesOrder', 'pendingBilling')],
  ['_salesOrderBilled', 'SalesOrd:G', status('salesOrder', 'fullyBilled')],
  ['_salesOrderClosed', 'SalesOrd:H', status('salesOrder', 'closed')],
  ['_estimateOpen', 'Estimate:A', status('estimate', 'open')],
  ['_estimateProcessed', 'Estimate:B', status('estimate', 'processed')],
  ['_estimateClosed', 'Estimate:C', status('estimate', 'closed')],
  ['_estimateExpired', 'Estimate:X', status('estimate', 'expired')],
  ['_estimateVoided', 'Estimate:V', status('estimate', 'voided')],
  ['_itemFulfillmentPicked', 'ItemShip:A', status('itemFulfillment', 'picked')],
  ['_itemFulfillmentPacked', 'ItemShip:B', status('itemFulfillment', 'packed')],
  ['_itemFulfillmentShipped', 'ItemShip:C', status('itemFulfillment', 'shipped')],
];

const STATUS_BY_VALUE = new Map<string, StatusValue>(
  STATUSES.flatMap(([value, code, s]) => [
    [value, s],
    [code, s],
  ]),
);

/** Status families NetSuite defines for types Billwire does not host: valid, matching nothing. */
const UNHOSTED_STATUS =
  /^_(cashSale|creditMemo|customerDeposit|customerRefund|opportunity|payment|returnAuthorization|cashRefund|journal)[A-Z]/;

/** The (type, status) a status filter value names: null when valid but not hosted, undefined when unknown. */
export function transactionStatusOf(value: string): StatusValue | null | undefined {
  const s = STATUS_BY_VALUE.get(value);
  if (s) return s;
  return UNHOSTED_STATUS.test(value) ? null : undefined;
}

/** ItemType values (listAcctTyp) and the item record type each names; null when Billwire hosts none. */
const ITEM_TYPES: Readonly<Record<string, RecordType | null>> = {
  _inventoryItem: 'inventoryItem',
  _service: 'serviceSaleItem',
  _nonInventoryItem: 'nonInventorySaleItem',
  _discount: 'discountItem',
  _assembly: null,
  _description: null,
  _downloadItem: null,
  _giftCertificateItem: null,
  _itemGroup: null,
  _kit: null,
  _markup: null,
  _otherCharge: null,
  _payment: null,
  _subtotal: null,
};

export function itemTypeOf(value: string): RecordType | null | undefined {
  return Object.prototype.hasOwnProperty.call(ITEM_TYPES, value) ? ITEM_TYPES[value] : undefined;
}

/** The ItemType value of an item record type (the `type` column); undefined for types ItemType lacks. */
export function itemTypeValue(type: RecordType): string | undefined {
  return Object.keys(ITEM_TYPES).find((k) => ITEM_TYPES[k] === type);
}

export const CUSTOMER_STAGES: readonly string[] = ['_customer', '_lead', '_prospect'];
