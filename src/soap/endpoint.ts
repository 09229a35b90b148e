/**
 * POST /services/NetSuitePort_<version>: one SOAP request from bytes to bytes.
 * body (size limit) -> envelope -> authenticate (tokenPassport) -> decode the operation element -> handler
 * -> encode -> envelope out. Every error on the way becomes a fault in soap/faults.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PassportVerifier, TokenPassport } from '../auth/passport';
import { invalidLogin } from '../auth/passport';
import { RequestError } from '../domain/errors';
import type { Logger } from '../log';
import type { Services } from '../services';
import { readBody } from './body';
import { XmlOut, writeValue } from './codec/encode';
import { isWireObject, type WireObject } from './codec/wire';
import type { OperationContext, SearchPreferences } from './context';
import { readEnvelope, responseEnvelope } from './envelope';
import { faultResponse } from './faults';
import type { InjectedFaults } from './injectedFaults';
import { HANDLERS } from './operations';
import { schema } from './schema/defs';
import { isSupportedVersion, NAMESPACES, type WsVersion } from './schema/namespaces';

export interface EndpointDeps {
  readonly services: Services;
  readonly verifier: PassportVerifier;
  readonly maxBodyBytes: number;
  readonly log: Logger;
  /** Faults armed on purpose (BILLWIRE_FAULT_INJECTION); absent when the feature is off. */
  readonly injectedFaults?: InjectedFaults;
}

const PORT_NAME = /^NetSuitePort_(\d{4}_\d)$/;

/** The version in `NetSuitePort_<version>`, or a fault for a version Billwire does not serve. */
export function versionOfPort(port: string): WsVersion {
  const m = PORT_NAME.exec(port);
  if (!m) throw new RequestError('invalidRequest', 'USER_ERROR', `There is no SOAP endpoint ${port}.`);
  if (!isSupportedVersion(m[1]!)) {
    throw new RequestError(
      'invalidVersion',
      'UNSUPPORTED_WS_VERSION',
      `SuiteTalk version ${m[1]} is not supported; use 2023_2, 2024_1, 2024_2, 2025_1 or 2025_2.`,
    );
  }
  return m[1] as WsVersion;
}

function passportOf(w: WireObject | undefined): TokenPassport | undefined {
  if (!w) return undefined;
  const sig = isWireObject(w.signature) ? w.signature : {};
  return {
    account: String(w.account),
    consumerKey: String(w.consumerKey),
    token: String(w.token),
    nonce: String(w.nonce),
    timestamp: Number(w.timestamp),
    signature: String(sig.$value ?? ''),
    algorithm: String(sig.algorithm ?? ''),
  };
}

function searchPreferencesOf(w: WireObject | undefined): SearchPreferences {
  return {
    bodyFieldsOnly: w?.bodyFieldsOnly !== false,
    returnSearchColumns: w?.returnSearchColumns !== false,
    pageSize: typeof w?.pageSize === 'number' ? w.pageSize : undefined,
  };
}

let sequence = 0;
function nsIdFor(account: string, now: number): string {
  const d = new Date(now);
  const date = `${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}${d.getUTCFullYear()}`;
  sequence = (sequence + 1) % 1e9;
  return `WEBSERVICES_${account}_${date}${String(sequence).padStart(9, '0')}_${Math.floor(Math.random() * 0xffffff).toString(16)}`;
}

/** What the access log records about a request once it is answered. */
export interface RequestNotes {
  readonly requestId: string;
  operation?: string;
  account?: string;
}

function send(res: ServerResponse, status: number, body: string, close = false): void {
  const bytes = Buffer.from(body, 'utf8');
  const headers: Record<string, string | number> = {
    'Content-Type': 'text/xml; charset=utf-8',
    'Content-Length': bytes.length,
  };
  if (close) headers.Connection = 'close';
  res.writeHead(status, headers);
  res.end(bytes);
}

/**
 * The SOAP endpoint as a plain node:http handler: the hot path does not go through express's router
 * (measured: a third of a get's server time; docs/decisions.md "HTTP").
 */
export function soapEndpoint(deps: EndpointDeps) {
  return async (
    req: IncomingMessage,
    res: ServerResponse,
    port: string,
    notes: RequestNotes,
  ): Promise<void> => {
    const requestId = notes.requestId;
    // A request-scoped logger is made only when something is logged (most requests log nothing here).
    let child: Logger | undefined;
    const log = () => (child ??= deps.log.child({ requestId }));
    let version: WsVersion | undefined;
    try {
      version = versionOfPort(port);
      const body = await readBody(req, deps.maxBodyBytes);
      const soap = readEnvelope(body.toString('utf8'), version);
      notes.operation = soap.operation;
      const now = Date.now();
      if (!soap.headers.tokenPassport && soap.sentPassport) {
        throw invalidLogin(
          'The passport (login) header was retired in 2023_2; send a tokenPassport (token-based authentication).',
        );
      }
      const account = await deps.verifier.verify(passportOf(soap.headers.tokenPassport), now);
      notes.account = account.id;
      const injected = deps.injectedFaults?.take(account.id, soap.operation);
      if (injected) throw injected;
      const request = soap.decodeBody();
      const ctx: OperationContext = {
        requestId,
        version,
        scope: {
          account,
          now,
          ignoreReadOnlyFields: soap.headers.preferences?.ignoreReadOnlyFields === true,
        },
        searchPreferences: searchPreferencesOf(soap.headers.searchPreferences),
        services: deps.services,
        get log() {
          return log();
        },
      };
      const response = await HANDLERS[soap.operation](ctx, request);
      const out = new XmlOut();
      const element = `${soap.operation}Response`;
      writeValue(
        response,
        schema.valueKind(schema.globalElementType('msgs', element)!),
        out,
        `${NAMESPACES.msgs.prefix}:${element}`,
      );
      send(res, 200, responseEnvelope(version, nsIdFor(account.id, now), out.text));
    } catch (err) {
      const close = err instanceof RequestError && err.category === 'exceededRequestSize';
      send(res, 500, faultResponse(err, version, requestId, log()), close);
    }
  };
}
