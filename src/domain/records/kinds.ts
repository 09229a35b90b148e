/**
 * What Billwire knows about each record type it hosts: where it is stored, which of its fields point to
 * other records (validated on write, named on read), which fields Billwire computes (read-only on input),
 * and which fields a client must send.
 */
import type { RecordType } from './types';

export const ITEM_TYPES = [
  'inventoryItem',
  'serviceSaleItem',
  'nonInventorySaleItem',
  'discountItem',
  'salesTaxItem',
] as const satisfies readonly RecordType[];

export interface KindSpec {
  readonly type: RecordType;
  readonly store: 'txn' | 'list';
  /** externalId uniqueness group; items share one. */
  readonly family: string;
  /** Human label, as NetSuite shows it ("Sales Order"). */
  readonly label: string;
  /** Body reference fields and the record types each may point to. */
  readonly refs: Readonly<Record<string, readonly RecordType[]>>;
  readonly lineRefs: Readonly<Record<string, readonly RecordType[]>>;
  readonly readOnly: ReadonlySet<string>;
  readonly lineReadOnly: ReadonlySet<string>;
  /** Each entry: at least one of the listed fields is required. */
  readonly required: readonly (readonly string[])[];
}

const COMMON_READ_ONLY = ['createdDate', 'lastModifiedDate'];
const SEGMENTS = { department: ['department'], class: ['classification'], location: ['location'] } as const;
const LINE_REFS = { item: ITEM_TYPES, ...SEGMENTS, taxCode: ['salesTaxItem'] } as const;

function txn(type: RecordType, label: string, spec: Partial<KindSpec>): KindSpec {
  return {
    type,
    store: 'txn',
    family: type,
    label,
    refs: {},
    lineRefs: LINE_REFS,
    readOnly: new Set(COMMON_READ_ONLY),
    lineReadOnly: new Set(),
    required: [],
    ...spec,
  };
}

function list(type: RecordType, label: string, spec: Partial<KindSpec> = {}): KindSpec {
  return {
    type,
    store: 'list',
    family: type,
    label,
    refs: {},
    lineRefs: {},
    readOnly: new Set(COMMON_READ_ONLY),
    lineReadOnly: new Set(),
    required: [['name']],
    ...spec,
  };
}

const SALES_BODY_REFS = {
  entity: ['customer'],
  terms: ['term'],
  currency: ['currency'],
  subsidiary: ['subsidiary'],
  discountItem: ['discountItem'],
  taxItem: ['salesTaxItem'],
  ...SEGMENTS,
} as const;

const TOTALS = ['subTotal', 'discountTotal', 'taxTotal', 'tax2Total', 'total'];

const item = (type: RecordType, label: string): KindSpec =>
  list(type, label, {
    family: 'item',
    refs: SEGMENTS,
    readOnly: new Set([
      ...COMMON_READ_ONLY,
      'quantityAvailable',
      'quantityOnHand',
      'quantityCommitted',
      'quantityBackOrdered',
      'averageCost',
    ]),
    required: [['itemId']],
  });

export const KINDS: Readonly<Record<RecordType, KindSpec>> = {
  invoice: txn('invoice', 'Invoice', {
    refs: { ...SALES_BODY_REFS, createdFrom: ['salesOrder', 'estimate'] },
    readOnly: new Set([
      ...COMMON_READ_ONLY,
      ...TOTALS,
      'amountPaid',
      'amountRemaining',
      'balance',
      'status',
      'currencyName',
    ]),
    lineReadOnly: new Set([
      'quantityOrdered',
      'quantityRemaining',
      'quantityFulfilled',
      'amountOrdered',
      'quantityOnHand',
      'quantityAvailable',
      'tax1Amt',
      'grossAmt',
      'taxAmount',
    ]),
    required: [['entity']],
  }),
  salesOrder: txn('salesOrder', 'Sales Order', {
    refs: { ...SALES_BODY_REFS, createdFrom: ['estimate'] },
    readOnly: new Set([...COMMON_READ_ONLY, ...TOTALS, 'status']),
    lineReadOnly: new Set([
      'quantityBilled',
      'quantityFulfilled',
      'quantityBackOrdered',
      'quantityCommitted',
      'quantityPacked',
      'quantityPicked',
      'tax1Amt',
      'grossAmt',
      'taxAmount',
    ]),
    required: [['entity']],
  }),
  estimate: txn('estimate', 'Estimate', {
    refs: SALES_BODY_REFS,
    readOnly: new Set([...COMMON_READ_ONLY, ...TOTALS, 'status']),
    lineReadOnly: new Set(['tax1Amt', 'grossAmt']),
    required: [['entity']],
  }),
  itemFulfillment: txn('itemFulfillment', 'Item Fulfillment', {
    refs: { entity: ['customer'], createdFrom: ['salesOrder'] },
    lineRefs: { item: ITEM_TYPES, ...SEGMENTS },
    lineReadOnly: new Set(['quantityRemaining', 'itemName', 'itemType']),
    required: [['createdFrom']],
  }),
  customer: list('customer', 'Customer', {
    refs: {
      terms: ['term'],
      currency: ['currency'],
      subsidiary: ['subsidiary'],
      parent: ['customer'],
      taxItem: ['salesTaxItem'],
    },
    readOnly: new Set([
      'dateCreated',
      'lastModifiedDate',
      'balance',
      'overdueBalance',
      'daysOverdue',
      'unbilledOrders',
      'depositBalance',
    ]),
    required: [['companyName', 'firstName', 'lastName', 'entityId']],
  }),
  contact: list('contact', 'Contact', {
    refs: { company: ['customer'] },
    readOnly: new Set(['dateCreated', 'lastModifiedDate']),
    required: [['entityId', 'firstName', 'lastName']],
  }),
  inventoryItem: item('inventoryItem', 'Inventory Item'),
  serviceSaleItem: item('serviceSaleItem', 'Service Item'),
  nonInventorySaleItem: item('nonInventorySaleItem', 'Non-inventory Item'),
  discountItem: item('discountItem', 'Discount Item'),
  salesTaxItem: item('salesTaxItem', 'Sales Tax Item'),
  term: list('term', 'Term'),
  currency: list('currency', 'Currency', { required: [['name'], ['symbol']] }),
  subsidiary: list('subsidiary', 'Subsidiary', { refs: { parent: ['subsidiary'], currency: ['currency'] } }),
  location: list('location', 'Location', { refs: { parent: ['location'] } }),
  department: list('department', 'Department', { refs: { parent: ['department'] } }),
  classification: list('classification', 'Class', { refs: { parent: ['classification'] } }),
};

export function kindOf(type: RecordType): KindSpec {
  return KINDS[type];
}

export function isHostedType(type: string): type is RecordType {
  return Object.prototype.hasOwnProperty.call(KINDS, type);
}
