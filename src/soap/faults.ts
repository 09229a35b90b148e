/**
 * The one place errors become what a client sees: a per-record `status` for RecordErrors, a SOAP 1.1 Fault
 * (HTTP 500) for everything that refuses the whole request. Fault details are NetSuite's lower-camel fault
 * elements with a FaultCodeType code, so typed clients deserialize them into their fault classes. An
 * unexpected error never shows its stack: the client gets UNEXPECTED_ERROR with the request id, and the log
 * gets the stack, once.
 */
import { RecordError, RequestError, type FaultCode, type RequestErrorCategory } from '../domain/errors';
import type { Logger } from '../log';
import { VersionMismatchError, WireFormatError, type WireObject } from './codec/wire';
import { XmlOut, writeValue } from './codec/encode';
import { BASE_VERSION, NAMESPACES, type WsVersion } from './schema/namespaces';
import { schema } from './schema/defs';
import { envelopeOpen, ENVELOPE_CLOSE, SoapVersionError } from './envelope';
import { escapeText } from './xml/escape';
import { InjectedFault } from './injectedFaults';
import { XmlSyntaxError } from './xml/parse';

export function statusOk(): WireObject {
  return { isSuccess: true };
}

export function statusFailed(err: RecordError): WireObject {
  return { isSuccess: false, statusDetail: [{ type: 'ERROR', code: err.code, message: err.message }] };
}

const FAULT_ELEMENT: Record<RequestErrorCategory, string> = {
  invalidCredentials: 'invalidCredentialsFault',
  insufficientPermission: 'insufficientPermissionFault',
  exceededRecordCount: 'exceededRecordCountFault',
  exceededRequestSize: 'exceededRequestSizeFault',
  exceededConcurrentRequestLimit: 'exceededConcurrentRequestLimitFault',
  exceededRequestLimit: 'exceededRequestLimitFault',
  exceededUsageLimit: 'exceededUsageLimitFault',
  invalidSession: 'invalidSessionFault',
  invalidVersion: 'invalidVersionFault',
  async: 'asyncFault',
  invalidRequest: 'unexpectedErrorFault',
  unexpected: 'unexpectedErrorFault',
};

interface FaultShape {
  faultcode: string;
  category: RequestErrorCategory;
  code: FaultCode;
  message: string;
}

function shapeOf(err: unknown, requestId: string): FaultShape {
  if (err instanceof RequestError) {
    const faultcode = err.category === 'invalidRequest' ? 'soapenv:Client' : 'soapenv:Server.userException';
    return { faultcode, category: err.category, code: err.code, message: err.message };
  }
  if (err instanceof VersionMismatchError) {
    return {
      faultcode: 'soapenv:Client',
      category: 'invalidVersion',
      code: 'INVALID_WS_VERSION',
      message: err.message,
    };
  }
  if (err instanceof WireFormatError || err instanceof XmlSyntaxError) {
    return {
      faultcode: 'soapenv:Client',
      category: 'invalidRequest',
      code: 'USER_ERROR',
      message: err.message,
    };
  }
  if (err instanceof SoapVersionError) {
    return {
      faultcode: 'soapenv:VersionMismatch',
      category: 'invalidRequest',
      code: 'USER_ERROR',
      message: err.message,
    };
  }
  if (err instanceof RecordError) {
    // A record-level rule escaping a handler that has no per-record status to put it in.
    return {
      faultcode: 'soapenv:Server.userException',
      category: 'invalidRequest',
      code: 'USER_ERROR',
      message: `${err.code}: ${err.message}`,
    };
  }
  return {
    faultcode: 'soapenv:Server.userException',
    category: 'unexpected',
    code: 'UNEXPECTED_ERROR',
    message: `An unexpected error occurred. Error ID: ${requestId}`,
  };
}

export function isExpected(err: unknown): boolean {
  return shapeOf(err, '').category !== 'unexpected';
}

/** The fault envelope for an error, logging unexpected ones (with their stack) exactly once. */
export function faultResponse(
  err: unknown,
  version: WsVersion | undefined,
  requestId: string,
  log: Logger,
): string {
  const shape = shapeOf(err, requestId);
  if (err instanceof InjectedFault) log.info({ requestId, fault: err.kind }, 'fault answered on purpose');
  else if (shape.category === 'unexpected') log.error({ err, requestId }, 'unexpected error');
  const v = version ?? BASE_VERSION;
  const element = FAULT_ELEMENT[shape.category];
  const out = new XmlOut();
  const kind = schema.valueKind(schema.globalElementType('faults', element)!);
  writeValue(
    { code: shape.code, message: shape.message },
    kind,
    out,
    `${NAMESPACES.faults.prefix}:${element}`,
  );
  return (
    envelopeOpen(v) +
    `<soapenv:Body><soapenv:Fault><faultcode>${shape.faultcode}</faultcode><faultstring>${escapeText(shape.message)}</faultstring>` +
    `<detail>${out.text}</detail></soapenv:Fault></soapenv:Body>` +
    ENVELOPE_CLOSE
  );
}
