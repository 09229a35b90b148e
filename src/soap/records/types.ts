/**
 * Which wire type carries which record type: `xsi:type="tranSales:Invoice"` is the domain's `invoice`.
 * The record types a RecordRef's `type` attribute names are the domain's own (NetSuite's RecordType values).
 */
import type { RecordType } from '../../domain/records/types';

export const WIRE_TYPE: Readonly<Record<RecordType, string>> = {
  invoice: 'Invoice',
  salesOrder: 'SalesOrder',
  estimate: 'Estimate',
  itemFulfillment: 'ItemFulfillment',
  customer: 'Customer',
  contact: 'Contact',
  inventoryItem: 'InventoryItem',
  serviceSaleItem: 'ServiceSaleItem',
  nonInventorySaleItem: 'NonInventorySaleItem',
  discountItem: 'DiscountItem',
  salesTaxItem: 'SalesTaxItem',
  term: 'Term',
  currency: 'Currency',
  subsidiary: 'Subsidiary',
  location: 'Location',
  department: 'Department',
  classification: 'Classification',
};

const BY_WIRE_TYPE = new Map(Object.entries(WIRE_TYPE).map(([k, v]) => [v, k as RecordType]));

export function recordTypeOfWire(wireType: string): RecordType | undefined {
  return BY_WIRE_TYPE.get(wireType);
}
