/**
 * Resolves the schema definitions into one graph: qualified names, inherited content (base first, as XML
 * Schema extension orders it), the namespace every element lands in, and the subtypes an `xsi:type` may name.
 * It refuses an inconsistent schema at load time (unknown type, duplicate local name, an attribute and an
 * element of one name), so a typo in a definition fails the first test instead of a client.
 */
import type { AttributeDef, BuiltinType, ComplexTypeDef, SchemaDef, TypeName } from './model';
import { NAMESPACES, type NsKey } from './namespaces';

const BUILTINS: ReadonlySet<string> = new Set<BuiltinType>([
  'string',
  'boolean',
  'int',
  'long',
  'double',
  'dateTime',
  'base64Binary',
]);

export type ValueKind =
  | { readonly kind: 'builtin'; readonly builtin: BuiltinType }
  | {
      readonly kind: 'enum';
      readonly qname: TypeName;
      readonly values: ReadonlySet<string>;
      readonly open: boolean;
    }
  | { readonly kind: 'complex'; readonly type: ComplexType };

export interface Element {
  readonly name: string;
  /** The namespace the element is written in. */
  readonly ns: NsKey;
  readonly typeName: TypeName;
  readonly min: number;
  readonly many: boolean;
  /** Resolved lazily: types may refer to each other in any order. */
  readonly value: () => ValueKind;
}

export interface ComplexType {
  readonly qname: TypeName;
  readonly ns: NsKey;
  readonly local: string;
  readonly abstract: boolean;
  readonly base?: ComplexType;
  /** Own and inherited elements, base first. */
  readonly elements: readonly Element[];
  readonly elementsByName: ReadonlyMap<string, Element>;
  readonly attributes: readonly AttributeDef[];
  readonly attributesByName: ReadonlyMap<string, AttributeDef>;
  /** Text content type for simpleContent types. */
  readonly simpleContent?: BuiltinType;
  /** This type and every type derived from it, by local name. */
  readonly family: ReadonlyMap<string, ComplexType>;
}

function splitQName(qname: TypeName): [string, string] {
  const i = qname.indexOf(':');
  if (i < 1) throw new Error(`type name "${qname}" must be qualified`);
  return [qname.slice(0, i), qname.slice(i + 1)];
}

export class SchemaRegistry {
  private readonly complexDefs = new Map<TypeName, { def: ComplexTypeDef; ns: NsKey }>();
  private readonly enumDefs = new Map<TypeName, { values: ReadonlySet<string>; open: boolean }>();
  private readonly resolved = new Map<TypeName, ComplexType>();
  private readonly byLocal = new Map<string, TypeName>();
  /** Global element name -> type, per namespace. */
  private readonly globals = new Map<string, TypeName>();

  constructor(readonly schemas: readonly SchemaDef[]) {
    for (const schema of schemas) {
      if (!(schema.ns in NAMESPACES)) throw new Error(`unknown namespace key ${schema.ns}`);
      for (const def of schema.complexTypes)
        this.declare(`${schema.ns}:${def.name}`, def.name, schema.ns, def);
      for (const e of schema.enums ?? []) {
        const qname = `${schema.ns}:${e.name}`;
        this.claimLocal(e.name, qname);
        this.enumDefs.set(qname, { values: new Set(e.values), open: e.open ?? false });
      }
      for (const g of schema.elements ?? []) this.globals.set(`${schema.ns}:${g.name}`, g.type);
    }
    for (const qname of this.complexDefs.keys()) this.complex(qname);
    this.checkReferences();
  }

  private declare(qname: TypeName, local: string, ns: NsKey, def: ComplexTypeDef): void {
    this.claimLocal(local, qname);
    this.complexDefs.set(qname, { def, ns });
  }

  private claimLocal(local: string, qname: TypeName): void {
    const prior = this.byLocal.get(local);
    if (prior) throw new Error(`type local name ${local} declared twice (${prior}, ${qname})`);
    this.byLocal.set(local, qname);
  }

