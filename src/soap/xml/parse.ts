/**
 * Turns request text into fast-xml-parser's ordered node tree, refusing what a SOAP endpoint must never
 * process: DOCTYPE/ENTITY declarations (entity-expansion attacks), processing instructions, malformed XML
 * and absurd nesting (the parser's own depth limit). Entities are not expanded by the parser; `decodeText` resolves the five predefined
 * ones and character references where they occur, which is all XML without a DTD allows.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element node: one key (the qualified tag) holding its children, plus ':@' attributes. */
export type XmlNode = { [tag: string]: XmlNode[] } & { ':@'?: Record<string, string>; '#text'?: string };

export class XmlSyntaxError extends Error {}

/** Deepest element nesting accepted; SuiteTalk messages stay under 20. */
export const MAX_DEPTH = 64;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_DEPTH,
});

export function parseXml(text: string): XmlNode[] {
  if (text.includes('<!DOCTYPE') || text.includes('<!ENTITY')) {
    throw new XmlSyntaxError('DOCTYPE and ENTITY declarations are not allowed in SOAP messages');
  }
  checkProcessingInstructions(text);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const e = valid.err;
    throw new XmlSyntaxError(`Malformed XML at line ${e.line}, column ${e.col}: ${e.msg}`);
  }
  try {
    return parser.parse(text) as XmlNode[];
  } catch (err) {
    const message = (err as Error).message;
    if (/nested/i.test(message))
      throw new XmlSyntaxError(`Elements are nested deeper than ${MAX_DEPTH} levels`);
    throw new XmlSyntaxError(`Malformed XML: ${message}`);
  }
}

/** Only the XML declaration may use `<?`, and only at the very start. */
function checkProcessingInstructions(text: string): void {
  let from = 0;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const i = text.indexOf('<?', from);
    if (i < 0) return;
    const isDeclaration = i === start && /^<\?xml[\s?]/.test(text.slice(i, i + 6));
    if (!isDeclaration) throw new XmlSyntaxError('Processing instructions are not allowed in SOAP messages');
    from = i + 2;
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g;

/** Resolves predefined entities and character references; refuses any other entity. */
export function decodeText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError(`Unterminated entity reference "${whole}"`);
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff || code === 0) {
        throw new XmlSyntaxError(`Invalid character reference "${whole}"`);
      }
      return String.fromCodePoint(code);
    }
    const v = PREDEFINED[body];
    if (v === undefined) throw new XmlSyntaxError(`Undefined entity "&${body};"`);
    return v;
  });
}

/** The qualified tag of an element node (undefined for text nodes). */
export function tagOf(node: XmlNode): string | undefined {
  for (const k in node) if (k !== ':@' && k !== '#text') return k;
  return undefined;
}
