/**
 * tranSalesTyp: sales transaction enumerations. SalesOrderOrderStatus keeps NetSuite's value order (facts
 * sheet §6.1). TransactionType and TransactionStatus are declared but referenced by no element — a search's
 * `type`/`status` searchValue is a free string — so they are here for clients that want the constants.
 */
import type { SchemaDef } from '../model';
import { words } from './notation';

export const schema: SchemaDef = {
  ns: 'salesTyp',
  complexTypes: [],
  enums: [
    {
      name: 'SalesOrderOrderStatus',
      values:
        words(`_pendingApproval _pendingFulfillment _cancelled _partiallyFulfilled _pendingBillingPartFulfilled
        _pendingBilling _fullyBilled _closed _undefined`),
    },
    { name: 'SalesOrderItemCommitInventory', values: words('_availableQty _completeQty _doNotCommit') },
    { name: 'ItemFulfillmentShipStatus', values: words('_packed _picked _shipped') },
    {
      // The sales-side values only (NetSuite's list adds purchasing, inventory and payroll types).
      name: 'TransactionType',
      open: true,
      values: words(`_cashRefund _cashSale _creditMemo _custom _customSale _customerDeposit _customerPayment
        _customerRefund _depositApplication _estimate _invoice _itemFulfillment _journal _opportunity
        _returnAuthorization _salesOrder`),
    },
    {
      name: 'TransactionStatus',
      open: true,
      values: words(`
        _cashSaleDeposited _cashSaleNotDeposited
        _creditMemoFullyApplied _creditMemoOpen _creditMemoVoided
        _estimateClosed _estimateExpired _estimateOpen _estimateProcessed _estimateVoided
        _invoiceOpen _invoicePaidInFull _invoicePendingApproval _invoiceRejected _invoiceVoided
        _itemFulfillmentPacked _itemFulfillmentPicked _itemFulfillmentShipped
        _paymentDeposited _paymentNotDeposited
        _salesOrderBilled _salesOrderCancelled _salesOrderClosed _salesOrderPartiallyFulfilled
        _salesOrderPendingApproval _salesOrderPendingBilling _salesOrderPendingBillingPartiallyFulfilled
        _salesOrderPendingFulfillment
      `),
    },
  ],
};
