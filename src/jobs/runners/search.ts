/**
 * The asyncSearch runner: each unit is one page of the search, run through the same search the
 * synchronous operation uses (a SearchPort the SOAP face provides), so page n of the async result is what
 * search / searchMoreWithId answer for page n. The first page tells how many pages the job has.
 */
import type { RequestScope } from '../../domain/account';
import type { ReadRunner } from './kind';

export interface SearchPage {
  /** The page as the search operation answers it; JSON-safe and opaque to the jobs layer. */
  readonly page: unknown;
  readonly totalPages: number;
  /** The search itself failed (its status says why). */
  readonly failed: boolean;
}

export interface SearchPort {
  /** Page `pageIndex` (1-based) of the stored search request; `memo` lives while one worker runs the job. */
  page(
    scope: RequestScope,
    request: unknown,
    pageIndex: number,
    memo: Record<string, unknown>,
  ): Promise<SearchPage>;
}

export function searchRunner(port: SearchPort): ReadRunner {
  return {
    mode: 'read',
    batch: 1,
    sharedInput: true,
    async read(scope, inputs, firstIndex, memo) {
      const p = await port.page(scope, inputs[0], firstIndex + 1, memo);
      return [{ result: p.page, failed: p.failed, total: Math.max(1, p.totalPages) }];
    },
  };
}
