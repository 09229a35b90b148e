/**
 * Token-based authentication (tokenPassport). Every refusal is the same SOAP 1.1 Fault, as NetSuite sends
 * it: HTTP 500, faultcode soapenv:Server.userException, detail platformFaults:invalidCredentialsFault with
 * code INVALID_LOGIN_CREDENTIALS. Open mode (BILLWIRE_AUTH_MODE=open) accepts any well-formed passport and
 * takes the account from it; BILLWIRE_ACCOUNT / BILLWIRE_CONSUMER_KEY / … replace the built-in credentials.
 */
import { expect } from 'chai';
import { credentialsFor } from '../support/accounts';
import { nodeSoapClient } from '../support/nodeSoapClient';
import { DEV_CREDENTIALS, passportXml, signedPassport } from '../support/passport';
import { addCustomer, baseRefXml, customerXml, readRecord, statusOf, write } from '../support/records';
import { call, describeReply, dig, namespaceOf, type EnvelopeOptions, type SoapReply } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const GET_CUSTOMER = `<msgs:get>${baseRefXml('customer', '1')}</msgs:get>`;

function expectInvalidCredentials(r: SoapReply): void {
  expect(r.status, describeReply(r)).to.equal(500);
  expect(r.contentType).to.match(/^text\/xml/);
  expect(r.fault).to.include({
    faultcode: 'soapenv:Server.userException',
    detailElement: 'invalidCredentialsFault',
    code: 'INVALID_LOGIN_CREDENTIALS',
  });
  expect(r.fault!.faultstring).to.equal(r.fault!.message);
  expect(namespaceOf(r.text, 'invalidCredentialsFault')).to.equal(
    'urn:faults_2023_2.platform.webservices.netsuite.com',
  );
}

