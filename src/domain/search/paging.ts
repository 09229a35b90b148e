/**
 * NetSuite's paging rules for search, getDeleted and getSelectValue (facts sheet §3.3, §9): pages are
 * 1-based; a search's page size is 5 to 1,000 (1,000 when the client sends none); getDeleted and
 * getSelectValue page by 1,000; a searchId lives 15 minutes after its last use.
 */
import { RecordError } from '../errors';

export const MIN_PAGE_SIZE = 5;
export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 1000;
/** getDeleted and getSelectValue. */
export const LIST_PAGE_SIZE = 1000;
export const SEARCH_ID_TTL_MS = 15 * 60 * 1000;

export function pageSizeOf(requested: number | undefined, max = MAX_PAGE_SIZE): number {
  if (requested === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(requested) || requested < MIN_PAGE_SIZE || requested > max) {
    throw new RecordError(
      'INVALID_SEARCH_PAGE_SIZE',
      `The search page size must be between ${MIN_PAGE_SIZE} and ${max}; the request asked for ${requested}.`,
    );
  }
  return requested;
}

export function totalPagesOf(totalRecords: number, pageSize: number): number {
  return Math.ceil(totalRecords / pageSize);
}

/** Checks a 1-based page index against a result's pages (page 1 of an empty result is valid). */
export function checkPageIndex(
  pageIndex: number,
  totalPages: number,
  code: 'INVALID_SEARCH_PAGE_INDEX' | 'INVALID_PAGE_INDEX',
): void {
  const last = Math.max(totalPages, 1);
  if (!Number.isInteger(pageIndex) || pageIndex < 1 || pageIndex > last) {
    throw new RecordError(
      code,
      `Page ${pageIndex} is not a page of this result; it has ${totalPages} page${totalPages === 1 ? '' : 's'} (1 to ${last}).`,
    );
  }
}

export interface Page {
  readonly totalRecords: number;
  readonly pageSize: number;
  readonly totalPages: number;
  readonly pageIndex: number;
}

export function pageOf(totalRecords: number, pageSize: number, pageIndex: number): Page {
  return { totalRecords, pageSize, totalPages: totalPagesOf(totalRecords, pageSize), pageIndex };
}
