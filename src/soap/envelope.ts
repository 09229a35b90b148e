/**
 * SOAP 1.1 envelopes in and out.
 *
 * In: the parsed document must be a SOAP 1.1 Envelope whose Body holds exactly one platformMsgs operation
 * element of the endpoint's version; the headers Billwire reads (tokenPassport, preferences,
 * searchPreferences, applicationInfo, partnerInfo) are decoded through the schema.
 * Out: one envelope declaring every NetSuite prefix once at the root, the documentInfo header, the body.
 */
import { RequestError, invalidRequest } from '../domain/errors';
import {
  decodeElement,
  EMPTY_SCOPE,
  extendScope,
  splitTag,
  uriOf,
  type DecodeContext,
  type Scope,
} from './codec/decode';
import type { WireObject } from './codec/wire';
import {
  NAMESPACES,
  NS_KEYS,
  SOAP_ENV,
  XSD,
  XSI,
  namespaceUri,
  uriTable,
  type NsKey,
  type WsVersion,
} from './schema/namespaces';
import { OPERATIONS, type OperationName } from './schema/operations';
import { schema } from './schema/defs';
import { parseXml, tagOf, type XmlNode } from './xml/parse';

/** A SOAP 1.2 request: answered with a VersionMismatch fault. */
export class SoapVersionError extends Error {}

const SOAP12_ENV = 'http://www.w3.org/2003/05/soap-envelope';
const OPERATION_NAMES: ReadonlySet<string> = new Set(OPERATIONS.map((o) => o.name));
const HEADERS = [
  'tokenPassport',
  'preferences',
  'searchPreferences',
  'applicationInfo',
  'partnerInfo',
] as const;
type HeaderName = (typeof HEADERS)[number];

export interface SoapRequest {
  readonly operation: OperationName;
  readonly headers: Partial<Record<HeaderName, WireObject>>;
  /** True when the client sent NetSuite's retired `passport` (login) header. */
  readonly sentPassport: boolean;
  /** Decodes the operation element (deferred so authentication runs before the body is walked). */
  readonly decodeBody: () => WireObject;
}

const contexts = new Map<WsVersion, DecodeContext>();
export function decodeContext(version: WsVersion): DecodeContext {
  let ctx = contexts.get(version);
  if (!ctx) {
    ctx = {
      version,
      uris: uriTable(version),
      complexIn: (ns: NsKey, local: string) => schema.complexIn(ns, local),
      valueKind: (t: string) => schema.valueKind(t),
    };
    contexts.set(version, ctx);
  }
  return ctx;
}

function elementChildren(node: XmlNode, tag: string): XmlNode[] {
  return (node[tag] as XmlNode[]).filter((c) => {
    if (c['#text'] !== undefined) {
      if (c['#text'].trim() !== '') throw invalidRequest(`Unexpected text inside <${tag}>`);
      return false;
    }
    return tagOf(c) !== undefined;
  });
}

