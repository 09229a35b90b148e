/**
 * /admin/faults: arm, list and clear the faults the SOAP face answers on purpose (src/soap/injectedFaults.ts).
 * JSON in, JSON out. Served only when BILLWIRE_FAULT_INJECTION=on; it changes no data, only answers.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { BadFaultSpec, INJECTED_FAULT_KINDS, type InjectedFaults } from '../soap/injectedFaults';

export function faultRoutes(faults: InjectedFaults): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: '16kb' }));
  router.get('/', (_req: Request, res: Response) => {
    res.json({ armed: faults.list(), kinds: INJECTED_FAULT_KINDS });
  });
  router.post('/', (req: Request, res: Response) => {
    try {
      res.status(201).json(faults.arm(req.body));
    } catch (err) {
      if (!(err instanceof BadFaultSpec)) throw err;
      res.status(400).json({ error: err.message });
    }
  });
  router.delete('/', (_req: Request, res: Response) => {
    faults.clear();
    res.status(204).end();
  });
  // A body that is not JSON (or too large) is the caller's mistake, not the server's.
  router.use(
    (err: { status?: number; message?: string }, _req: Request, res: Response, next: NextFunction) => {
      if (err.status && err.status >= 400 && err.status < 500)
        res.status(err.status).json({ error: err.message });
      else next(err);
    },
  );
  return router;
}
