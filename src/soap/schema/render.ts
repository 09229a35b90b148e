/**
 * Writes the schema definitions out as the files a SOAP client compiles: one XSD per namespace and the
 * document/literal-wrapped SOAP 1.1 WSDL (facts sheet §1.3), with NetSuite's names, element order, header
 * binding and declared faults. The files are committed (xsd/, wsdl/) and served as they are, the version
 * token substituted per endpoint; scripts/gen-schema.ts writes them and checks them for drift.
 *
 * Rendering also checks what the registry cannot see: every `ref` names a global element of the right type,
 * and every operation and declared fault has its element.
 */
import type { ComplexTypeDef, ElementDef, EnumTypeDef, GlobalElementDef, SchemaDef, TypeName } from './model';
import {
  BASE_VERSION,
  NAMESPACES,
  NS_KEYS,
  namespaceUri,
  platformUri,
  XSD,
  type NsKey,
  type WsVersion,
} from './namespaces';
import { OPERATIONS } from './operations';
import { ALL_SCHEMAS, schema as registry } from './defs';
import { faultElementName } from './defs/faults';

const WSDL_NS = 'http://schemas.xmlsoap.org/wsdl/';
const WSDL_SOAP_NS = 'http://schemas.xmlsoap.org/wsdl/soap/';
const SOAP_HTTP = 'http://schemas.xmlsoap.org/soap/http';
export const WSDL_PATH = 'wsdl/netsuite.wsdl';

/** Header parts of the one `headers` message, in NetSuite's order. */
const HEADER_PARTS = [
  'applicationInfo',
  'partnerInfo',
  'documentInfo',
  'preferences',
  'searchPreferences',
  'tokenPassport',
] as const;

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** `<tag a="1" b="2"/>`-style attribute list; undefined values are left out. */
function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
    .join('');
}

function splitType(type: TypeName): [prefixKey: string, local: string] {
  const i = type.indexOf(':');
  return [type.slice(0, i), type.slice(i + 1)];
}

/** A schema's view of qualified names: `core:RecordRef` -> `platformCore:RecordRef`, noting each namespace used. */
class NameWriter {
  readonly used = new Set<NsKey>();
  constructor(private readonly own: NsKey) {}

  qname(type: TypeName): string {
    const [key, local] = splitType(type);
    if (key === 'xsd') return `xsd:${local}`;
    return `${this.prefixOf(key as NsKey)}:${local}`;
  }

  prefixOf(key: NsKey): string {
    if (!(key in NAMESPACES)) throw new Error(`unknown namespace key ${key}`);
    if (key !== this.own) this.used.add(key);
    return NAMESPACES[key].prefix;
  }
}

function globalElement(ns: NsKey, name: string): GlobalElementDef | undefined {
  return ALL_SCHEMAS.find((s) => s.ns === ns)?.elements?.find((g) => g.name === name);
}

function occurs(e: ElementDef): { minOccurs?: number; maxOccurs?: string | number } {
  const min = e.min ?? 0;
  const max = e.max ?? 1;
  return { minOccurs: min === 1 ? undefined : min, maxOccurs: max === 1 ? undefined : max };
}

function renderElement(e: ElementDef, names: NameWriter, owner: string): string {
  if (e.refNs) {
    const target = globalElement(e.refNs, e.name);
    if (!target) throw new Error(`${owner}.${e.name}: no global element ${e.refNs}:${e.name} to reference`);
    if (target.type !== e.type)
      throw new Error(`${owner}.${e.name}: type ${e.type} differs from ${target.type}`);
    return `<xsd:element${attrs({ ref: `${names.prefixOf(e.refNs)}:${e.name}`, ...occurs(e) })}/>`;
  }
  return `<xsd:element${attrs({ name: e.name, type: names.qname(e.type), ...occurs(e) })}/>`;
}

