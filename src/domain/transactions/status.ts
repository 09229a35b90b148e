/** NetSuite's display text for each internal transaction status key. */
export const STATUS_TEXT: Readonly<Record<string, string>> = {
  open: 'Open',
  paidInFull: 'Paid In Full',
  pendingApproval: 'Pending Approval',
  pendingFulfillment: 'Pending Fulfillment',
  cancelled: 'Cancelled',
  partiallyFulfilled: 'Partially Fulfilled',
  pendingBillingPartFulfilled: 'Pending Billing/Partially Fulfilled',
  pendingBilling: 'Pending Billing',
  fullyBilled: 'Billed',
  closed: 'Closed',
  picked: 'Picked',
  packed: 'Packed',
  shipped: 'Shipped',
};

export function statusText(key: string): string {
  return STATUS_TEXT[key] ?? key;
}
