/**
 * Compact notations for the definition files, beyond model.ts's `fields`: search filters and search columns
 * written the way the facts sheet lists them ("amount:Dbl, entity:MS, ..."), and the one-item-element list
 * shape every SuiteTalk sublist shares. They only expand to ElementDefs; the registry still checks every name.
 */
import { attr, many, type ComplexTypeDef, type ElementDef, type TypeName } from '../model';
import type { NsKey } from '../namespaces';

const FILTERS: Record<string, TypeName> = {
  Str: 'core:SearchStringField',
  Long: 'core:SearchLongField',
  Dbl: 'core:SearchDoubleField',
  TextNum: 'core:SearchTextNumberField',
  Date: 'core:SearchDateField',
  Bool: 'core:SearchBooleanField',
  MS: 'core:SearchMultiSelectField',
  EnumMS: 'core:SearchEnumMultiSelectField',
  Ref: 'core:RecordRef',
  SearchCustomFieldList: 'core:SearchCustomFieldList',
};

const COLUMNS: Record<string, TypeName> = {
  ColBool: 'core:SearchColumnBooleanField',
  ColStr: 'core:SearchColumnStringField',
  ColLong: 'core:SearchColumnLongField',
  ColTextNum: 'core:SearchColumnTextNumberField',
  ColDbl: 'core:SearchColumnDoubleField',
  ColDate: 'core:SearchColumnDateField',
  ColEnum: 'core:SearchColumnEnumSelectField',
  ColSel: 'core:SearchColumnSelectField',
};

function pairs(spec: string): [string, string][] {
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const colon = s.indexOf(':');
      if (colon < 1) throw new Error(`bad field spec "${s}"`);
      return [s.slice(0, colon).trim(), s.slice(colon + 1).trim()];
    });
}

function lookup(table: Record<string, TypeName>, t: string): TypeName {
  const type = table[t] ?? (t.includes(':') ? t : undefined);
  if (!type) throw new Error(`unknown search notation "${t}"`);
  return type;
}

/** `*SearchBasic` filters: optional single elements ("amount:Dbl, status:EnumMS"). */
export function searchFields(spec: string): ElementDef[] {
  return pairs(spec).map(([name, t]) => ({ name, type: lookup(FILTERS, t) }));
}

/** `*SearchRowBasic` columns: every column repeats (0..n), as NetSuite's row types declare them. */
export function searchColumns(spec: string): ElementDef[] {
  return pairs(spec).map(([name, t]) => many(name, lookup(COLUMNS, t)));
}

/** A sublist type: one repeated item element plus the optional `replaceAll` attribute. */
export function list(ns: NsKey, name: string, itemElement: string, itemType: TypeName): ComplexTypeDef {
  const qualified = itemType.includes(':') ? itemType : `${ns}:${itemType}`;
  return { name, elements: [many(itemElement, qualified)], attributes: [attr('replaceAll', 'xsd:boolean')] };
}

/** Splits a whitespace/comma separated word list (enumeration values). */
export function words(s: string): string[] {
  return s.split(/[\s,]+/).filter((w) => w.length > 0);
}

/** The attributes every concrete record declares itself (core:Record has none). */
export const RECORD_KEYS = [attr('internalId'), attr('externalId')] as const;
