/**
 * A small model of XML Schema, just rich enough for SuiteTalk: document/literal, qualified elements,
 * complex types with sequences, single-level extension, simple content, attributes and string enumerations.
 *
 * The type definitions written in this model (schema/defs/*) are the single source of truth for the wire:
 * the XSD files under xsd/ are generated from them (scripts/gen-schema.ts), and the request decoder and the
 * response encoder (soap/codec/) walk the same definitions, so the files a client compiles and the bytes
 * Billwire reads and writes cannot drift apart.
 */
import type { NsKey } from './namespaces';

/**
 * A qualified type name: `<nsKey>:<LocalName>` for our types (`core:RecordRef`, `salesTyp:SalesOrderOrderStatus`)
 * or `xsd:<builtin>` for XML Schema built-ins.
 */
export type TypeName = string;

export type BuiltinType = 'string' | 'boolean' | 'int' | 'long' | 'double' | 'dateTime' | 'base64Binary';

export interface ElementDef {
  readonly name: string;
  readonly type: TypeName;
  /** minOccurs; default 0 (almost everything in SuiteTalk is optional). */
  readonly min?: number;
  /** maxOccurs; default 1. */
  readonly max?: number | 'unbounded';
  /**
   * For `<element ref="..."/>`: the namespace of the referenced global element. A local element takes the
   * namespace of the schema that declares its complex type (elementFormDefault="qualified").
   */
  readonly refNs?: NsKey;
}

export interface AttributeDef {
  readonly name: string;
  readonly type: TypeName;
  readonly required?: boolean;
}

export interface ComplexTypeDef {
  readonly name: string;
  /** `complexContent/extension` base, qualified. */
  readonly base?: TypeName;
  readonly abstract?: boolean;
  readonly elements?: readonly ElementDef[];
  readonly attributes?: readonly AttributeDef[];
  /** `simpleContent/extension` base (text content plus attributes), e.g. the tokenPassport signature. */
  readonly simpleContent?: TypeName;
}

export interface EnumTypeDef {
  readonly name: string;
  readonly values: readonly string[];
  /**
   * The values are a subset of NetSuite's (Country, RecordType, SearchDate…): a request may carry others,
   * which are accepted as they are. A closed enumeration refuses any value it does not list.
   */
  readonly open?: boolean;
}

export interface GlobalElementDef {
  readonly name: string;
  readonly type: TypeName;
}

/** Everything one namespace (one .xsd file) declares. */
export interface SchemaDef {
  readonly ns: NsKey;
  readonly complexTypes: readonly ComplexTypeDef[];
  readonly enums?: readonly EnumTypeDef[];
  readonly elements?: readonly GlobalElementDef[];
}

/** Short-hands that keep the definition files close to the facts sheet's notation. */
export function el(name: string, type: TypeName, opts: Omit<ElementDef, 'name' | 'type'> = {}): ElementDef {
  return { name, type, ...opts };
}
export function many(name: string, type: TypeName, min = 0): ElementDef {
  return { name, type, min, max: 'unbounded' };
}
export function req(name: string, type: TypeName): ElementDef {
  return { name, type, min: 1 };
}
export function attr(name: string, type: TypeName = 'xsd:string', required = false): AttributeDef {
  return required ? { name, type, required } : { name, type };
}

/**
 * Expands the facts sheet's compact field notation ("createdDate:dt, entity:Ref, itemList:InvoiceItemList")
 * into optional single elements. Abbreviations: dt, str, dbl, bool, long, int, Ref, Address; anything else
 * is taken as a qualified type name, or as a local name in `defaultNs`.
 */
export function fields(spec: string, defaultNs: NsKey): ElementDef[] {
  const abbreviations: Record<string, TypeName> = {
    dt: 'xsd:dateTime',
    str: 'xsd:string',
    dbl: 'xsd:double',
    bool: 'xsd:boolean',
    long: 'xsd:long',
    int: 'xsd:int',
    Ref: 'core:RecordRef',
    RefList: 'core:RecordRefList',
    Address: 'common:Address',
    CustomFieldList: 'core:CustomFieldList',
  };
  return spec
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      const colon = s.indexOf(':');
      const name = s.slice(0, colon).trim();
      const t = s.slice(colon + 1).trim();
      if (colon < 1 || !t) throw new Error(`bad field spec "${s}"`);
      const type = abbreviations[t] ?? (t.includes(':') ? t : `${defaultNs}:${t}`);
      return { name, type };
    });
}
