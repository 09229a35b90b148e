/**
 * customFieldList <-> domain custom fields. Each xsi:type (StringCustomFieldRef, SelectCustomFieldRef…)
 * maps to a kind; values are stored as sent (dates as the literal the client wrote).
 */
import type { CustomField, CustomFieldKind, ListValue } from '../../domain/records/types';
import { isWireObject, list, type WireObject, type WireValue } from '../codec/wire';

const KIND_OF: Record<string, CustomFieldKind> = {
  StringCustomFieldRef: 'string',
  LongCustomFieldRef: 'long',
  DoubleCustomFieldRef: 'double',
  BooleanCustomFieldRef: 'boolean',
  DateCustomFieldRef: 'date',
  SelectCustomFieldRef: 'select',
  MultiSelectCustomFieldRef: 'multiSelect',
};
const WIRE_OF = Object.fromEntries(Object.entries(KIND_OF).map(([k, v]) => [v, k])) as Record<
  CustomFieldKind,
  string
>;

function listValue(v: WireValue): ListValue {
  const o = isWireObject(v) ? v : {};
  const out: ListValue = {};
  for (const k of ['internalId', 'externalId', 'typeId', 'name'] as const)
    if (typeof o[k] === 'string') out[k] = o[k] as string;
  return out;
}

export function customFieldsFromWire(v: WireValue | undefined): CustomField[] | undefined {
  if (!isWireObject(v)) return undefined;
  return list(v.customField).map((c) => {
    const o = c as WireObject;
    const kind = KIND_OF[o.$type as string]!;
    const value =
      kind === 'select'
        ? listValue(o.value!)
        : kind === 'multiSelect'
          ? list(o.value).map(listValue)
          : (o.value as string | number | boolean);
    const out: CustomField = { kind, value };
    if (typeof o.scriptId === 'string') out.scriptId = o.scriptId;
    if (typeof o.internalId === 'string') out.internalId = o.internalId;
    return out;
  });
}

export function customFieldsToWire(fields: readonly CustomField[]): WireObject | undefined {
  if (fields.length === 0) return undefined;
  return {
    customField: fields.map((c) => {
      const o: WireObject = { $type: WIRE_OF[c.kind] };
      if (c.internalId !== undefined) o.internalId = c.internalId;
      if (c.scriptId !== undefined) o.scriptId = c.scriptId;
      o.value = c.value as WireValue;
      return o;
    }),
  };
}