function renderComplexType(def: ComplexTypeDef, names: NameWriter, ownKey: NsKey): string[] {
  const owner = `${ownKey}:${def.name}`;
  const attributes = (def.attributes ?? []).map(
    (a) =>
      `<xsd:attribute${attrs({ name: a.name, type: names.qname(a.type), use: a.required ? 'required' : undefined })}/>`,
  );
  const elements = (def.elements ?? []).map((e) => renderElement(e, names, owner));
  const sequence = elements.length
    ? ['<xsd:sequence>', ...elements.map((l) => `  ${l}`), '</xsd:sequence>']
    : [];
  const indent = (lines: string[], by: string) => lines.map((l) => by + l);

  const open = `<xsd:complexType${attrs({ name: def.name, abstract: def.abstract ? 'true' : undefined })}>`;
  let body: string[];
  if (def.simpleContent) {
    if (elements.length) throw new Error(`${owner}: simpleContent types cannot have elements`);
    body = [
      '<xsd:simpleContent>',
      `  <xsd:extension base="${names.qname(def.simpleContent)}">`,
      ...indent(attributes, '    '),
      '  </xsd:extension>',
      '</xsd:simpleContent>',
    ];
  } else if (def.base) {
    const inner = [...sequence, ...attributes];
    body = [
      '<xsd:complexContent>',
      ...(inner.length
        ? [
            `  <xsd:extension base="${names.qname(def.base)}">`,
            ...indent(inner, '    '),
            '  </xsd:extension>',
          ]
        : [`  <xsd:extension base="${names.qname(def.base)}"/>`]),
      '</xsd:complexContent>',
    ];
  } else {
    body = [...(sequence.length ? sequence : ['<xsd:sequence/>']), ...attributes];
  }
  return [open, ...indent(body, '  '), '</xsd:complexType>'];
}

function renderEnum(def: EnumTypeDef): string[] {
  if (new Set(def.values).size !== def.values.length) throw new Error(`enum ${def.name} repeats a value`);
  return [
    `<xsd:simpleType name="${def.name}">`,
    '  <xsd:restriction base="xsd:string">',
    ...def.values.map((v) => `    <xsd:enumeration value="${escapeAttr(v)}"/>`),
    '  </xsd:restriction>',
    '</xsd:simpleType>',
  ];
}

const HEADER_COMMENT = (what: string) =>
  `<!-- Billwire ${what}. Generated by scripts/gen-schema.ts from src/soap/schema/defs; do not edit by hand. -->`;

