/**
 * The contract between the job runner and the one runner per async operation kind. Writes run unit by
 * unit inside the chunk's transaction (so a record and the job's progress commit together); reads and
 * searches run in their own read transactions before the chunk commits their results, so they never hold
 * the write lock while they read.
 */
import type { RequestScope } from '../../domain/account';
import type { Repositories, Transaction } from '../../domain/ports';
import type { Outcome } from '../../domain/records/types';
import type { JobOptions, Unit } from '../types';

export interface UnitContext {
  readonly scope: RequestScope;
  readonly repos: Repositories;
  readonly tx: Transaction;
  readonly options: JobOptions;
}

export interface UnitDone {
  /** JSON-safe: stored as the unit's result. */
  readonly result: unknown;
  /** The unit ended in an error status (the job then finishes with errors). */
  readonly failed: boolean;
  /** A new unit count for the job (a search learns its page count from its first page). */
  readonly total?: number;
}

export interface WriteRunner {
  readonly mode: 'write';
  run(ctx: UnitContext, input: unknown): Promise<UnitDone>;
}

export interface ReadRunner {
  readonly mode: 'read';
  /** Units read per chunk. */
  readonly batch: number;
  /** Every unit reads the job's first input (a search's request); otherwise unit i reads input i. */
  readonly sharedInput?: boolean;
  /** `memo` is scratch space kept while one worker runs the job (a search's searchId); a restart starts it empty. */
  read(
    scope: RequestScope,
    inputs: readonly unknown[],
    firstIndex: number,
    memo: Record<string, unknown>,
  ): Promise<UnitDone[]>;
}

export type KindRunner = WriteRunner | ReadRunner;

/** A domain outcome as a stored unit result. */
export function unitDone<T>(o: Outcome<T>): UnitDone {
  return o.ok
    ? { result: { ok: true, value: o.value } satisfies Unit<T>, failed: false }
    : {
        result: { ok: false, error: { code: o.error.code, message: o.error.message } } satisfies Unit<T>,
        failed: true,
      };
}

/** A unit whose input already failed to decode at submit: its error is its result, as in the sync twin. */
export function undecoded(u: Unit<unknown>): UnitDone | undefined {
  return u.ok ? undefined : { result: u, failed: true };
}
