/**
 * tokenPassport verification with an in-memory nonce store: a good signature passes and names the
 * account; a bad signature, an unknown account or consumer key, a skewed timestamp, a reused nonce and the
 * withdrawn SHA-1 algorithm are refused with INVALID_LOGIN_CREDENTIALS; open mode accepts any well-formed
 * passport and takes its account.
 */
import { expect } from 'chai';
import crypto from 'node:crypto';
import { AccountRegistry, type HostedAccount } from '../../src/auth/accounts';
import { PassportVerifier, sign, type NonceClaims, type TokenPassport } from '../../src/auth/passport';
import { DEFAULT_PREFERENCES } from '../../src/domain/account';
import { RequestError } from '../../src/domain/errors';

const NOW = Date.UTC(2024, 2, 1, 12, 0, 0);
const WINDOW = 300;

const ACCOUNT: HostedAccount = {
  id: 'TSTDRV123',
  timeZone: 'America/Los_Angeles',
  preferences: DEFAULT_PREFERENCES,
  credentials: [{ consumerKey: 'ck', consumerSecret: 'cs', tokenId: 'tk', tokenSecret: 'ts' }],
};

/** Remembers (account, token, nonce) triples, like the database table does. */
class MemoryNonces implements NonceClaims {
  readonly seen = new Set<string>();
  async claim(account: string, token: string, nonce: string): Promise<boolean> {
    const key = `${account}|${token}|${nonce}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

function passport(overrides: Partial<TokenPassport> = {}, secrets = { cs: 'cs', ts: 'ts' }): TokenPassport {
  const base = {
    account: 'TSTDRV123',
    consumerKey: 'ck',
    token: 'tk',
    nonce: crypto.randomBytes(8).toString('hex'),
    timestamp: Math.floor(NOW / 1000),
    ...overrides,
  };
  return { signature: sign(base, secrets.cs, secrets.ts), algorithm: 'HMAC-SHA256', ...base, ...overrides };
}

async function refusal(p: Promise<unknown>): Promise<RequestError> {
  try {
    await p;
  } catch (err) {
    expect(err).to.be.instanceOf(RequestError);
    const e = err as RequestError;
    expect(e.category).to.equal('invalidCredentials');
    expect(e.code).to.equal('INVALID_LOGIN_CREDENTIALS');
    return e;
  }
  throw new Error('expected the passport to be refused');
}

describe('tokenPassport verification', () => {
  let nonces: MemoryNonces;
  let verifier: PassportVerifier;
  beforeEach(() => {
    nonces = new MemoryNonces();
    verifier = new PassportVerifier('verify', new AccountRegistry([ACCOUNT], 'UTC'), nonces, WINDOW);
  });

  it('signs with HMAC-SHA256 over account&consumerKey&token&nonce&timestamp, keyed consumerSecret&tokenSecret', () => {
    const p = { account: 'A', consumerKey: 'ck', token: 'tk', nonce: 'n', timestamp: 1 };
    const expected = crypto.createHmac('sha256', 'cs&ts').update('A&ck&tk&n&1').digest('base64');
    expect(sign(p, 'cs', 'ts')).to.equal(expected);
  });

  it('accepts a good signature and answers with the account', async () => {
    const account = await verifier.verify(passport(), NOW);
    expect(account.id).to.equal('TSTDRV123');
    expect(account.timeZone).to.equal('America/Los_Angeles');
  });

  it('matches the account id case-insensitively (signing the id as sent)', async () => {
    const account = await verifier.verify(passport({ account: 'tstdrv123' }), NOW);
    expect(account.id).to.equal('TSTDRV123');
  });

  it('refuses a bad signature', async () => {
    await refusal(verifier.verify(passport({ signature: 'AAAA' }), NOW));
    await refusal(verifier.verify(passport({}, { cs: 'cs', ts: 'other' }), NOW));
  });

  it('refuses a signature over other values than sent (a changed nonce)', async () => {
    const p = passport();
    await refusal(verifier.verify({ ...p, nonce: `${p.nonce}x` }, NOW));
  });

  it('refuses an unknown account', async () => {
    const e = await refusal(verifier.verify(passport({ account: 'NOPE' }), NOW));
    expect(e.message).to.match(/^Invalid login attempt\./);
  });

  it('refuses an unknown consumer key or token', async () => {
    await refusal(verifier.verify(passport({ consumerKey: 'other' }), NOW));
    await refusal(verifier.verify(passport({ token: 'other' }), NOW));
  });

  it(`refuses a timestamp more than ${WINDOW} s from the server clock, either way`, async () => {
    const t = Math.floor(NOW / 1000);
    await refusal(verifier.verify(passport({ timestamp: t - WINDOW - 1 }), NOW));
    await refusal(verifier.verify(passport({ timestamp: t + WINDOW + 1 }), NOW));
    await verifier.verify(passport({ timestamp: t - WINDOW + 1 }), NOW);
  });

  it('refuses a reused nonce', async () => {
    const p = passport();
    await verifier.verify(p, NOW);
    await refusal(verifier.verify(p, NOW + 1000));
  });

  it('does not burn a nonce on a refused passport', async () => {
    const p = passport();
    await refusal(verifier.verify({ ...p, signature: 'AAAA' }, NOW));
    expect(nonces.seen.size).to.equal(0);
    await verifier.verify(p, NOW);
  });

  it('refuses HMAC-SHA1 and accepts the HMAC-SHA256 spellings', async () => {
    await refusal(verifier.verify(passport({ algorithm: 'HMAC-SHA1' }), NOW));
    for (const algorithm of ['HMAC-SHA256', 'HMAC_SHA256', 'hmac-sha256']) {
      await verifier.verify(passport({ algorithm }), NOW);
    }
  });

  it('refuses a missing passport and empty parts', async () => {
    await refusal(verifier.verify(undefined, NOW));
    await refusal(verifier.verify(passport({ nonce: '' }), NOW));
    await refusal(verifier.verify(passport({ signature: ' ' }), NOW));
  });

  describe('open mode', () => {
    beforeEach(() => {
      verifier = new PassportVerifier(
        'open',
        new AccountRegistry([ACCOUNT], 'Europe/Amsterdam'),
        nonces,
        WINDOW,
      );
    });

    it('accepts any well-formed passport and takes its account, in the default zone', async () => {
      const account = await verifier.verify(
        {
          account: 'any_acct',
          consumerKey: 'x',
          token: 'y',
          nonce: 'z',
          timestamp: 0,
          signature: 'not-signed',
          algorithm: 'HMAC-SHA1',
        },
        NOW,
      );
      expect(account).to.include({ id: 'ANY_ACCT', timeZone: 'Europe/Amsterdam' });
    });

    it('keeps the settings of an account it hosts', async () => {
      const account = await verifier.verify(passport({ signature: 'whatever' }), NOW);
      expect(account).to.include({ id: 'TSTDRV123', timeZone: 'America/Los_Angeles' });
    });

    it('still refuses a missing passport and empty parts', async () => {
      await refusal(verifier.verify(undefined, NOW));
      await refusal(verifier.verify(passport({ account: '' }), NOW));
    });
  });
});
