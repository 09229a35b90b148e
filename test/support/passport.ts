/** Builds signed tokenPassport headers the way a NetSuite client does. */
import crypto from 'node:crypto';
import { sign } from '../../src/auth/passport';
import { DEV_DEFAULTS } from '../../src/config';

export interface Credentials {
  readonly account: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

export const DEV_CREDENTIALS: Credentials = { ...DEV_DEFAULTS };

export interface PassportParts {
  account: string;
  consumerKey: string;
  token: string;
  nonce: string;
  timestamp: number;
  signature: string;
  algorithm: string;
}

/** A freshly signed passport; `overrides` replace parts after signing (to provoke failures). */
export function signedPassport(
  c: Credentials = DEV_CREDENTIALS,
  overrides: Partial<PassportParts> = {},
): PassportParts {
  const base = {
    account: c.account,
    consumerKey: c.consumerKey,
    token: c.tokenId,
    nonce: crypto.randomBytes(12).toString('hex'),
    timestamp: Math.floor(Date.now() / 1000),
  };
  const p = { ...base, ...overrides };
  return {
    ...p,
    signature: sign(p, c.consumerSecret, c.tokenSecret),
    algorithm: 'HMAC-SHA256',
    ...overrides,
  };
}

/** The tokenPassport header element, with `msgs`/`core` prefixes the caller's envelope declares. */
export function passportXml(p: PassportParts = signedPassport()): string {
  return (
    '<msgs:tokenPassport>' +
    `<core:account>${p.account}</core:account><core:consumerKey>${p.consumerKey}</core:consumerKey>` +
    `<core:token>${p.token}</core:token><core:nonce>${p.nonce}</core:nonce><core:timestamp>${p.timestamp}</core:timestamp>` +
    `<core:signature algorithm="${p.algorithm}">${p.signature}</core:signature>` +
    '</msgs:tokenPassport>'
  );
}
