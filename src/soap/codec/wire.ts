/**
 * Wire values: what the schema-driven decoder produces and the encoder consumes. A complex element becomes
 * a plain object keyed by element and attribute local names; repeated elements are arrays; `$type` holds
 * the local name of an `xsi:type`. Doubles stay decimal strings so no amount ever passes through a float.
 */
export type WireScalar = string | number | boolean;
export type WireValue = WireScalar | WireObject | WireValue[];
export interface WireObject {
  [name: string]: WireValue | undefined;
}

/** The request does not match the schema; reported as a Fault (NetSuite validates the whole message). */
export class WireFormatError extends Error {}

/** The request's namespaces carry another version than the endpoint it was sent to. */
export class VersionMismatchError extends Error {
  constructor(
    readonly sent: string,
    readonly endpoint: string,
  ) {
    super(
      `This request uses the ${sent} namespaces but was sent to the ${endpoint} endpoint (NetSuitePort_${endpoint}); ` +
        `send it to /services/NetSuitePort_${sent} or regenerate the client from the ${endpoint} WSDL.`,
    );
  }
}

export function isWireObject(v: WireValue | undefined): v is WireObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Reads a repeated element as an array whatever the decoder produced. */
export function list(v: WireValue | undefined): WireValue[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}
