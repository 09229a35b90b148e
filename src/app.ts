/**
 * The HTTP pipeline, assembled in one place, in order. Each step is one line with its reason.
 */
import crypto from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { PassportVerifier } from './auth/passport';
import type { Logger } from './log';
import type { Services } from './services';
import { faultRoutes } from './admin/faults';
import { soapEndpoint, type RequestNotes } from './soap/endpoint';
import type { InjectedFaults } from './soap/injectedFaults';
import { SchemaFiles, wsdlRoutes } from './soap/wsdl';

export interface AppDeps {
  readonly services: Services;
  readonly verifier: PassportVerifier;
  readonly schemaFiles: SchemaFiles;
  readonly maxBodyBytes: number;
  readonly log: Logger;
  /** Present when fault injection is on: the SOAP face consults it, /admin/faults arms it. */
  readonly injectedFaults?: InjectedFaults;
}

const SOAP_PATH = /^\/services\/([^/?]+)$/;

export function createApp(deps: AppDeps): RequestListener {
  const soap = soapEndpoint(deps);
  const web = expressApp(deps);
  return (req: IncomingMessage, res: ServerResponse) => {
    // 1. Every request gets an id (the client's X-Request-Id if it sent one) and one access-log line.
    const notes = requestLog(deps.log, req, res);
    // 2. The SuiteTalk SOAP endpoints, one per supported version: straight to the SOAP face.
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const m = req.method === 'POST' ? SOAP_PATH.exec(query < 0 ? url : url.slice(0, query)) : null;
    if (m) {
      void soap(req, res, decodeURIComponent(m[1]!), notes);
      return;
    }
    // 3. Everything else (schema files, health, REST faces) through express.
    web(req, res);
  };
}

/** The routes that are not the SOAP hot path. */
function expressApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  // Our schema: the WSDL and XSDs per version, and <endpoint>?wsdl.
  const schema = wsdlRoutes(deps.schemaFiles);
  app.get('/wsdl/:dir/netsuite.wsdl', schema.wsdl);
  app.get('/wsdl/:dir/xsd/:file', schema.xsd);
  app.get('/services/:port', schema.endpointWsdl);

  // Faults provoked on purpose, for a client's tests (only with BILLWIRE_FAULT_INJECTION=on).
  if (deps.injectedFaults) app.use('/admin/faults', faultRoutes(deps.injectedFaults));

  // Liveness for scripts and load balancers.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // Anything else: a plain 404, and never a stack trace for an error that escaped a route.
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    deps.log.error({ err, requestId: res.getHeader('X-Request-Id') }, 'unhandled error');
    if (!res.headersSent)
      res
        .status(500)
        .type('text/plain')
        .send(`Internal error. Request id: ${String(res.getHeader('X-Request-Id'))}\n`);
  });
  return app;
}

function requestLog(log: Logger, req: IncomingMessage, res: ServerResponse): RequestNotes {
  const started = process.hrtime.bigint();
  const sent = req.headers['x-request-id'];
  const requestId = typeof sent === 'string' && /^[\w.:-]{1,64}$/.test(sent) ? sent : crypto.randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const notes: RequestNotes = { requestId };
  if (log.isLevelEnabled('info')) {
    res.on('finish', () => {
      const url = req.url ?? '/';
      const query = url.indexOf('?');
      log.info(
        {
          requestId,
          method: req.method,
          path: query < 0 ? url : url.slice(0, query),
          operation: notes.operation,
          account: notes.account,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
  }
  return notes;
}
