/**
 * Faults provoked on purpose (BILLWIRE_FAULT_INJECTION=on): a test arms a NetSuite fault through
 * /admin/faults for an operation, an account and a number of calls, and those calls answer it exactly as
 * NetSuite would (the fault element of the WSDL, a FaultCodeType code), without touching any data; then
 * the server answers normally again. Off by default: /admin/faults does not exist.
 */
import { expect } from 'chai';
import { credentialsFor, writeAccountsFile, type AccountsFile } from '../support/accounts';
import { addCustomer, baseRefXml, customerXml } from '../support/records';
import { call, dig, type SoapReply } from '../support/soap';
import { startTestServer, TEST_DB, type TestServer } from '../support/server';

const admin = (s: TestServer, method: string, body?: unknown) =>
  fetch(`${s.url}/admin/faults`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });

const addCustomerCall = (url: string, name: string, o = {}) =>
  call(url, 'add', `<msgs:add>${customerXml(name)}</msgs:add>`, o);

function expectFault(r: SoapReply, element: string, code: string): void {
  expect(r.status, r.text.slice(0, 300)).to.equal(500);
  expect(r.fault).to.include({ detailElement: element, code, faultcode: 'soapenv:Server.userException' });
}

describe(`fault injection (${TEST_DB})`, () => {
  let s: TestServer;
  let url: string;
  let accounts: AccountsFile;
  before(async () => {
    accounts = writeAccountsFile([{ id: 'OTHER_FI' }]);
    s = await startTestServer({
      env: { BILLWIRE_FAULT_INJECTION: 'on', BILLWIRE_ACCOUNTS_FILE: accounts.path },
    });
    url = s.endpoint();
  });
  after(() => s.close());
  afterEach(async () => {
    await admin(s, 'DELETE');
  });

  it('answers the armed fault once, writes nothing, then serves the next call', async () => {
    expect(
      (await admin(s, 'POST', { fault: 'exceededConcurrentRequestLimit', operation: 'add' })).status,
    ).to.equal(201);
    const refused = await addCustomerCall(url, 'Blocked Co');
    expectFault(refused, 'exceededConcurrentRequestLimitFault', 'WS_REQUEST_BLOCKED');
    const search = await call(
      url,
      'search',
      '<msgs:search><msgs:searchRecord xsi:type="common:CustomerSearchBasic"><common:companyName operator="is">' +
        '<core:searchValue>Blocked Co</core:searchValue></common:companyName></msgs:searchRecord></msgs:search>',
    );
    expect(dig(search.body, 'searchResponse', 'searchResult', 'totalRecords')).to.equal('0');
    const retried = await addCustomerCall(url, 'Blocked Co');
    expect(retried.status).to.equal(200);
  });

  it('answers each kind with its NetSuite fault element and code', async () => {
    const kinds: [string, string, string][] = [
      ['exceededRequestLimit', 'exceededRequestLimitFault', 'WS_CONCUR_SESSION_DISALLWD'],
      ['exceededUsageLimit', 'exceededUsageLimitFault', 'WS_REQUEST_BLOCKED'],
      ['invalidSession', 'invalidSessionFault', 'SESSION_TIMED_OUT'],
      ['insufficientPermission', 'insufficientPermissionFault', 'INSUFFICIENT_PERMISSION'],
      ['invalidCredentials', 'invalidCredentialsFault', 'INVALID_LOGIN_CREDENTIALS'],
      ['unexpected', 'unexpectedErrorFault', 'UNEXPECTED_ERROR'],
    ];
    for (const [fault, element, code] of kinds) {
      await admin(s, 'POST', { fault, operation: 'get' });
      const r = await call(url, 'get', `<msgs:get>${baseRefXml('customer', { internalId: '1' })}</msgs:get>`);
      expectFault(r, element, code);
    }
  });

  it('fails only the armed operation, account and number of calls', async () => {
    await admin(s, 'POST', { fault: 'invalidSession', operation: 'add', account: 'OTHER_FI', times: 2 });
    expect((await addCustomerCall(url, 'Dev account Co')).status, 'another account').to.equal(200);
    const other = { credentials: credentialsFor('OTHER_FI') };
    const get = await call(
      url,
      'get',
      `<msgs:get>${baseRefXml('customer', { internalId: '1' })}</msgs:get>`,
      other,
    );
    expect(get.status, 'another operation').to.equal(200);
    expectFault(await addCustomerCall(url, 'Other 1', other), 'invalidSessionFault', 'SESSION_TIMED_OUT');
    const listed = (await (await admin(s, 'GET')).json()) as { armed: { remaining: number }[] };
    expect(listed.armed.map((a) => a.remaining)).to.deep.equal([1]);
    expectFault(await addCustomerCall(url, 'Other 2', other), 'invalidSessionFault', 'SESSION_TIMED_OUT');
    expect((await addCustomerCall(url, 'Other 3', other)).status).to.equal(200);
  });

  it('still checks the tokenPassport first: a bad login is refused as such', async () => {
    await admin(s, 'POST', { fault: 'exceededRequestLimit' });
    const r = await addCustomerCall(url, 'No login', { passport: false });
    expectFault(r, 'invalidCredentialsFault', 'INVALID_LOGIN_CREDENTIALS');
    const armed = (await (await admin(s, 'GET')).json()) as { armed: unknown[] };
    expect(armed.armed, 'the armed fault is still there').to.have.length(1);
  });

  it('DELETE disarms everything', async () => {
    await admin(s, 'POST', { fault: 'unexpected', times: 5 });
    expect((await admin(s, 'DELETE')).status).to.equal(204);
    expect(await addCustomer(url, 'After clear Co')).to.match(/^\d+$/);
  });

  it('refuses a spec it cannot honour with HTTP 400 and says why', async () => {
    for (const [body, why] of [
      [{ fault: 'meteorStrike' }, /"fault" must be one of/],
      [{ fault: 'unexpected', operation: 'teleport' }, /no SuiteTalk operation/],
      [{ fault: 'unexpected', times: 0 }, /"times"/],
      ['{not json', /JSON|Unexpected/],
    ] as const) {
      const res = await admin(s, 'POST', body);
      expect(res.status).to.equal(400);
      expect(((await res.json()) as { error: string }).error).to.match(why);
    }
  });

  it('is off by default: there is no /admin/faults', async () => {
    const plain = await startTestServer();
    try {
      expect((await admin(plain, 'POST', { fault: 'unexpected' })).status).to.equal(404);
    } finally {
      await plain.close();
    }
  });
});