  /** The complex type of a qualified name; throws for an unknown one. */
  complex(qname: TypeName): ComplexType {
    const done = this.resolved.get(qname);
    if (done) return done;
    const entry = this.complexDefs.get(qname);
    if (!entry) throw new Error(`unknown complex type ${qname}`);
    const { def, ns } = entry;
    const base = def.base ? this.complex(def.base) : undefined;
    const own: Element[] = (def.elements ?? []).map((e) => {
      let cache: ValueKind | undefined;
      return {
        name: e.name,
        ns: e.refNs ?? ns,
        typeName: e.type,
        min: e.min ?? 0,
        many: e.max === 'unbounded' || (typeof e.max === 'number' && e.max > 1),
        value: () => (cache ??= this.valueKind(e.type)),
      };
    });
    const elements = [...(base?.elements ?? []), ...own];
    const attributes = [...(base?.attributes ?? []), ...(def.attributes ?? [])];
    const elementsByName = new Map(elements.map((e) => [e.name, e]));
    const attributesByName = new Map(attributes.map((a) => [a.name, a]));
    if (elementsByName.size !== elements.length) throw new Error(`${qname} repeats an element name`);
    for (const a of attributes) {
      if (elementsByName.has(a.name))
        throw new Error(`${qname} has an attribute and an element named ${a.name}`);
    }
    const simple = def.simpleContent ?? base?.simpleContent;
    const type: ComplexType = {
      qname,
      ns,
      local: def.name,
      abstract: def.abstract ?? false,
      base,
      elements,
      elementsByName,
      attributes,
      attributesByName,
      simpleContent: simple ? this.builtinOf(simple) : undefined,
      family: new Map(),
    };
    (type.family as Map<string, ComplexType>).set(def.name, type);
    for (let b = base; b; b = b.base) (b.family as Map<string, ComplexType>).set(def.name, type);
    this.resolved.set(qname, type);
    return type;
  }

  /** Resolves a local type name (as found in an `xsi:type` after prefix resolution) within a namespace. */
  complexIn(ns: NsKey, local: string): ComplexType | undefined {
    const qname = `${ns}:${local}`;
    return this.complexDefs.has(qname) ? this.complex(qname) : undefined;
  }

  /** Finds a complex type by its local name alone (local names are unique across our schemas). */
  byLocalName(local: string): ComplexType | undefined {
    const qname = this.byLocal.get(local);
    return qname && this.complexDefs.has(qname) ? this.complex(qname) : undefined;
  }

  globalElementType(ns: NsKey, name: string): TypeName | undefined {
    return this.globals.get(`${ns}:${name}`);
  }

  enumValues(qname: TypeName): ReadonlySet<string> | undefined {
    return this.enumDefs.get(qname)?.values;
  }

  valueKind(type: TypeName): ValueKind {
    const [prefix, local] = splitQName(type);
    if (prefix === 'xsd') return { kind: 'builtin', builtin: this.builtinOf(type) };
    const e = this.enumDefs.get(type);
    if (e) return { kind: 'enum', qname: type, values: e.values, open: e.open };
    if (!this.complexDefs.has(type)) throw new Error(`unknown type ${type} (${local})`);
    return { kind: 'complex', type: this.complex(type) };
  }

  private builtinOf(type: TypeName): BuiltinType {
    const [prefix, local] = splitQName(type);
    if (prefix !== 'xsd' || !BUILTINS.has(local)) throw new Error(`${type} is not a supported built-in type`);
    return local as BuiltinType;
  }

  private checkReferences(): void {
    const known = (t: TypeName): boolean =>
      t.startsWith('xsd:') ? BUILTINS.has(t.slice(4)) : this.complexDefs.has(t) || this.enumDefs.has(t);
    for (const [qname, { def }] of this.complexDefs) {
      for (const e of def.elements ?? []) {
        if (!known(e.type)) throw new Error(`${qname}.${e.name}: unknown type ${e.type}`);
      }
      for (const a of def.attributes ?? []) {
        if (!known(a.type)) throw new Error(`${qname}@${a.name}: unknown type ${a.type}`);
      }
      if (def.base && !this.complexDefs.has(def.base)) throw new Error(`${qname}: unknown base ${def.base}`);
    }
    for (const [name, t] of this.globals)
      if (!known(t)) throw new Error(`element ${name}: unknown type ${t}`);
  }
}