export function readEnvelope(text: string, version: WsVersion): SoapRequest {
  const ctx = decodeContext(version);
  const roots = parseXml(text).filter((n) => tagOf(n) !== undefined);
  if (roots.length !== 1)
    throw invalidRequest('The request body is not an XML document with one root element.');
  const root = roots[0]!;
  const rootTag = tagOf(root)!;
  const scope = extendScope(root[':@'], EMPTY_SCOPE, ctx);
  const [rootPrefix, rootLocal] = splitTag(rootTag);
  const envUri = scope.get(rootPrefix);
  if (rootLocal === 'Envelope' && envUri === SOAP12_ENV) {
    throw new SoapVersionError('SOAP 1.2 is not supported: NetSuite (and Billwire) speak SOAP 1.1 only.');
  }
  if (rootLocal !== 'Envelope' || envUri !== SOAP_ENV)
    throw invalidRequest('The request is not a SOAP 1.1 Envelope.');

  let header: { node: XmlNode; tag: string; scope: Scope } | undefined;
  let body: { node: XmlNode; tag: string; scope: Scope } | undefined;
  for (const child of elementChildren(root, rootTag)) {
    const tag = tagOf(child)!;
    const childScope = extendScope(child[':@'], scope, ctx);
    const [p, local] = splitTag(tag);
    if (uriOf(p, childScope, `<${tag}>`) !== SOAP_ENV)
      throw invalidRequest(`Unexpected element <${tag}> in the Envelope.`);
    if (local === 'Header' && !header && !body) header = { node: child, tag, scope: childScope };
    else if (local === 'Body' && !body) body = { node: child, tag, scope: childScope };
    else throw invalidRequest(`Unexpected element <${tag}> in the Envelope.`);
  }
  if (!body) throw invalidRequest('The SOAP Envelope has no Body.');

  const ops = elementChildren(body.node, body.tag);
  if (ops.length !== 1)
    throw invalidRequest(`The SOAP Body must hold exactly one operation element; it holds ${ops.length}.`);
  const opNode = ops[0]!;
  const opTag = tagOf(opNode)!;
  const opScope = extendScope(opNode[':@'], body.scope, ctx);
  const [opPrefix, opLocal] = splitTag(opTag);
  const opUri = uriOf(opPrefix, opScope, `<${opTag}>`);
  if (opUri !== namespaceUri('msgs', version)) {
    throw invalidRequest(
      `<${opLocal}> must be in the namespace ${namespaceUri('msgs', version)}, not ${opUri}.`,
    );
  }
  if (!OPERATION_NAMES.has(opLocal)) {
    throw invalidRequest(`Billwire does not support the operation "${opLocal}".`);
  }
  const operation = opLocal as OperationName;

  const headers: Partial<Record<HeaderName, WireObject>> = {};
  let sentPassport = false;
  if (header) {
    for (const h of elementChildren(header.node, header.tag)) {
      const tag = tagOf(h)!;
      const hScope = extendScope(h[':@'], header.scope, ctx);
      const [p, local] = splitTag(tag);
      if (uriOf(p, hScope, `<${tag}>`) !== namespaceUri('msgs', version)) continue;
      if (local === 'passport') sentPassport = true;
      if (!(HEADERS as readonly string[]).includes(local)) continue;
      const type = schema.globalElementType('msgs', local)!;
      headers[local as HeaderName] = decodeElement(
        h,
        tag,
        schema.valueKind(type),
        hScope,
        ctx,
        local,
      ) as WireObject;
    }
  }

  const decodeBody = (): WireObject => {
    const type = schema.globalElementType('msgs', operation);
    if (!type) throw new RequestError('unexpected', 'UNEXPECTED_ERROR', `no request type for ${operation}`);
    return decodeElement(opNode, opTag, schema.valueKind(type), opScope, ctx, operation) as WireObject;
  };
  return { operation, headers, sentPassport, decodeBody };
}

const opens = new Map<WsVersion, string>();
/** `<?xml?><soapenv:Envelope …>` with every prefix declared. */
export function envelopeOpen(version: WsVersion): string {
  let s = opens.get(version);
  if (!s) {
    const decls = NS_KEYS.map((k) => ` xmlns:${NAMESPACES[k].prefix}="${namespaceUri(k, version)}"`).join('');
    s = `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${SOAP_ENV}" xmlns:xsd="${XSD}" xmlns:xsi="${XSI}"${decls}>`;
    opens.set(version, s);
  }
  return s;
}

export const ENVELOPE_CLOSE = '</soapenv:Envelope>';

export function responseEnvelope(version: WsVersion, nsId: string, bodyXml: string): string {
  const msgs = NAMESPACES.msgs.prefix;
  return (
    envelopeOpen(version) +
    `<soapenv:Header><${msgs}:documentInfo><${msgs}:nsId>${nsId}</${msgs}:nsId></${msgs}:documentInfo></soapenv:Header>` +
    `<soapenv:Body>${bodyXml}</soapenv:Body>` +
    ENVELOPE_CLOSE
  );
}
