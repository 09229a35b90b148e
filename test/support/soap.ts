/**
 * A raw SOAP client for black-box tests: it writes envelopes by hand (so a test shows the exact bytes a
 * client sends) and reads responses into plain objects keyed by local element names, attributes under
 * `@name` (prefixed attributes keep their prefix: `@xsi:type`).
 */
import { XMLParser } from 'fast-xml-parser';
import { passportXml, signedPassport, type Credentials } from './passport';

export function ns(version = '2023_2') {
  return {
    msgs: `urn:messages_${version}.platform.webservices.netsuite.com`,
    core: `urn:core_${version}.platform.webservices.netsuite.com`,
    common: `urn:common_${version}.platform.webservices.netsuite.com`,
    sales: `urn:sales_${version}.transactions.webservices.netsuite.com`,
    rel: `urn:relationships_${version}.lists.webservices.netsuite.com`,
    acct: `urn:accounting_${version}.lists.webservices.netsuite.com`,
    faults: `urn:faults_${version}.platform.webservices.netsuite.com`,
  };
}

export interface EnvelopeOptions {
  version?: string;
  /** The whole tokenPassport element; false for none. Default: a freshly signed one for the dev account. */
  passport?: string | false;
  /** Sign a fresh passport with these credentials on every call (another account than the dev one). */
  credentials?: Credentials;
  /** More header elements (preferences, searchPreferences…). */
  headers?: string;
}

export function envelope(body: string, o: EnvelopeOptions = {}): string {
  const n = ns(o.version);
  const passport = o.passport === false ? '' : (o.passport ?? passportXml(signedPassport(o.credentials)));
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ` xmlns:msgs="${n.msgs}" xmlns:core="${n.core}" xmlns:common="${n.common}" xmlns:sales="${n.sales}" xmlns:rel="${n.rel}" xmlns:acct="${n.acct}">` +
    `<soapenv:Header>${passport}${o.headers ?? ''}</soapenv:Header>` +
    `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
  );
}

export type Node = { [k: string]: unknown };

export interface SoapReply {
  readonly status: number;
  readonly text: string;
  readonly contentType: string;
  /** The first element inside soapenv:Body (the operation response, or the Fault). */
  readonly body: Node;
  /** Set when the reply is a Fault. */
  readonly fault?: {
    faultcode: string;
    faultstring: string;
    detailElement: string;
    code: string;
    message: string;
  };
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: true,
});

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function local(tag: string): string {
  const i = tag.indexOf(':');
  return i < 0 ? tag : tag.slice(i + 1);
}

/** Ordered parser output -> plain object: repeated elements become arrays, text-only elements strings. */
function simplify(nodes: Ordered[]): unknown {
  const out: Node = {};
  let text: string | undefined;
  for (const n of nodes) {
    if ('#text' in n) {
      text = String(n['#text']);
      continue;
    }
    const tag = Object.keys(n).find((k) => k !== ':@')!;
    const children = n[tag] as Ordered[];
    let value = simplify(children);
    const attrs = n[':@'];
    if (attrs) {
      const obj: Node =
        typeof value === 'object' && value !== null
          ? (value as Node)
          : value === ''
            ? {}
            : { '#text': value };
      for (const [k, v] of Object.entries(attrs)) if (!k.startsWith('xmlns')) obj[`@${k}`] = v;
      value = obj;
    }
    const key = local(tag);
    if (key in out) {
      const prior = out[key];
      out[key] = Array.isArray(prior) ? [...prior, value] : [prior, value];
    } else {
      out[key] = value;
    }
  }
  if (Object.keys(out).length === 0) return text ?? '';
  return out;
}

export function parseReply(status: number, text: string, contentType: string): SoapReply {
  const doc = simplify(parser.parse(text) as Ordered[]) as Node;
  const envelopeNode = doc.Envelope as Node;
  const bodyNode = (envelopeNode?.Body ?? {}) as Node;
  const [first] = Object.keys(bodyNode);
  const body = (first ? bodyNode[first] : {}) as Node;
  if (first === 'Fault') {
    const detail = (body.detail ?? {}) as Node;
    const [detailElement = ''] = Object.keys(detail);
    const d = (detail[detailElement] ?? {}) as Node;
    return {
      status,
      text,
      contentType,
      body,
      fault: {
        faultcode: String(body.faultcode),
        faultstring: String(body.faultstring),
        detailElement,
        code: String(d.code ?? ''),
        message: String(d.message ?? ''),
      },
    };
  }
  return { status, text, contentType, body: { [first ?? '']: body } };
}

export async function postXml(
  url: string,
  xml: string,
  soapAction = '',
  headers: Record<string, string> = {},
): Promise<SoapReply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', SOAPAction: `"${soapAction}"`, ...headers },
    body: xml,
  });
  return parseReply(res.status, await res.text(), res.headers.get('content-type') ?? '');
}

/** Calls an operation: `call(url, 'add', '<msgs:add>…</msgs:add>')`. */
export function call(
  url: string,
  operation: string,
  bodyXml: string,
  o: EnvelopeOptions = {},
): Promise<SoapReply> {
  return postXml(url, envelope(bodyXml, o), operation);
}

/** A short account of a reply for assertion messages: the Fault, or the Body without the namespace clutter. */
export function describeReply(r: SoapReply): string {
  if (r.fault) return `HTTP ${r.status} Fault ${JSON.stringify(r.fault)}`;
  return `HTTP ${r.status} ${r.text.replace(/^[\s\S]*?<soapenv:Body>/, '').replace(/<\/soapenv:Body>[\s\S]*$/, '')}`;
}

/** Follows a path of local element names, e.g. dig(reply.body, 'addResponse', 'writeResponse', 'status'). */
export function dig(node: unknown, ...path: string[]): unknown {
  let cur = node;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Node)[p];
  }
  return cur;
}

/** An element that may repeat, always as an array. */
export function many(v: unknown): Node[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]) as Node[];
}

/**
 * The local names of the child elements of the element reached by `path` (local names from the document
 * root), in document order: `childOrder(reply.text, 'Envelope', 'Body', 'getResponse', 'readResponse', 'record')`.
 */
export function childOrder(xml: string, ...path: string[]): string[] {
  let nodes = parser.parse(xml) as Ordered[];
  for (const p of path) {
    const hit = nodes.find((n) => Object.keys(n).some((k) => k !== ':@' && local(k) === p));
    if (!hit) return [];
    nodes = hit[Object.keys(hit).find((k) => k !== ':@')!] as Ordered[];
  }
  return nodes.flatMap((n) =>
    Object.keys(n)
      .filter((k) => k !== ':@' && k !== '#text')
      .map(local),
  );
}

/** The namespace URI of the first element with this local name (prefixes resolved from every xmlns in the text). */
export function namespaceOf(xml: string, localName: string): string | undefined {
  const m = new RegExp(`<(?:([\\w.-]+):)?${localName}[\\s/>]`).exec(xml);
  if (!m) return undefined;
  const decl = m[1] ? `xmlns:${m[1]}` : 'xmlns';
  return new RegExp(`${decl}="([^"]*)"`).exec(xml)?.[1];
}
