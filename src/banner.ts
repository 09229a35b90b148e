/**
 * What `npm start` prints: where Billwire listens, its WSDL and endpoint, the store, the auth mode and,
 * while any built-in development credential is still in use, the development account. A secret the user
 * set is never printed: only the built-in ones are, so the README's first call can be made.
 */
import { DEV_DEFAULTS, type Config } from './config';
import { BASE_VERSION, SUPPORTED_VERSIONS } from './soap/schema/namespaces';

export function banner(config: Config, url: string): string {
  const latest = SUPPORTED_VERSIONS[SUPPORTED_VERSIONS.length - 1];
  const lines = [
    `Billwire is listening on ${url}`,
    `  WSDL:      ${url}/wsdl/v${latest}_0/netsuite.wsdl  (also v${BASE_VERSION}_0 … v${latest}_0)`,
    `  Endpoint:  ${url}/services/NetSuitePort_${latest}  (versions ${SUPPORTED_VERSIONS.join(', ')})`,
    `  Store:     ${config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`}`,
    `  Auth:      ${config.authMode === 'open' ? 'open (any well-formed tokenPassport is accepted)' : 'verify'}`,
  ];
  if (config.faultInjection) lines.push(`  Faults:    ${url}/admin/faults  (fault injection is on)`);
  const d = config.devCredentials;
  if (config.authMode === 'verify' && d.usingDefaults) {
    const secret = (value: string, builtIn: string, variable: string) =>
      value === builtIn ? value : `(set by ${variable})`;
    lines.push(
      '  Development account (built-in defaults; set BILLWIRE_* to replace them):',
      `    account ${d.account}  consumerKey ${d.consumerKey}  consumerSecret ${secret(d.consumerSecret, DEV_DEFAULTS.consumerSecret, 'BILLWIRE_CONSUMER_SECRET')}`,
      `    tokenId ${d.tokenId}  tokenSecret ${secret(d.tokenSecret, DEV_DEFAULTS.tokenSecret, 'BILLWIRE_TOKEN_SECRET')}`,
    );
  }
  return lines.join('\n') + '\n';
}
