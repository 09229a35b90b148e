/**
 * Verifies NetSuite's token-based authentication header (tokenPassport).
 *
 * signature = Base64(HMAC-SHA256(key = consumerSecret & tokenSecret,
 *                                text = account & consumerKey & token & nonce & timestamp))
 * The timestamp (Unix seconds) must be within the configured window of the server clock and each nonce is
 * accepted once. In `open` mode any well-formed passport is accepted and names the account, so an
 * integration's real credentials work unchanged. Failure messages say which check failed (NetSuite's own
 * say only "Invalid login attempt."), and never echo a secret.
 */
import crypto from 'node:crypto';
import type { AuthMode } from '../config';
import type { AccountContext } from '../domain/account';
import { RequestError } from '../domain/errors';
import type { AccountRegistry } from './accounts';

export interface TokenPassport {
  readonly account: string;
  readonly consumerKey: string;
  readonly token: string;
  readonly nonce: string;
  readonly timestamp: number;
  readonly signature: string;
  readonly algorithm: string;
}

export interface NonceClaims {
  claim(account: string, token: string, nonce: string, expiresAt: number, now: number): Promise<boolean>;
}

export function invalidLogin(reason: string): RequestError {
  return new RequestError(
    'invalidCredentials',
    'INVALID_LOGIN_CREDENTIALS',
    `Invalid login attempt. ${reason}`,
  );
}

const SHA256_NAMES = new Set(['HMAC-SHA256', 'HMAC_SHA256', 'HMACSHA256']);

export function sign(
  p: Omit<TokenPassport, 'signature' | 'algorithm'>,
  consumerSecret: string,
  tokenSecret: string,
): string {
  const text = [p.account, p.consumerKey, p.token, p.nonce, String(p.timestamp)].join('&');
  return crypto.createHmac('sha256', `${consumerSecret}&${tokenSecret}`).update(text).digest('base64');
}

function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export class PassportVerifier {
  constructor(
    private readonly mode: AuthMode,
    private readonly accounts: AccountRegistry,
    private readonly nonces: NonceClaims,
    private readonly windowSeconds: number,
  ) {}

  async verify(p: TokenPassport | undefined, nowMs: number): Promise<AccountContext> {
    if (!p)
      throw invalidLogin(
        'The request has no tokenPassport header; SuiteTalk 2023_2 and later accept token-based authentication only.',
      );
    for (const [name, v] of [
      ['account', p.account],
      ['consumerKey', p.consumerKey],
      ['token', p.token],
      ['nonce', p.nonce],
      ['signature', p.signature],
    ] as const) {
      if (v.trim() === '') throw invalidLogin(`tokenPassport ${name} is empty.`);
    }
    if (this.mode === 'open') return this.accounts.openAccount(p.account.trim());

    const account = this.accounts.find(p.account.trim());
    if (!account) throw invalidLogin(`Account ${p.account} is not hosted by this server.`);
    const credential = account.credentials.find(
      (c) => c.consumerKey === p.consumerKey && c.tokenId === p.token,
    );
    if (!credential)
      throw invalidLogin('No integration record matches this consumerKey and token for the account.');
    if (!SHA256_NAMES.has(p.algorithm.trim().toUpperCase())) {
      throw invalidLogin(`Signature algorithm "${p.algorithm}" is not accepted; use HMAC-SHA256.`);
    }
    const skew = Math.abs(nowMs / 1000 - p.timestamp);
    if (skew > this.windowSeconds) {
      throw invalidLogin(
        `The timestamp ${p.timestamp} is ${Math.round(skew)} s away from the server clock (allowed: ${this.windowSeconds} s).`,
      );
    }
    // Sign with the account id exactly as the client sent it: that is the text the client signed.
    const expected = sign(p, credential.consumerSecret, credential.tokenSecret);
    if (!sameSignature(expected, p.signature.trim())) {
      throw invalidLogin(
        'The signature does not match; check the consumer secret, the token secret and the signed text (account&consumerKey&token&nonce&timestamp).',
      );
    }
    const fresh = await this.nonces.claim(
      account.id,
      p.token,
      p.nonce,
      (p.timestamp + this.windowSeconds) * 1000,
      nowMs,
    );
    if (!fresh) throw invalidLogin('This nonce was already used; every request needs a new nonce.');
    return account;
  }
}
