/**
 * A node-soap client built from the WSDL Billwire serves, as an integrator would build one
 * (`soap.createClientAsync(server.wsdlUrl())`), plus the few things node-soap needs to be told to speak
 * SuiteTalk correctly. What works with node-soap 1.x, found by reading what it sends:
 *
 * - tokenPassport: `client.addSoapHeader(fn)` with a FUNCTION, so every call gets a freshly signed passport
 *   (a new nonce and timestamp; Billwire refuses a replayed nonce). node-soap pastes the returned string into
 *   soap:Header as is, so the string must be namespace-complete: here the element declares the prefixes it
 *   uses itself (`<msgs:tokenPassport xmlns:msgs="urn:messages_…" xmlns:core="urn:core_…">`).
 * - Polymorphic slots (`record`, `baseRef`, `customField`): `attributes: { xsi_type: { type, prefix, xmlns } }`.
 *   The string form `attributes: { 'xsi:type': 'listRel:Customer' }` is copied verbatim without declaring the
 *   prefix, and node-soap then keeps writing the record's fields in platformMsgs (the declared type, Record,
 *   has no such fields). With `xsi_type`, node-soap declares the prefix and writes the record's direct fields
 *   in that namespace. There is no `$xsiType` key in node-soap 1.x.
 * - node-soap does not look up the xsi:type's schema when SERIALIZING (it does when parsing responses), so
 *   below a typed record it knows no element namespaces or order: children that live in another namespace
 *   than the record's (Address fields: platformCommon; `customField`/`value` in customFieldList:
 *   platformCore) are written with a prefixed key (`'platformCommon:city'`), and object keys must be written
 *   in the schema's sequence order, because that is the order node-soap emits. Those prefixes are declared
 *   once on the Envelope (the trick the netsuite-js library uses: add them to `wsdl.definitions.xmlns` and
 *   to `wsdl.xmlnsInEnvelope`; node-soap caches a WSDL per URL, so only the missing ones are added).
 * - Responses are parsed with the xsi:type's schema: doubles and longs come back as numbers, dateTimes as Date
 *   objects, attributes under `attributes` (including `xsi:type`).
 * - A Fault rejects the call with an Error whose `root.Envelope.Body.Fault` holds faultcode, faultstring and
 *   the parsed detail.
 */
import * as soap from 'soap';
import { passportXml, signedPassport, type Credentials } from './passport';
import type { TestServer } from './server';
import { dig, ns } from './soap';

/** The prefixes used in the objects given to node-soap, as NetSuite's own files name them. */
export type Prefix = 'platformCore' | 'platformCommon' | 'tranSales' | 'listRel' | 'listAcct';

export interface XsiType {
  readonly xsi_type: { readonly type: string; readonly prefix: Prefix; readonly xmlns: string };
}

export interface NodeSoapClient {
  readonly client: soap.Client;
  /** `xsi:type` for a polymorphic slot: spread it into `attributes`. */
  type(prefix: Prefix, local: string): XsiType;
  /** Calls an operation and resolves with the parsed response element's content. */
  call(operation: string, args: object): Promise<unknown>;
  /** Calls an operation that must fail with a Fault and resolves with the parsed Fault. */
  fault(
    operation: string,
    args: object,
  ): Promise<{ faultcode: string; faultstring: string; detail: unknown }>;
}

export async function nodeSoapClient(
  server: TestServer,
  o: { version?: string; credentials?: Credentials } = {},
): Promise<NodeSoapClient> {
  const client = await soap.createClientAsync(server.wsdlUrl(o.version));
  const n = ns(o.version);
  const uris: Record<Prefix, string> = {
    platformCore: n.core,
    platformCommon: n.common,
    tranSales: n.sales,
    listRel: n.rel,
    listAcct: n.acct,
  };
  const defs = client.wsdl.definitions;
  defs.xmlns = { ...defs.xmlns, ...uris };
  for (const [prefix, uri] of Object.entries(uris)) {
    if (!client.wsdl.xmlnsInEnvelope.includes(`xmlns:${prefix}=`))
      client.wsdl.xmlnsInEnvelope += ` xmlns:${prefix}="${uri}"`;
  }

  const credentials = o.credentials ?? server.credentials;
  client.addSoapHeader(() =>
    passportXml(signedPassport(credentials)).replace(
      '<msgs:tokenPassport>',
      `<msgs:tokenPassport xmlns:msgs="${n.msgs}" xmlns:core="${n.core}">`,
    ),
  );

  const invoke = async (operation: string, args: object): Promise<unknown> => {
    const method = (client as unknown as Record<string, (a: object) => Promise<unknown[]>>)[
      `${operation}Async`
    ];
    if (!method) throw new Error(`node-soap built no method ${operation} from the WSDL`);
    const [result] = await method.call(client, args);
    return result;
  };

  return {
    client,
    type: (prefix, local) => ({ xsi_type: { type: local, prefix, xmlns: uris[prefix] } }),
    call: invoke,
    fault: async (operation, args) => {
      try {
        await invoke(operation, args);
      } catch (err) {
        const fault = dig(err, 'root', 'Envelope', 'Body', 'Fault');
        if (fault === undefined) throw err;
        return {
          faultcode: String(dig(fault, 'faultcode')),
          faultstring: String(dig(fault, 'faultstring')),
          detail: dig(fault, 'detail'),
        };
      }
      throw new Error(`${operation} was expected to fail with a SOAP Fault`);
    },
  };
}

/** `status.attributes.isSuccess` and the first detail's code, as node-soap parses a Status. */
export function nsStatus(status: unknown): { isSuccess: boolean; code?: string } {
  const detail = dig(status, 'statusDetail');
  const first = Array.isArray(detail) ? detail[0] : detail;
  const code = dig(first, 'code');
  return {
    isSuccess: dig(status, 'attributes', 'isSuccess') === 'true',
    ...(code !== undefined ? { code: String(code) } : {}),
  };
}
