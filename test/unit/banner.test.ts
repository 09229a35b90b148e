/**
 * The start-up banner: the address and WSDL URL, and the development credentials only while built-in ones
 * are in use — never a secret the user set.
 */
import { expect } from 'chai';
import { banner } from '../../src/banner';
import { DEV_DEFAULTS, loadConfig } from '../../src/config';

const URL = 'http://127.0.0.1:8080';

describe('start-up banner', () => {
  it('prints the address, the WSDL URL and the endpoint', () => {
    const text = banner(loadConfig([], {}), URL);
    expect(text).to.include(`Billwire is listening on ${URL}`);
    expect(text).to.include(`${URL}/wsdl/v2025_2_0/netsuite.wsdl`);
    expect(text).to.include(`${URL}/services/NetSuitePort_2025_2`);
  });

  it('prints the built-in development credentials while they are in use', () => {
    const text = banner(loadConfig([], {}), URL);
    for (const value of Object.values(DEV_DEFAULTS)) expect(text).to.include(value);
  });

  it('never prints a secret the user set, even beside a built-in one', () => {
    const text = banner(loadConfig([], { BILLWIRE_CONSUMER_SECRET: 'my-very-own-secret' }), URL);
    expect(text).to.not.include('my-very-own-secret');
    expect(text).to.include('(set by BILLWIRE_CONSUMER_SECRET)');
    expect(text).to.include(DEV_DEFAULTS.tokenSecret);
  });

  it('points at /admin/faults when fault injection is on, and only then', () => {
    expect(banner(loadConfig([], { BILLWIRE_FAULT_INJECTION: 'on' }), URL)).to.include(`${URL}/admin/faults`);
    expect(banner(loadConfig([], {}), URL)).to.not.include('/admin/faults');
  });

  it('prints no development account once every secret is the user’s', () => {
    const env = { BILLWIRE_CONSUMER_SECRET: 'secret-one', BILLWIRE_TOKEN_SECRET: 'secret-two' };
    const text = banner(loadConfig([], env), URL);
    expect(text).to.not.match(/secret-one|secret-two|Development account/);
  });
});
