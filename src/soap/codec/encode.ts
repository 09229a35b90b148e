/**
 * Schema-driven encoding of wire values into XML text.
 *
 * Each complex type is compiled once into a writer that emits its attributes and then its elements in the
 * schema's sequence order, with the namespace prefix of each element (the envelope declares every prefix).
 * `xsi:type` is written wherever the declared type is abstract (record, baseRef, customField, searchRow,
 * asyncResult…) or the value is of a derived type, as typed clients need it to pick the class.
 */
import type { ComplexType, Element, ValueKind } from '../schema/registry';
import { NAMESPACES } from '../schema/namespaces';
import { escapeAttr, escapeText } from '../xml/escape';
import type { WireObject, WireValue } from './wire';

export class XmlOut {
  text = '';
  push(s: string): void {
    this.text += s;
  }
}

type Writer = (value: WireObject, out: XmlOut, openTag: string, closeTag: string) => void;

interface CompiledElement {
  readonly name: string;
  /** Position in the type's sequence. */
  readonly position: number;
  readonly open: string;
  readonly close: string;
  readonly many: boolean;
  readonly element: Element;
}

const writers = new WeakMap<ComplexType, Writer>();

export function qualified(e: { ns: keyof typeof NAMESPACES; name: string }): string {
  return `${NAMESPACES[e.ns].prefix}:${e.name}`;
}

function scalarText(v: WireValue, where: string): string {
  switch (typeof v) {
    case 'string':
      return escapeText(v);
    case 'number':
      if (!Number.isFinite(v)) throw new Error(`${where}: non-finite number`);
      return String(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      throw new Error(`${where}: expected a scalar, got ${JSON.stringify(v)}`);
  }
}

function attrText(v: WireValue): string {
  return typeof v === 'string' ? escapeAttr(v) : typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
}

/** Writes `<tag …>…</tag>` for one value of the given kind. */
export function writeValue(value: WireValue, kind: ValueKind, out: XmlOut, tag: string): void {
  if (kind.kind !== 'complex') {
    out.text += `<${tag}>${scalarText(value, tag)}</${tag}>`;
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${tag}: expected an object for ${kind.type.local}`);
  }
  writerFor(kind.type)(value, out, `<${tag}`, `</${tag}>`);
}

function writerFor(declared: ComplexType): Writer {
  let w = writers.get(declared);
  if (!w) {
    w = compile(declared);
    writers.set(declared, w);
  }
  return w;
}

function compile(declared: ComplexType): Writer {
  // A writer per concrete type; the declared type's writer dispatches on $type.
  const own = compileConcrete(declared, declared.abstract);
  return (value, out, openTag, closeTag) => {
    const t = value.$type as string | undefined;
    if (t === undefined || t === declared.local) {
      if (declared.abstract)
        throw new Error(`${openTag}: a value of abstract type ${declared.local} needs $type`);
      own(value, out, openTag, closeTag);
      return;
    }
    const actual = declared.family.get(t);
    if (!actual) throw new Error(`${openTag}: ${t} is not a kind of ${declared.local}`);
    concreteWriterFor(actual)(value, out, openTag, closeTag);
  };
}

const concreteWriters = new WeakMap<ComplexType, Writer>();
function concreteWriterFor(t: ComplexType): Writer {
  let w = concreteWriters.get(t);
  if (!w) {
    w = compileConcrete(t, true);
    concreteWriters.set(t, w);
  }
  return w;
}

function compileConcrete(type: ComplexType, withXsiType: boolean): Writer {
  const xsiType = withXsiType ? ` xsi:type="${NAMESPACES[type.ns].prefix}:${type.local}"` : '';
  const attributes = type.attributes.map((a) => a.name);
  const elements: CompiledElement[] = type.elements.map((e, position) => {
    const tag = qualified(e);
    return { name: e.name, position, open: `<${tag}`, close: `</${tag}>`, many: e.many, element: e };
  });
  const byName = new Map(elements.map((e) => [e.name, e]));
  const byPosition = (a: CompiledElement, b: CompiledElement) => a.position - b.position;
  /**
   * The elements of a value to write, in sequence order. A record usually sets a few of its many fields
   * (an invoice ~20 of 147), so sorting the ones present beats testing every element of the type.
   */
  const present = (value: WireObject): readonly CompiledElement[] => {
    const keys = Object.keys(value);
    if (keys.length * 3 >= elements.length) return elements;
    const out: CompiledElement[] = [];
    for (const k of keys) {
      const e = byName.get(k);
      if (e) out.push(e);
    }
    return out.sort(byPosition);
  };
  const simple = type.simpleContent;
  return (value, out, openTag, closeTag) => {
    let s = openTag + xsiType;
    for (const a of attributes) {
      const v = value[a];
      if (v !== undefined && v !== null) s += ` ${a}="${attrText(v)}"`;
    }
    if (simple) {
      const v = value.$value;
      out.text += v === undefined ? `${s}/>` : `${s}>${scalarText(v, openTag)}${closeTag}`;
      return;
    }
    out.text += s;
    let opened = false;
    for (const e of present(value)) {
      const v = value[e.name];
      if (v === undefined || v === null) continue;
      if (!opened) {
        out.text += '>';
        opened = true;
      }
      const kind = e.element.value();
      if (e.many) {
        if (!Array.isArray(v)) throw new Error(`${openTag}: ${e.name} must be an array`);
        for (const item of v) writeElement(item, kind, out, e);
      } else {
        writeElement(v, kind, out, e);
      }
    }
    out.text += opened ? closeTag : '/>';
  };
}

function writeElement(v: WireValue, kind: ValueKind, out: XmlOut, e: CompiledElement): void {
  if (kind.kind !== 'complex') {
    out.text += `${e.open}>${scalarText(v, e.name)}${e.close}`;
    return;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new Error(`${e.name}: expected an object for ${kind.type.local}`);
  }
  writerFor(kind.type)(v, out, e.open, e.close);
}
