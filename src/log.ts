/**
 * The structured logger. One JSON line per event on stdout (pino); request-scoped loggers carry the
 * request id so every line of one request can be found together. Secrets never reach it: credentials are
 * logged by key id at most.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'billwire' }, timestamp: pino.stdTimeFunctions.isoTime });
}
