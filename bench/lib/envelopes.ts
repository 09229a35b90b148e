/**
 * SuiteTalk request envelopes, written by hand the way a NetSuite client sends them, and the signed
 * tokenPassport every request carries.
 *
 * A request body is `head + passport + tail`: the head and tail are encoded once per scenario and only the
 * passport (a new nonce, signed) changes per request, so building a body costs one small HMAC and one
 * buffer concatenation (even for a 700 KB addList). Passports are signed ahead of a run in a pool; if the
 * pool runs dry, or an entry gets older than the server's timestamp window allows, they are signed live.
 */
import crypto from 'node:crypto';
import { sign } from '../../src/auth/passport';
import { DEV_DEFAULTS } from '../../src/config';
import { namespaceUri, type WsVersion } from '../../src/soap/schema/namespaces';

export const VERSION: WsVersion = '2023_2';
export const ENDPOINT_PATH = `/services/NetSuitePort_${VERSION}`;

const NS = {
  msgs: namespaceUri('msgs', VERSION),
  core: namespaceUri('core', VERSION),
  common: namespaceUri('common', VERSION),
  sales: namespaceUri('sales', VERSION),
  rel: namespaceUri('rel', VERSION),
  acct: namespaceUri('acct', VERSION),
};

export interface Credentials {
  readonly account: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

export const DEV_CREDENTIALS: Credentials = { ...DEV_DEFAULTS };

/** Entries older than this are re-signed: the server accepts 300 s of clock distance. */
const MAX_PASSPORT_AGE_S = 240;

/**
 * Signed tokenPassport elements with nonces that never repeat within this process: a random per-process
 * prefix plus a counter (the server remembers every nonce for the timestamp window).
 */
export class PassportSource {
  private readonly prefix = crypto.randomBytes(6).toString('hex');
  private counter = 0;
  private pool: ({ xml: string; timestamp: number } | undefined)[] = [];
  private next = 0;
  /** How many passports were signed during a run because the pool was empty or stale. */
  signedLive = 0;

  constructor(private readonly c: Credentials = DEV_CREDENTIALS) {}

  private make(timestamp: number): string {
    const p = {
      account: this.c.account,
      consumerKey: this.c.consumerKey,
      token: this.c.tokenId,
      nonce: `${this.prefix}${(this.counter++).toString(36).padStart(8, '0')}`,
      timestamp,
    };
    const signature = sign(p, this.c.consumerSecret, this.c.tokenSecret);
    return (
      '<msgs:tokenPassport>' +
      `<core:account>${p.account}</core:account><core:consumerKey>${p.consumerKey}</core:consumerKey>` +
      `<core:token>${p.token}</core:token><core:nonce>${p.nonce}</core:nonce>` +
      `<core:timestamp>${p.timestamp}</core:timestamp>` +
      `<core:signature algorithm="HMAC-SHA256">${signature}</core:signature>` +
      '</msgs:tokenPassport>'
    );
  }

  /** Signs `n` passports now (replacing any unused ones: their nonces are simply never sent). */
  prefill(n: number): void {
    const timestamp = nowS();
    this.pool = Array.from({ length: n }, () => ({ xml: this.make(timestamp), timestamp }));
    this.next = 0;
    this.signedLive = 0;
  }

  take(): string {
    const entry = this.pool[this.next];
    if (entry && nowS() - entry.timestamp < MAX_PASSPORT_AGE_S) {
      this.pool[this.next++] = undefined; // let the string go
      return entry.xml;
    }
    this.signedLive++;
    return this.make(nowS());
  }
}

function nowS(): number {
  return Math.floor(Date.now() / 1000);
}

/** An envelope with a hole for the passport: `render(passport)` is one request body. */
export class EnvelopeTemplate {
  private readonly head: Buffer;
  private readonly tail: Buffer;

  constructor(readonly bodyXml: string) {
    this.head = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
        ` xmlns:msgs="${NS.msgs}" xmlns:core="${NS.core}" xmlns:common="${NS.common}" xmlns:sales="${NS.sales}" xmlns:rel="${NS.rel}" xmlns:acct="${NS.acct}">` +
        '<soapenv:Header>',
    );
    this.tail = Buffer.from(`</soapenv:Header><soapenv:Body>${bodyXml}</soapenv:Body></soapenv:Envelope>`);
  }

  render(passportXml: string): Buffer {
    return Buffer.concat([this.head, Buffer.from(passportXml, 'latin1'), this.tail]);
  }
}

/** HTTP headers of a SOAP 1.1 call to `operation`. */
export function soapHeaders(operation: string): Record<string, string> {
  return { 'content-type': 'text/xml; charset=utf-8', SOAPAction: `"${operation}"` };
}

// ---- bodies ---------------------------------------------------------------------------------------

export function addCustomerBody(companyName: string, externalId: string): string {
  return (
    `<msgs:add><msgs:record xsi:type="rel:Customer" externalId="${externalId}">` +
    `<rel:companyName>${companyName}</rel:companyName><rel:email>bench@example.com</rel:email>` +
    '</msgs:record></msgs:add>'
  );
}

export function addServiceItemBody(itemId: string, externalId: string): string {
  return (
    `<msgs:add><msgs:record xsi:type="acct:ServiceSaleItem" externalId="${externalId}">` +
    `<acct:itemId>${itemId}</acct:itemId><acct:displayName>${itemId} (bench)</acct:displayName>` +
    '</msgs:record></msgs:add>'
  );
}

export interface InvoiceShape {
  readonly customerId: string;
  /** One line per item id, in order. */
  readonly itemIds: readonly string[];
  readonly externalId?: string;
}

/** A `record` element: an invoice with one line per item (quantity, rate, description, a custom field). */
export function invoiceRecord(s: InvoiceShape): string {
  let lines = '';
  s.itemIds.forEach((itemId, i) => {
    lines +=
      `<sales:item><sales:item internalId="${itemId}"/>` +
      `<sales:quantity>${i + 1}</sales:quantity><sales:rate>${(19.99 + i * 5.25).toFixed(2)}</sales:rate>` +
      `<sales:description>Consulting, line ${i + 1}: analysis and implementation hours</sales:description>` +
      '<sales:customFieldList><core:customField xsi:type="core:StringCustomFieldRef" scriptId="custcol_project">' +
      `<core:value>PRJ-${1000 + i}</core:value></core:customField></sales:customFieldList>` +
      '</sales:item>';
  });
  const ext = s.externalId ? ` externalId="${s.externalId}"` : '';
  return (
    `<msgs:record xsi:type="sales:Invoice"${ext}><sales:entity internalId="${s.customerId}"/>` +
    '<sales:memo>Billwire benchmark invoice</sales:memo>' +
    `<sales:itemList>${lines}</sales:itemList></msgs:record>`
  );
}

export function addInvoiceBody(s: InvoiceShape): string {
  return `<msgs:add>${invoiceRecord(s)}</msgs:add>`;
}

export function addListInvoicesBody(s: InvoiceShape, count: number): string {
  const record = invoiceRecord(s);
  return `<msgs:addList>${record.repeat(count)}</msgs:addList>`;
}

export function getBody(type: string, internalId: string): string {
  return `<msgs:get><msgs:baseRef xsi:type="core:RecordRef" type="${type}" internalId="${internalId}"/></msgs:get>`;
}
