/**
 * A record on the wire <-> the domain's record.
 *
 * What changes on the way: xsi:type names the record type; date-only dateTime fields become calendar dates
 * (the date the client wrote) and go back out as midnight in the account's zone; RecordRefs lose their
 * wire type tag; customFieldList, nullFieldList and itemList become the domain's structures; createdDate
 * and lastModifiedDate come from the stored timestamps. Everything else (addresses, other sublists) is
 * carried through unchanged, so it is returned exactly as sent.
 */
import { dateOfLiteral, instantText, localDateText } from '../../domain/dates';
import { RecordError } from '../../domain/errors';
import { kindOf } from '../../domain/records/kinds';
import type {
  Fields,
  ItemListInput,
  Line,
  LineInput,
  RecordInput,
  StoredRecord,
} from '../../domain/records/types';
import { isWireObject, list, type WireObject, type WireValue } from '../codec/wire';
import { schema } from '../schema/defs';
import type { ComplexType } from '../schema/registry';
import { customFieldsFromWire, customFieldsToWire } from './customFields';
import { recordTypeOfWire, WIRE_TYPE } from './types';

/** dateTime fields that are real instants, not calendar dates. */
const INSTANTS = new Set(['createdDate', 'lastModifiedDate', 'dateCreated']);
const STRUCTURAL = new Set(['$type', 'internalId', 'externalId', 'nullFieldList', 'customFieldList']);
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function complexOf(local: string): ComplexType {
  const t = schema.byLocalName(local);
  if (!t) throw new Error(`no wire type ${local}`);
  return t;
}

/** The line type of a transaction's itemList (InvoiceItem, SalesOrderItem…). */
function lineTypeOf(recordType: ComplexType): ComplexType | undefined {
  const listKind = recordType.elementsByName.get('itemList')?.value();
  if (listKind?.kind !== 'complex') return undefined;
  const itemKind = listKind.type.elementsByName.get('item')?.value();
  return itemKind?.kind === 'complex' ? itemKind.type : undefined;
}

function fieldsFromWire(wire: WireObject, type: ComplexType, skip: ReadonlySet<string>): Fields {
  const fields: Fields = {};
  for (const name in wire) {
    if (STRUCTURAL.has(name) || skip.has(name)) continue;
    const v = wire[name];
    if (v === undefined) continue;
    const el = type.elementsByName.get(name);
    if (el?.typeName === 'xsd:dateTime' && !INSTANTS.has(name) && typeof v === 'string') {
      const d = dateOfLiteral(v);
      if (!d) throw new RecordError('INVALID_DATE', `Invalid date value ${v} for field ${name}.`);
      fields[name] = d;
    } else if (isWireObject(v) && v.$type === 'RecordRef') {
      const { $type: _t, ...ref } = v;
      fields[name] = ref;
    } else {
      fields[name] = v;
    }
  }
  return fields;
}

function lineFromWire(wire: WireValue, lineType: ComplexType): LineInput {
  const o = wire as WireObject;
  const line: LineInput = { fields: fieldsFromWire(o, lineType, new Set()) };
  const custom = customFieldsFromWire(o.customFieldList);
  if (custom) line.customFields = custom;
  return line;
}

/** Decodes a `record` element into a RecordInput; RecordError for a type Billwire does not host. */
export function recordFromWire(wire: WireObject): RecordInput {
  const wireType = String(wire.$type);
  const type = recordTypeOfWire(wireType);
  if (!type) throw new RecordError('INVALID_RCRD_TYPE', `Billwire does not host ${wireType} records.`);
  const ct = complexOf(wireType);
  const lineType = kindOf(type).store === 'txn' ? lineTypeOf(ct) : undefined;
  const input: RecordInput = {
    type,
    fields: fieldsFromWire(wire, ct, lineType ? new Set(['itemList']) : new Set()),
  };
  if (typeof wire.internalId === 'string') input.internalId = wire.internalId;
  if (typeof wire.externalId === 'string') input.externalId = wire.externalId;
  const custom = customFieldsFromWire(wire.customFieldList);
  if (custom) input.customFields = custom;
  if (isWireObject(wire.nullFieldList)) {
    input.nullFields = list(wire.nullFieldList.name).map(String);
    for (const n of input.nullFields) {
      if (!ct.elementsByName.has(n) && !/^cust/.test(n)) {
        throw new RecordError(
          'INVALID_FIELD_NAME_FOR_NULL',
          `${n} is not a field of ${wireType} that can be set to null.`,
        );
      }
    }
  }
  if (lineType && isWireObject(wire.itemList)) {
    const itemList: ItemListInput = {
      replaceAll: wire.itemList.replaceAll !== false,
      lines: list(wire.itemList.item).map((l) => lineFromWire(l, lineType)),
    };
    input.itemList = itemList;
  }
  return input;
}

function fieldsToWire(fields: Fields, type: ComplexType, timeZone: string, out: WireObject): void {
  for (const name in fields) {
    const el = type.elementsByName.get(name);
    const v = fields[name];
    if (!el || v === undefined || v === null) continue;
    out[name] =
      el.typeName === 'xsd:dateTime' && typeof v === 'string' && LOCAL_DATE.test(v)
        ? localDateText(v, timeZone)
        : (v as WireValue);
  }
}

function lineToWire(line: Line, lineType: ComplexType, timeZone: string): WireObject {
  const o: WireObject = {};
  fieldsToWire(line.fields, lineType, timeZone, o);
  o.line = line.line;
  const custom = customFieldsToWire(line.customFields);
  if (custom) o.customFieldList = custom;
  return o;
}

/** Encodes a stored (or initialized, unsaved) record as a `record` wire value with its xsi:type. */
export function recordToWire(
  rec: Omit<StoredRecord, 'internalId'> & { internalId?: string },
  timeZone: string,
): WireObject {
  const wireType = WIRE_TYPE[rec.type];
  const ct = complexOf(wireType);
  const out: WireObject = { $type: wireType };
  if (rec.internalId !== undefined) out.internalId = rec.internalId;
  if (rec.externalId !== undefined) out.externalId = rec.externalId;
  fieldsToWire(rec.fields, ct, timeZone, out);
  if (rec.internalId !== undefined) {
    if (ct.elementsByName.has('createdDate')) out.createdDate = instantText(rec.createdAt, timeZone);
    if (ct.elementsByName.has('dateCreated')) out.dateCreated = instantText(rec.createdAt, timeZone);
    if (ct.elementsByName.has('lastModifiedDate'))
      out.lastModifiedDate = instantText(rec.modifiedAt, timeZone);
  }
  const lineType = lineTypeOf(ct);
  if (lineType && rec.lines && rec.lines.length > 0) {
    out.itemList = { item: rec.lines.map((l) => lineToWire(l, lineType, timeZone)) };
  }
  const custom = customFieldsToWire(rec.customFields);
  if (custom) out.customFieldList = custom;
  return out;
}
