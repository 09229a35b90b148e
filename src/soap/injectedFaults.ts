/**
 * Faults provoked on purpose, so an integration's tests can see how it copes with what NetSuite does to it
 * now and then: a concurrency or request-rate limit, an expired session, a missing permission, an
 * unexpected error. A test arms a fault (POST /admin/faults, enabled by BILLWIRE_FAULT_INJECTION=on) for an
 * operation (or any), an account (or any) and a number of calls; the next matching calls, after their
 * tokenPassport is verified and before anything is read or written, answer that NetSuite fault instead.
 * Nothing is stored: a restart forgets every armed fault.
 */
import { RequestError, type FaultCode, type RequestErrorCategory } from '../domain/errors';
import { OPERATIONS } from './schema/operations';

/** The faults a client can be made to meet, each as NetSuite sends it (facts sheet §8). */
const KINDS = {
  exceededConcurrentRequestLimit: {
    category: 'exceededConcurrentRequestLimit',
    code: 'WS_REQUEST_BLOCKED',
    message: 'The request was blocked: too many requests are running for this account at once.',
  },
  exceededRequestLimit: {
    category: 'exceededRequestLimit',
    code: 'WS_CONCUR_SESSION_DISALLWD',
    message: 'The request was refused: this account has exceeded its request limit. Try again later.',
  },
  exceededUsageLimit: {
    category: 'exceededUsageLimit',
    code: 'WS_REQUEST_BLOCKED',
    message: 'The request was refused: this account has exceeded its usage limit.',
  },
  invalidSession: {
    category: 'invalidSession',
    code: 'SESSION_TIMED_OUT',
    message: 'Your session has timed out. Please log in again.',
  },
  insufficientPermission: {
    category: 'insufficientPermission',
    code: 'INSUFFICIENT_PERMISSION',
    message: 'Permission violation: the role of this token may not run this operation.',
  },
  invalidCredentials: {
    category: 'invalidCredentials',
    code: 'INVALID_LOGIN_CREDENTIALS',
    message: 'Invalid login attempt.',
  },
  unexpected: {
    category: 'unexpected',
    code: 'UNEXPECTED_ERROR',
    message: 'An unexpected error occurred (provoked on purpose through /admin/faults).',
  },
} as const satisfies Record<string, { category: RequestErrorCategory; code: FaultCode; message: string }>;

export type InjectedFaultKind = keyof typeof KINDS;
export const INJECTED_FAULT_KINDS = Object.keys(KINDS) as InjectedFaultKind[];

export interface ArmedFault {
  readonly id: number;
  readonly fault: InjectedFaultKind;
  /** An operation name, or '*' for every operation. */
  readonly operation: string;
  /** An account id, or '*' for every account. */
  readonly account: string;
  /** Matching calls still to fail. */
  remaining: number;
}

export class BadFaultSpec extends Error {}

/** A fault answered on purpose: logged as such, never as an error of the server. */
export class InjectedFault extends RequestError {
  constructor(readonly kind: InjectedFaultKind) {
    super(KINDS[kind].category, KINDS[kind].code, KINDS[kind].message);
  }
}

const MAX_TIMES = 10_000;

function text(v: unknown, name: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.trim() === '')
    throw new BadFaultSpec(`"${name}" must be a non-empty string`);
  return v.trim();
}

export class InjectedFaults {
  private armed: ArmedFault[] = [];
  private lastId = 0;

  /** Arms a fault from a JSON spec: { fault, operation?, account?, times? }. */
  arm(spec: unknown): ArmedFault {
    if (typeof spec !== 'object' || spec === null || Array.isArray(spec))
      throw new BadFaultSpec('the body must be a JSON object: { "fault": …, "operation": …, "times": … }');
    const s = spec as Record<string, unknown>;
    const fault = text(s.fault, 'fault');
    if (!fault || !Object.prototype.hasOwnProperty.call(KINDS, fault))
      throw new BadFaultSpec(`"fault" must be one of ${INJECTED_FAULT_KINDS.join(', ')}`);
    const operation = text(s.operation, 'operation') ?? '*';
    if (operation !== '*' && !OPERATIONS.some((o) => o.name === operation))
      throw new BadFaultSpec(
        `"operation" ${operation} is no SuiteTalk operation Billwire serves (or use "*")`,
      );
    const times = s.times ?? 1;
    if (typeof times !== 'number' || !Number.isInteger(times) || times < 1 || times > MAX_TIMES)
      throw new BadFaultSpec(`"times" must be a whole number from 1 to ${MAX_TIMES}`);
    const armed: ArmedFault = {
      id: ++this.lastId,
      fault: fault as InjectedFaultKind,
      operation,
      account: text(s.account, 'account')?.toUpperCase() ?? '*',
      remaining: times,
    };
    this.armed.push(armed);
    return { ...armed };
  }

  list(): ArmedFault[] {
    return this.armed.map((a) => ({ ...a }));
  }

  clear(): void {
    this.armed = [];
  }

  /** The fault this call must answer, if one is armed for it (the oldest first); it is used up by one. */
  take(account: string, operation: string): InjectedFault | undefined {
    const i = this.armed.findIndex(
      (a) =>
        (a.operation === '*' || a.operation === operation) &&
        (a.account === '*' || a.account === account.toUpperCase()),
    );
    if (i < 0) return undefined;
    const armed = this.armed[i]!;
    if (--armed.remaining === 0) this.armed.splice(i, 1);
    return new InjectedFault(armed.fault);
  }
}