/** One namespace's XSD; imports name sibling files (all XSDs share one folder). */
export function renderSchema(def: SchemaDef, version: WsVersion = BASE_VERSION): string {
  const names = new NameWriter(def.ns);
  const seenElements = new Set<string>();
  const body: string[] = [];
  for (const g of def.elements ?? []) {
    if (seenElements.has(g.name)) throw new Error(`${def.ns}: global element ${g.name} declared twice`);
    seenElements.add(g.name);
    body.push(`<xsd:element${attrs({ name: g.name, type: names.qname(g.type) })}/>`);
  }
  for (const t of def.complexTypes) body.push(...renderComplexType(t, names, def.ns));
  for (const e of def.enums ?? []) body.push(...renderEnum(e));

  const own = NAMESPACES[def.ns];
  // The messages schema imports every namespace, so it is a complete entry point: a validator started from it
  // knows every type an `xsi:type` inside `record`, `searchRecord`, ... may name.
  const imported = NS_KEYS.filter((k) => names.used.has(k) || (def.ns === 'msgs' && k !== 'msgs'));
  const xmlns: Record<string, string> = {
    'xmlns:xsd': XSD,
    [`xmlns:${own.prefix}`]: namespaceUri(def.ns, version),
  };
  for (const k of imported) xmlns[`xmlns:${NAMESPACES[k].prefix}`] = namespaceUri(k, version);
  const open = `<xsd:schema${attrs({
    ...xmlns,
    targetNamespace: namespaceUri(def.ns, version),
    elementFormDefault: 'qualified',
    attributeFormDefault: 'unqualified',
  })}>`;
  const imports = imported.map(
    (k) =>
      `<xsd:import${attrs({ namespace: namespaceUri(k, version), schemaLocation: NAMESPACES[k].file })}/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    HEADER_COMMENT(`schema for ${own.prefix}`),
    open,
    ...[...imports, ...body].map((l) => `  ${l}`),
    '</xsd:schema>',
    '',
  ].join('\n');
}

/**
 * The WSDL: types import every XSD from the repository's xsd/ folder (`../xsd/`, so a client can be generated
 * straight from a checkout; the server rewrites the locations to its own URLs when it serves the file); one
 * port, one SOAP 1.1 document/literal binding.
 */
export function renderWsdl(version: WsVersion = BASE_VERSION): string {
  const msgs = NAMESPACES.msgs.prefix;
  const faults = NAMESPACES.faults.prefix;
  const checkElement = (ns: NsKey, name: string) => {
    if (!registry.globalElementType(ns, name)) throw new Error(`WSDL needs global element ${ns}:${name}`);
  };

  const faultNames = [...new Set(OPERATIONS.flatMap((o) => o.faults))];
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    HEADER_COMMENT('WSDL (SuiteTalk subset)'),
    `<definitions${attrs({
      xmlns: WSDL_NS,
      'xmlns:soap': WSDL_SOAP_NS,
      'xmlns:xsd': XSD,
      'xmlns:tns': platformUri(version),
      [`xmlns:${msgs}`]: namespaceUri('msgs', version),
      [`xmlns:${faults}`]: namespaceUri('faults', version),
      targetNamespace: platformUri(version),
    })}>`,
    '  <types>',
    `    <xsd:schema${attrs({ elementFormDefault: 'qualified', targetNamespace: platformUri(version) })}>`,
    ...NS_KEYS.map(
      (k) =>
        `      <xsd:import${attrs({ namespace: namespaceUri(k, version), schemaLocation: `${XSD_FROM_WSDL}${NAMESPACES[k].file}` })}/>`,
    ),
    '    </xsd:schema>',
    '  </types>',
    '  <message name="headers">',
    ...HEADER_PARTS.map((p) => {
      checkElement('msgs', p);
      return `    <part name="${p}" element="${msgs}:${p}"/>`;
    }),
    '  </message>',
  ];

  for (const o of OPERATIONS) {
    checkElement('msgs', o.requestElement);
    checkElement('msgs', o.responseElement);
    lines.push(
      `  <message name="${o.name}Request">`,
      `    <part name="parameters" element="${msgs}:${o.requestElement}"/>`,
      '  </message>',
      `  <message name="${o.name}Response">`,
      `    <part name="parameters" element="${msgs}:${o.responseElement}"/>`,
      '  </message>',
    );
  }
  for (const f of faultNames) {
    checkElement('faults', faultElementName(f));
    lines.push(
      `  <message name="${f}">`,
      `    <part name="fault" element="${faults}:${faultElementName(f)}"/>`,
      '  </message>',
    );
  }

  lines.push('  <portType name="NetSuitePortType">');
  for (const o of OPERATIONS) {
    lines.push(
      `    <operation name="${o.name}">`,
      `      <input message="tns:${o.name}Request"/>`,
      `      <output message="tns:${o.name}Response"/>`,
      ...o.faults.map((f) => `      <fault name="${f}" message="tns:${f}"/>`),
      '    </operation>',
    );
  }
  lines.push('  </portType>');

  const header = (part: string) =>
    `        <soap:header message="tns:headers" part="${part}" use="literal"/>`;
  lines.push(
    '  <binding name="NetSuiteBinding" type="tns:NetSuitePortType">',
    `    <soap:binding style="document" transport="${SOAP_HTTP}"/>`,
  );
  for (const o of OPERATIONS) {
    lines.push(
      `    <operation name="${o.name}">`,
      `      <soap:operation soapAction="${o.name}"/>`,
      '      <input>',
      header('tokenPassport'),
      header('applicationInfo'),
      header('partnerInfo'),
      header(o.preferencesHeader),
      '        <soap:body use="literal"/>',
      '      </input>',
      '      <output>',
      header('documentInfo'),
      '        <soap:body use="literal"/>',
      '      </output>',
      ...o.faults.flatMap((f) => [
        `      <fault name="${f}">`,
        `        <soap:fault name="${f}" use="literal"/>`,
        '      </fault>',
      ]),
      '    </operation>',
    );
  }
  lines.push(
    '  </binding>',
    '  <service name="NetSuiteService">',
    '    <port name="NetSuitePort" binding="tns:NetSuiteBinding">',
    `      <soap:address location="https://webservices.netsuite.com/services/NetSuitePort_${version}"/>`,
    '    </port>',
    '  </service>',
    '</definitions>',
    '',
  );
  return lines.join('\n');
}

/** Where the committed WSDL finds the XSDs. */
export const XSD_FROM_WSDL = '../xsd/';

/** Every generated file, keyed by its path relative to the project root (`xsd/<file>`, `wsdl/netsuite.wsdl`). */
export function renderAll(version: WsVersion = BASE_VERSION): Map<string, string> {
  const out = new Map<string, string>();
  for (const def of ALL_SCHEMAS) out.set(`xsd/${NAMESPACES[def.ns].file}`, renderSchema(def, version));
  out.set(WSDL_PATH, renderWsdl(version));
  return out;
}
