/**
 * POST /services/NetSuitePort_<version>: one SOAP request from bytes to bytes.
 * body (size limit) -> envelope -> authenticate (tokenPassport) -> decode the operation element -> handler
 * -> encode -> envelope out. Every error on the way becomes a fault in soap/faults.ts.
 */
import type { Request, Response } from 'express';
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
import { HANDLERS } from './operations';
import { schema } from './schema/defs';
import { isSupportedVersion, NAMESPACES, type WsVersion } from './schema/namespaces';

export interface EndpointDeps {
  readonly services: Services;
  readonly verifier: PassportVerifier;
  readonly maxBodyBytes: number;
  readonly log: Logger;
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

export function soapEndpoint(deps: EndpointDeps) {
  return async (req: Request, res: Response): Promise<void> => {
    const requestId = res.locals.requestId as string;
    const log = deps.log.child({ requestId });
    let version: WsVersion | undefined;
    try {
      version = versionOfPort(String(req.params.port));
      const body = await readBody(req, deps.maxBodyBytes);
      const soap = readEnvelope(body.toString('utf8'), version);
      res.locals.operation = soap.operation;
      const now = Date.now();
      if (!soap.headers.tokenPassport && soap.sentPassport) {
        throw invalidLogin(
          'The passport (login) header was retired in 2023_2; send a tokenPassport (token-based authentication).',
        );
      }
      const account = await deps.verifier.verify(passportOf(soap.headers.tokenPassport), now);
      res.locals.account = account.id;
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
        log,
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
      res
        .status(200)
        .type('text/xml; charset=utf-8')
        .send(responseEnvelope(version, nsIdFor(account.id, now), out.text));
    } catch (err) {
      if (err instanceof RequestError && err.category === 'exceededRequestSize')
        res.set('Connection', 'close');
      res
        .status(500)
        .type('text/xml; charset=utf-8')
        .send(faultResponse(err, version, requestId, log));
    }
  };
}
