/**
 * The Billwire process: configuration -> store -> listen; a clean close on SIGINT/SIGTERM.
 */
import { BASE_VERSION, SUPPORTED_VERSIONS } from './soap/schema/namespaces';
import { loadConfig, type Config } from './config';
import { createLogger } from './log';
import { startServer } from './server';

function banner(config: Config, url: string): string {
  const latest = SUPPORTED_VERSIONS[SUPPORTED_VERSIONS.length - 1];
  const lines = [
    `Billwire is listening on ${url}`,
    `  WSDL:      ${url}/wsdl/v${latest}_0/netsuite.wsdl  (also v${BASE_VERSION}_0 … v${latest}_0)`,
    `  Endpoint:  ${url}/services/NetSuitePort_${latest}  (versions ${SUPPORTED_VERSIONS.join(', ')})`,
    `  Store:     ${config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`}`,
    `  Auth:      ${config.authMode === 'open' ? 'open (any well-formed tokenPassport is accepted)' : 'verify'}`,
  ];
  const d = config.devCredentials;
  if (config.authMode === 'verify' && d.usingDefaults) {
    lines.push(
      '  Development account (built-in defaults; set BILLWIRE_* to replace them):',
      `    account ${d.account}  consumerKey ${d.consumerKey}  consumerSecret ${d.consumerSecret}`,
      `    tokenId ${d.tokenId}  tokenSecret ${d.tokenSecret}`,
    );
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(`billwire: ${(err as Error).message}`);
    process.exit(2);
  }
  const log = createLogger(config.logLevel);
  const server = await startServer(config, log);
  process.stdout.write(banner(config, server.url));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(`billwire: failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
