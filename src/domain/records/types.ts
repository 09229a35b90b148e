/**
 * The domain's view of a NetSuite record: body fields by their NetSuite names, custom fields, and for
 * transactions the item lines. Field values are plain data: strings (decimal text for amounts, YYYY-MM-DD
 * for dates), numbers, booleans, references, and opaque structures (addresses, other sublists) that the
 * domain stores and returns as sent.
 */
export type RecordType =
  | 'invoice'
  | 'salesOrder'
  | 'estimate'
  | 'itemFulfillment'
  | 'customer'
  | 'contact'
  | 'inventoryItem'
  | 'serviceSaleItem'
  | 'nonInventorySaleItem'
  | 'discountItem'
  | 'salesTaxItem'
  | 'term'
  | 'currency'
  | 'subsidiary'
  | 'location'
  | 'department'
  | 'classification';

export type Fields = Record<string, unknown>;

/** A reference to another record, by internal or external id. Reads add the target's name. */
export interface Ref {
  internalId?: string;
  externalId?: string;
  type?: string;
  name?: string;
}

export type CustomFieldKind = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'select' | 'multiSelect';

/** A select value: a list entry or record, by id. */
export interface ListValue {
  internalId?: string;
  externalId?: string;
  typeId?: string;
  name?: string;
}

export interface CustomField {
  kind: CustomFieldKind;
  scriptId?: string;
  internalId?: string;
  value: string | number | boolean | ListValue | ListValue[];
}

export interface LineInput {
  fields: Fields;
  customFields?: CustomField[];
}

export interface ItemListInput {
  /** NetSuite's default is true: the sent lines replace the record's lines. */
  replaceAll: boolean;
  lines: LineInput[];
}

/** A record as a client sent it (add, update, upsert). */
export interface RecordInput {
  type: RecordType;
  internalId?: string;
  externalId?: string;
  fields: Fields;
  customFields?: CustomField[];
  /** nullFieldList: body fields (or custom field script ids) to clear. */
  nullFields?: string[];
  itemList?: ItemListInput;
}

export interface Line {
  line: number;
  fields: Fields;
  customFields: CustomField[];
}

/** A record as stored and read back. */
export interface StoredRecord {
  type: RecordType;
  internalId: string;
  externalId?: string;
  fields: Fields;
  customFields: CustomField[];
  /** The item lines, for transactions. */
  lines?: Line[];
  /** Internal status key of a transaction ("open", "paidInFull", "pendingBilling"…). */
  status?: string;
  /** Display name of a list record (RecordRef names on reads). */
  name?: string;
  createdAt: number;
  modifiedAt: number;
}

/** A record about to be inserted: everything but the id the store assigns. */
export type NewRecord = Omit<StoredRecord, 'internalId'>;

export interface RecordKey {
  type: RecordType;
  internalId?: string;
  externalId?: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: import('../errors').RecordError };

export function isRef(v: unknown): v is Ref {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && ('internalId' in v || 'externalId' in v);
}

export function refOf(fields: Fields, name: string): Ref | undefined {
  const v = fields[name];
  return isRef(v) ? v : undefined;
}

export function stringOf(fields: Fields, name: string): string | undefined {
  const v = fields[name];
  return typeof v === 'string' ? v : undefined;
}
