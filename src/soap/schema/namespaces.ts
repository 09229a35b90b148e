/**
 * The XML namespaces of the SuiteTalk subset Billwire speaks.
 *
 * NetSuite stamps the endpoint version (`2023_2`) into every namespace URI, so a URI is a template filled
 * per request from the endpoint the client called. The prefixes are the ones NetSuite's own files use, so
 * our schema files and responses read like theirs (only the URIs matter on the wire).
 */

export const SUPPORTED_VERSIONS = ['2023_2', '2024_1', '2024_2', '2025_1', '2025_2'] as const;
export type WsVersion = (typeof SUPPORTED_VERSIONS)[number];

/** The version our committed wsdl/ and xsd/ files are written in; other versions are served by substitution. */
export const BASE_VERSION: WsVersion = '2023_2';

export function isSupportedVersion(v: string): v is WsVersion {
  return (SUPPORTED_VERSIONS as readonly string[]).includes(v);
}

interface NamespaceInfo {
  /** Prefix used in our schema files and in every envelope we write. */
  readonly prefix: string;
  /** `urn:<area>_<version>.<group>.webservices.netsuite.com` (with `types.` for enumeration schemas). */
  readonly area: string;
  readonly group: string;
  readonly typesSchema: boolean;
  /** Schema file name under xsd/. */
  readonly file: string;
}

function ns(prefix: string, area: string, group: string, file: string, typesSchema = false): NamespaceInfo {
  return { prefix, area, group, file, typesSchema };
}

export const NAMESPACES = {
  msgs: ns('platformMsgs', 'messages', 'platform', 'platform.messages.xsd'),
  core: ns('platformCore', 'core', 'platform', 'platform.core.xsd'),
  coreTyp: ns('platformCoreTyp', 'core', 'platform', 'platform.coreTypes.xsd', true),
  common: ns('platformCommon', 'common', 'platform', 'platform.common.xsd'),
  commonTyp: ns('platformCommonTyp', 'common', 'platform', 'platform.commonTypes.xsd', true),
  faults: ns('platformFaults', 'faults', 'platform', 'platform.faults.xsd'),
  faultTyp: ns('platformFaultTyp', 'faults', 'platform', 'platform.faultTypes.xsd', true),
  sales: ns('tranSales', 'sales', 'transactions', 'transactions.sales.xsd'),
  salesTyp: ns('tranSalesTyp', 'sales', 'transactions', 'transactions.saleTypes.xsd', true),
  rel: ns('listRel', 'relationships', 'lists', 'lists.relationships.xsd'),
  relTyp: ns('listRelTyp', 'relationships', 'lists', 'lists.relationshipTypes.xsd', true),
  acct: ns('listAcct', 'accounting', 'lists', 'lists.accounting.xsd'),
  acctTyp: ns('listAcctTyp', 'accounting', 'lists', 'lists.accountingTypes.xsd', true),
  fileCab: ns('docFileCab', 'filecabinet', 'documents', 'documents.filecabinet.xsd'),
  fileCabTyp: ns('docFileCabTyp', 'filecabinet', 'documents', 'documents.fileCabinetTypes.xsd', true),
} as const satisfies Record<string, NamespaceInfo>;

export type NsKey = keyof typeof NAMESPACES;
export const NS_KEYS = Object.keys(NAMESPACES) as NsKey[];

export const SOAP_ENV = 'http://schemas.xmlsoap.org/soap/envelope/';
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const XSD = 'http://www.w3.org/2001/XMLSchema';

export function namespaceUri(key: NsKey, version: WsVersion): string {
  const n = NAMESPACES[key];
  return `urn:${n.typesSchema ? 'types.' : ''}${n.area}_${version}.${n.group}.webservices.netsuite.com`;
}

/** The WSDL's own target namespace. */
export function platformUri(version: WsVersion): string {
  return `urn:platform_${version}.webservices.netsuite.com`;
}

const URI_PATTERN = /^urn:(types\.)?([a-z]+)_(\d{4}_\d)\.([a-z]+)\.webservices\.netsuite\.com$/;

/** Reads the version token out of any NetSuite namespace URI, or undefined for a foreign URI. */
export function versionOfUri(uri: string): string | undefined {
  const m = URI_PATTERN.exec(uri);
  return m ? m[3] : undefined;
}

/** Inverse of namespaceUri for one version: URI -> key. */
export function uriTable(version: WsVersion): Map<string, NsKey> {
  const table = new Map<string, NsKey>();
  for (const key of NS_KEYS) table.set(namespaceUri(key, version), key);
  return table;
}
