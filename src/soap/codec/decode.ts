/**
 * Schema-driven decoding of request XML into wire values.
 *
 * It walks fast-xml-parser's ordered tree against our schema: every element must be one the type declares,
 * in the namespace the schema puts it in; `xsi:type` must name the declared type or one derived from it;
 * required elements and attributes must be present; scalars must parse as their XML Schema type. Namespace
 * prefixes are resolved per element (clients declare them anywhere), and every NetSuite namespace a request
 * declares must carry the endpoint's version. Element order is not enforced: NetSuite accepts reordered
 * fields, and strict clients never send them out of order anyway.
 */
import type { BuiltinType, TypeName } from '../schema/model';
import type { ComplexType, Element, ValueKind } from '../schema/registry';
import { versionOfUri, XSI, type NsKey, type WsVersion } from '../schema/namespaces';
import { decodeText, tagOf, type XmlNode } from '../xml/parse';
import { VersionMismatchError, WireFormatError, type WireObject, type WireValue } from './wire';

export interface DecodeContext {
  readonly version: WsVersion;
  /** Namespace URI -> key, for the endpoint's version. */
  readonly uris: ReadonlyMap<string, NsKey>;
  readonly complexIn: (ns: NsKey, local: string) => ComplexType | undefined;
  readonly valueKind: (type: TypeName) => ValueKind;
}

/** prefix -> URI; '' is the default namespace. An element that declares namespaces gets a copy. */
export type Scope = ReadonlyMap<string, string>;

export const EMPTY_SCOPE: Scope = new Map();

/** Namespace URIs repeat on every request: their version is parsed once. */
const versions = new Map<string, string | undefined>();
function versionOf(uri: string): string | undefined {
  if (versions.has(uri)) return versions.get(uri);
  const v = versionOfUri(uri);
  if (versions.size < 1000) versions.set(uri, v);
  return v;
}

export function extendScope(
  attrs: Record<string, string> | undefined,
  scope: Scope,
  ctx: DecodeContext,
): Scope {
  if (!attrs) return scope;
  let out: Map<string, string> | undefined;
  for (const name in attrs) {
    if (name.charCodeAt(0) !== 120 /* x */ || (name !== 'xmlns' && !name.startsWith('xmlns:'))) continue;
    const uri = attrs[name]!;
    const v = versionOf(uri);
    if (v !== undefined && v !== ctx.version) throw new VersionMismatchError(v, ctx.version);
    out ??= new Map(scope);
    out.set(name === 'xmlns' ? '' : name.slice(6), uri);
  }
  return out ?? scope;
}

export function splitTag(tag: string): [prefix: string, local: string] {
  const i = tag.indexOf(':');
  return i < 0 ? ['', tag] : [tag.slice(0, i), tag.slice(i + 1)];
}

export function uriOf(prefix: string, scope: Scope, what: string): string {
  const uri = scope.get(prefix);
  if (uri === undefined) {
    throw new WireFormatError(
      prefix ? `Undeclared namespace prefix "${prefix}" in ${what}` : `${what} has no namespace`,
    );
  }
  return uri;
}

const requiredCache = new WeakMap<ComplexType, { elements: Element[]; attributes: string[] }>();
function required(type: ComplexType): { elements: Element[]; attributes: string[] } {
  let r = requiredCache.get(type);
  if (!r) {
    r = {
      elements: type.elements.filter((e) => e.min > 0),
      attributes: type.attributes.filter((a) => a.required).map((a) => a.name),
    };
    requiredCache.set(type, r);
  }
  return r;
}

const INTEGER = /^[+-]?\d+$/;
const DOUBLE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATETIME = /^-?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/;

export function scalar(raw: string, builtin: BuiltinType, where: string): string | number | boolean {
  const text = decodeText(raw);
  switch (builtin) {
    case 'string':
      return text;
    case 'boolean': {
      const t = text.trim();
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
      break;
    }
    case 'int':
    case 'long': {
      const t = text.trim();
      if (INTEGER.test(t) && Number.isSafeInteger(Number(t))) return Number(t);
      break;
    }
    case 'double': {
      const t = text.trim();
      if (DOUBLE.test(t)) return t;
      break;
    }
    case 'dateTime': {
      const t = text.trim();
      if (DATETIME.test(t) && realDateTime(t)) return t;
      break;
    }
    case 'base64Binary':
      if (BASE64.test(text)) return text.replace(/\s+/g, '');
      break;
  }
  throw new WireFormatError(`${where}: "${text}" is not a valid xsd:${builtin}`);
}

function textOf(children: XmlNode[], where: string): string {
  let text = '';
  for (const c of children) {
    const t = c['#text'];
    if (t !== undefined) text += t;
    else throw new WireFormatError(`${where} must hold text, not child elements`);
  }
  return text;
}

/** A value of an enumeration: one it lists, or, for an open (partial) enumeration, any token. */
function enumValue(v: string, kind: Extract<ValueKind, { kind: 'enum' }>, where: string): string {
  if (kind.open || kind.values.has(v)) return v;
  const local = kind.qname.slice(kind.qname.indexOf(':') + 1);
  throw new WireFormatError(`${where}: "${v}" is not a value of ${local}`);
}

