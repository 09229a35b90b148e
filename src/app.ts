/**
 * The HTTP pipeline, assembled in one place, in order. Each step is one line with its reason.
 */
import crypto from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { PassportVerifier } from './auth/passport';
import type { Logger } from './log';
import type { Services } from './services';
import { soapEndpoint } from './soap/endpoint';
import { SchemaFiles, wsdlRoutes } from './soap/wsdl';

export interface AppDeps {
  readonly services: Services;
  readonly verifier: PassportVerifier;
  readonly schemaFiles: SchemaFiles;
  readonly maxBodyBytes: number;
  readonly log: Logger;
}

export function createApp(deps: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  // 1. Every request gets an id (the client's X-Request-Id if it sent one) and one access-log line.
  app.use(requestLog(deps.log));

  // 2. Our schema: the WSDL and XSDs per version, and <endpoint>?wsdl.
  const schema = wsdlRoutes(deps.schemaFiles);
  app.get('/wsdl/:dir/netsuite.wsdl', schema.wsdl);
  app.get('/wsdl/:dir/xsd/:file', schema.xsd);
  app.get('/services/:port', schema.endpointWsdl);

  // 3. The SuiteTalk SOAP endpoints, one per supported version.
  app.post('/services/:port', soapEndpoint(deps));

  // 4. Liveness for scripts and load balancers.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // 5. Anything else: a plain 404, and never a stack trace for an error that escaped a route.
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found\n');
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    deps.log.error({ err, requestId: res.locals.requestId }, 'unhandled error');
    if (!res.headersSent)
      res
        .status(500)
        .type('text/plain')
        .send(`Internal error. Request id: ${String(res.locals.requestId)}\n`);
  });
  return app;
}

function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const sent = req.get('x-request-id');
    const requestId = sent && /^[\w.:-]{1,64}$/.test(sent) ? sent : crypto.randomUUID();
    res.locals.requestId = requestId;
    res.set('X-Request-Id', requestId);
    res.on('finish', () => {
      log.info(
        {
          requestId,
          method: req.method,
          path: req.path,
          operation: res.locals.operation,
          account: res.locals.account,
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  };
}
