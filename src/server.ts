/**
 * Starts and stops a Billwire server: store, services, HTTP listener. main.ts uses it for the real
 * process; the black-box tests and the benchmark start servers with it too.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AccountRegistry } from './auth/accounts';
import { setUpAsyncJobs } from './asyncJobs';
import { PassportVerifier } from './auth/passport';
import { createApp } from './app';
import type { Config } from './config';
import type { Logger } from './log';
import { servicesFor, type Services } from './services';
import { InjectedFaults } from './soap/injectedFaults';
import { SchemaFiles } from './soap/wsdl';
import { openStore, type OpenStore } from './store/datasource';
import { NonceStore } from './store/nonces';
import { StoreUnitOfWork } from './store/unitOfWork';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly store: OpenStore;
  readonly services: Services;
  readonly accounts: AccountRegistry;
  close(): Promise<void>;
}

/** The project root: wsdl/ and xsd/ live there (two levels above dist/src/). */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const asyncJobs = setUpAsyncJobs(config, store, log);
  const services = servicesFor(config, new StoreUnitOfWork(asyncJobs.db), asyncJobs.jobs);
  const accounts = AccountRegistry.fromConfig(config);
  const nonces = new NonceStore(asyncJobs.db);
  const verifier = new PassportVerifier(config.authMode, accounts, nonces, config.timestampWindowSeconds);
  const app = createApp({
    services,
    verifier,
    schemaFiles: new SchemaFiles(PROJECT_ROOT),
    maxBodyBytes: config.maxBodyBytes,
    log,
    injectedFaults: config.faultInjection ? new InjectedFaults() : undefined,
  });

  await asyncJobs.start(services);
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // The job thread, the checkpointer and idle sockets do not keep Node alive; without this the process
      // could end silently half-way through closing, before the store is closed.
      const hold = setInterval(() => undefined, 60_000);
      try {
        // Stop accepting, let in-flight requests finish (their writes commit or roll back), then close the store.
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 10_000).unref();
        });
        await asyncJobs.stop();
        await nonces.flush();
        await store.db.close();
      } finally {
        clearInterval(hold);
      }
    })());
  return { url: `http://${host}:${port}`, port, store, services, accounts, close };
}