/** Whether a dateTime literal names a real date and time (the pattern alone lets 2024-13-45 through). */
function realDateTime(t: string): boolean {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/.exec(t);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return false;
  return (
    (m[4] === undefined || Number(m[4]) <= 24) &&
    (m[5] === undefined || Number(m[5]) < 60) &&
    (m[6] === undefined || Number(m[6]) < 60)
  );
}

/** Decodes one element whose declared value is `kind`; `scope` already includes the element's own declarations. */
export function decodeElement(
  node: XmlNode,
  tag: string,
  kind: ValueKind,
  scope: Scope,
  ctx: DecodeContext,
  where: string,
): WireValue | undefined {
  const attrs = node[':@'];
  const children = node[tag] as XmlNode[];
  if (attrs) {
    for (const name in attrs) {
      if (
        name.endsWith(':nil') &&
        uriOf(splitTag(name)[0], scope, where) === XSI &&
        /^(true|1)$/.test(attrs[name]!)
      ) {
        return undefined;
      }
    }
  }
  if (kind.kind === 'builtin') return scalar(textOf(children, where), kind.builtin, where);
  if (kind.kind === 'enum') return enumValue(decodeText(textOf(children, where)).trim(), kind, where);
  return decodeComplex(children, attrs, actualType(attrs, kind.type, scope, ctx, where), scope, ctx, where);
}

/** The type named by xsi:type, checked against the declared type; the declared type when there is none. */
function actualType(
  attrs: Record<string, string> | undefined,
  declared: ComplexType,
  scope: Scope,
  ctx: DecodeContext,
  where: string,
): ComplexType {
  let xsiType: string | undefined;
  if (attrs) {
    for (const name in attrs) {
      const [p, local] = splitTag(name);
      if (local === 'type' && p !== '' && uriOf(p, scope, where) === XSI) xsiType = attrs[name];
    }
  }
  if (xsiType === undefined) {
    if (declared.abstract) {
      throw new WireFormatError(
        `${where} is of abstract type ${declared.local}; it needs an xsi:type naming a concrete type`,
      );
    }
    return declared;
  }
  const [prefix, local] = splitTag(xsiType.trim());
  const uri = uriOf(prefix, scope, `xsi:type "${xsiType}" of ${where}`);
  const v = versionOf(uri);
  if (v !== undefined && v !== ctx.version) throw new VersionMismatchError(v, ctx.version);
  const ns = ctx.uris.get(uri);
  const t = ns ? ctx.complexIn(ns, local) : undefined;
  if (!t) throw new WireFormatError(`${where}: xsi:type "${xsiType}" names a type Billwire does not know`);
  if (declared.family.get(t.local) !== t) {
    throw new WireFormatError(`${where}: xsi:type ${t.local} is not a kind of ${declared.local}`);
  }
  if (t.abstract) throw new WireFormatError(`${where}: xsi:type ${t.local} is abstract`);
  return t;
}

export function decodeComplex(
  children: XmlNode[],
  attrs: Record<string, string> | undefined,
  type: ComplexType,
  scope: Scope,
  ctx: DecodeContext,
  where: string,
): WireObject {
  const obj: WireObject = {};
  if (type.abstract || type.base) obj.$type = type.local;
  if (attrs) {
    for (const name in attrs) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const [p, local] = splitTag(name);
      if (p !== '') continue; // xsi:type / xsi:nil and foreign qualified attributes
      const def = type.attributesByName.get(local);
      if (!def) throw new WireFormatError(`${where}: ${type.local} has no attribute "${local}"`);
      const k = ctx.valueKind(def.type);
      obj[local] =
        k.kind === 'builtin'
          ? scalar(attrs[name]!, k.builtin, `${where}@${local}`)
          : k.kind === 'enum'
            ? enumValue(decodeText(attrs[name]!).trim(), k, `${where}@${local}`)
            : decodeText(attrs[name]!).trim();
    }
  }
  let text: string | undefined;
  for (const child of children) {
    const t = child['#text'];
    if (t !== undefined) {
      if (type.simpleContent) text = (text ?? '') + t;
      else if (t.trim() !== '')
        throw new WireFormatError(`${where}: ${type.local} does not take text content`);
      continue;
    }
    const tag = tagOf(child);
    if (tag === undefined) continue;
    const childScope = extendScope(child[':@'], scope, ctx);
    const [prefix, local] = splitTag(tag);
    const el = type.elementsByName.get(local);
    const uri = uriOf(prefix, childScope, `<${tag}>`);
    if (!el || ctx.uris.get(uri) !== el.ns) {
      throw new WireFormatError(`${where}: ${type.local} has no element {${uri}}${local}`);
    }
    const value = decodeElement(child, tag, el.value(), childScope, ctx, `${where}.${local}`);
    if (value === undefined) continue;
    if (el.many) {
      const arr = (obj[local] as WireValue[] | undefined) ?? [];
      arr.push(value);
      obj[local] = arr;
    } else if (obj[local] !== undefined) {
      throw new WireFormatError(`${where}: ${local} may appear only once`);
    } else {
      obj[local] = value;
    }
  }
  if (type.simpleContent) obj.$value = scalar(text ?? '', type.simpleContent, where);
  const r = required(type);
  for (const e of r.elements) {
    if (obj[e.name] === undefined)
      throw new WireFormatError(`${where}: required element ${e.name} is missing`);
  }
  for (const a of r.attributes) {
    if (obj[a] === undefined) throw new WireFormatError(`${where}: required attribute ${a} is missing`);
  }
  return obj;
}
