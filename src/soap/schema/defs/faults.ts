/**
 * platformFaults: the SOAP fault detail types. Every fault is a SoapFault (code + message) under its own
 * type name, carried in `detail` by a lower-camel global element (facts sheet §8.1); the WSDL's fault messages
 * point at those elements.
 */
import { req, type ComplexTypeDef, type GlobalElementDef, type SchemaDef } from '../model';

const FAULTS = [
  'InsufficientPermissionFault',
  'InvalidAccountFault',
  'InvalidCredentialsFault',
  'InvalidSessionFault',
  'InvalidVersionFault',
  'ExceededConcurrentRequestLimitFault',
  'ExceededRequestLimitFault',
  'ExceededUsageLimitFault',
  'ExceededRecordCountFault',
  'ExceededRequestSizeFault',
  'UnexpectedErrorFault',
  'AsyncFault',
] as const;

/** `InvalidCredentialsFault` -> `invalidCredentialsFault`: the detail element of a fault type. */
export function faultElementName(faultType: string): string {
  return faultType[0]!.toLowerCase() + faultType.slice(1);
}

const complexTypes: ComplexTypeDef[] = [
  { name: 'SoapFault', elements: [req('code', 'faultTyp:FaultCodeType'), req('message', 'xsd:string')] },
  ...FAULTS.map((name) => ({ name, base: 'faults:SoapFault' })),
];

const elements: GlobalElementDef[] = FAULTS.map((name) => ({
  name: faultElementName(name),
  type: `faults:${name}`,
}));

export const schema: SchemaDef = { ns: 'faults', complexTypes, elements };