describe(`authentication (${TEST_DB})`, () => {
  describe('verify mode (the default)', () => {
    let s: TestServer;
    let url: string;
    before(async () => {
      s = await startTestServer();
      url = s.endpoint();
    });
    after(() => s.close());

    const get = (o: EnvelopeOptions) => call(url, 'get', GET_CUSTOMER, o);

    it('accepts a correctly signed passport', async () => {
      const r = await get({});
      expect(r.status, describeReply(r)).to.equal(200);
    });

    it('refuses a request without tokenPassport', async () => {
      expectInvalidCredentials(await get({ passport: false }));
    });

    it('refuses a bad signature', async () => {
      expectInvalidCredentials(
        await get({ passport: passportXml(signedPassport(DEV_CREDENTIALS, { signature: 'AAAA' })) }),
      );
    });

    it('refuses a passport signed with the wrong token secret', async () => {
      const wrong = { ...DEV_CREDENTIALS, tokenSecret: 'not-the-secret' };
      expectInvalidCredentials(await get({ passport: passportXml(signedPassport(wrong)) }));
    });

    it('refuses an account the server does not host', async () => {
      expectInvalidCredentials(await get({ credentials: { ...DEV_CREDENTIALS, account: 'NOSUCH_ACCOUNT' } }));
    });

    it('refuses an unknown consumer key', async () => {
      expectInvalidCredentials(
        await get({ credentials: { ...DEV_CREDENTIALS, consumerKey: 'someone-else' } }),
      );
    });

    it('refuses a stale timestamp (an hour old)', async () => {
      const timestamp = Math.floor(Date.now() / 1000) - 3600;
      expectInvalidCredentials(
        await get({ passport: passportXml(signedPassport(DEV_CREDENTIALS, { timestamp })) }),
      );
    });

    it('refuses a timestamp from the future (an hour ahead)', async () => {
      const timestamp = Math.floor(Date.now() / 1000) + 3600;
      expectInvalidCredentials(
        await get({ passport: passportXml(signedPassport(DEV_CREDENTIALS, { timestamp })) }),
      );
    });

    it('refuses a replayed nonce: the same passport works once', async () => {
      const passport = passportXml(signedPassport());
      expect((await get({ passport })).status).to.equal(200);
      expectInvalidCredentials(await get({ passport }));
    });

    it('refuses the withdrawn HMAC-SHA1 algorithm', async () => {
      const p = signedPassport();
      expectInvalidCredentials(await get({ passport: passportXml({ ...p, algorithm: 'HMAC-SHA1' }) }));
    });

    it('accepts the HMAC_SHA256 spelling of the algorithm', async () => {
      const p = signedPassport();
      const r = await get({ passport: passportXml({ ...p, algorithm: 'HMAC_SHA256' }) });
      expect(r.status, describeReply(r)).to.equal(200);
    });

    it('refuses the retired passport (login) header', async () => {
      const r = await get({
        passport:
          '<msgs:passport><core:email>me@example.com</core:email><core:password>secret</core:password>' +
          '<core:account>TSTDRV123</core:account></msgs:passport>',
      });
      expectInvalidCredentials(r);
    });

    it('writes nothing for a refused request', async () => {
      const r = await call(
        url,
        'add',
        `<msgs:add>${customerXml('Intruder', { externalId: 'AUTH-X' })}</msgs:add>`,
        {
          passport: passportXml(signedPassport(DEV_CREDENTIALS, { signature: 'AAAA' })),
        },
      );
      expectInvalidCredentials(r);
      const check = await call(
        url,
        'get',
        `<msgs:get>${baseRefXml('customer', { externalId: 'AUTH-X' })}</msgs:get>`,
      );
      expect(dig(check.body, 'getResponse', 'readResponse', 'status', '@isSuccess')).to.equal('false');
    });

    it('gives node-soap the parsed invalidCredentialsFault', async () => {
      const ns = await nodeSoapClient(s, { credentials: { ...DEV_CREDENTIALS, tokenSecret: 'wrong' } });
      const f = await ns.fault('get', {
        baseRef: {
          attributes: { ...ns.type('platformCore', 'RecordRef'), type: 'customer', internalId: '1' },
        },
      });
      expect(f.faultcode).to.equal('soapenv:Server.userException');
      expect(dig(f.detail, 'invalidCredentialsFault', 'code')).to.equal('INVALID_LOGIN_CREDENTIALS');
    });
  });

  describe('open mode (BILLWIRE_AUTH_MODE=open)', () => {
    let s: TestServer;
    let url: string;
    before(async () => {
      s = await startTestServer({ env: { BILLWIRE_AUTH_MODE: 'open' } });
      url = s.endpoint();
    });
    after(() => s.close());

    const unsigned = (account: string) =>
      passportXml({ ...signedPassport(credentialsFor(account)), signature: 'bm90LWEtc2lnbmF0dXJl' });

    it('accepts an unsigned but well-formed passport for any account', async () => {
      const id = await addCustomer(url, 'Open Co', { passport: unsigned('ANY_ACCOUNT_1') });
      const rec = await readRecord(url, 'customer', id, { passport: unsigned('ANY_ACCOUNT_1') });
      expect(dig(rec, 'companyName')).to.equal('Open Co');
    });

    it('takes the account from the passport: another account does not see the record', async () => {
      const id = await addCustomer(url, 'Only mine', { passport: unsigned('OPEN_A') });
      const r = await call(url, 'get', `<msgs:get>${baseRefXml('customer', id)}</msgs:get>`, {
        passport: unsigned('OPEN_B'),
      });
      expect(statusOf(dig(r.body, 'getResponse', 'readResponse', 'status')).code).to.equal('RCRD_DSNT_EXIST');
    });

    it('still refuses a request without tokenPassport', async () => {
      expectInvalidCredentials(await call(url, 'get', GET_CUSTOMER, { passport: false }));
    });

    it('still refuses a passport with an empty signature', async () => {
      const p = { ...signedPassport(), signature: '' };
      expectInvalidCredentials(await call(url, 'get', GET_CUSTOMER, { passport: passportXml(p) }));
    });
  });

  describe('credentials from the environment (BILLWIRE_ACCOUNT, BILLWIRE_CONSUMER_KEY, …)', () => {
    const mine = credentialsFor('ENV_ACCT_9');
    let s: TestServer;
    let url: string;
    before(async () => {
      s = await startTestServer({
        env: {
          BILLWIRE_ACCOUNT: mine.account,
          BILLWIRE_CONSUMER_KEY: mine.consumerKey,
          BILLWIRE_CONSUMER_SECRET: mine.consumerSecret,
          BILLWIRE_TOKEN_ID: mine.tokenId,
          BILLWIRE_TOKEN_SECRET: mine.tokenSecret,
        },
      });
      url = s.endpoint();
    });
    after(() => s.close());

    it('accepts a passport signed with the configured credentials', async () => {
      const wr = await write(url, 'add', customerXml('Env Co'), { credentials: mine });
      expect(statusOf(dig(wr, 'status'))).to.deep.equal({ isSuccess: true });
    });

    it('refuses the built-in development credentials, which they replace', async () => {
      expectInvalidCredentials(await call(url, 'get', GET_CUSTOMER, { credentials: DEV_CREDENTIALS }));
    });
  });
});
