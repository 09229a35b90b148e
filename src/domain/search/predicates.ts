/**
 * The meaning of a search, as a small tree the store compiles into SQL: comparisons over named keys, joined
 * by and/or/not, plus the three ways a record relates to other rows (its custom field values, its lines, a
 * joined record). Operators, predefined dates, status codes and empty-value rules are already resolved here,
 * so the store only translates and the tree can be kept (JSON) for searchMoreWithId.
 *
 * `not` is a complement: a record matches `not P` whenever it does not match P, records with an empty field
 * included (isNot, noneOf, doesNotContain, notBetween… all behave this way).
 */
import type { JoinName } from './criteria';

/**
 * How a key's values compare: text (case-insensitive for text matches), number, date (YYYY-MM-DD), instant
 * (epoch ms), bool, id (an integer record id column) or ref (a reference kept in the record's fields, by
 * internalId text).
 */
export type ValueType = 'text' | 'number' | 'date' | 'instant' | 'bool' | 'id' | 'ref';

/**
 * A named value of the row being tested. Names are a fixed vocabulary the store maps to columns
 * (`id`, `externalId`, `type`, `status`, `entity`, `tranDate`, `modified`…); `field:<name>` is a body field
 * kept only in the record's fields; on custom values the keys are `text`, `number`, `date`.
 */
export interface Key {
  readonly name: string;
  readonly type: ValueType;
}

export type Scalar = string | number | boolean;

export type Predicate =
  | { readonly p: 'all' }
  | { readonly p: 'none' }
  | { readonly p: 'and'; readonly of: readonly Predicate[] }
  | { readonly p: 'or'; readonly of: readonly Predicate[] }
  | { readonly p: 'not'; readonly of: Predicate }
  | {
      readonly p: 'cmp';
      readonly key: Key;
      readonly op: '=' | '<' | '<=' | '>' | '>=';
      readonly value: Scalar;
    }
  | { readonly p: 'in'; readonly key: Key; readonly values: readonly Scalar[] }
  /** Case-insensitive text match. */
  | {
      readonly p: 'text';
      readonly key: Key;
      readonly match: 'is' | 'contains' | 'startsWith';
      readonly value: string;
    }
  /** No value (null, or empty text). */
  | { readonly p: 'empty'; readonly key: Key }
  /** The record has a value of this custom field (scriptId, or `#internalId`) matching `where`. */
  | { readonly p: 'custom'; readonly field: string; readonly where: Predicate }
  /** Record results: some item line matches; line rows: this line matches. */
  | { readonly p: 'line'; readonly where: Predicate }
  /** The joined record (the customer, a line's item, the createdFrom transaction) matches. */
  | { readonly p: 'join'; readonly join: JoinName; readonly where: Predicate };

export const ALL: Predicate = { p: 'all' };
export const NONE: Predicate = { p: 'none' };

export function and(...of: Predicate[]): Predicate {
  const parts = of.filter((x) => x.p !== 'all');
  if (parts.some((x) => x.p === 'none')) return NONE;
  if (parts.length === 0) return ALL;
  return parts.length === 1 ? parts[0]! : { p: 'and', of: parts };
}

export function or(...of: Predicate[]): Predicate {
  const parts = of.filter((x) => x.p !== 'none');
  if (parts.some((x) => x.p === 'all')) return ALL;
  if (parts.length === 0) return NONE;
  return parts.length === 1 ? parts[0]! : { p: 'or', of: parts };
}

export function not(of: Predicate): Predicate {
  if (of.p === 'all') return NONE;
  if (of.p === 'none') return ALL;
  if (of.p === 'not') return of.of;
  return { p: 'not', of };
}

export function negateIf(negate: boolean, p: Predicate): Predicate {
  return negate ? not(p) : p;
}
