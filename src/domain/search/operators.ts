/**
 * NetSuite's search operators, each written as a positive test plus "negated or not": isNot is `is` negated,
 * notBetween `between` negated, noneOf `anyOf` negated, notEmpty `empty` negated. Keeping the negation apart
 * lets a custom field or line filter put it outside ("no line has item 7"), and makes every negative
 * operator the exact complement of its positive one.
 *
 * Date operands are intervals [lo, hi): a day, a predefined range, or (on instant fields such as
 * lastModifiedDate, with a time written) one instant; before/after/onOrBefore/onOrAfter compare with the
 * interval's ends.
 */
import { RecordError } from '../errors';
import { ALL, and, type Key, type Predicate, type Scalar } from './predicates';

export interface OperatorTest {
  readonly test: Predicate;
  readonly negate: boolean;
}

const STRING_OPERATORS = [
  'contains',
  'doesNotContain',
  'doesNotStartWith',
  'empty',
  'hasKeywords',
  'is',
  'isNot',
  'notEmpty',
  'startsWith',
] as const;

const NUMBER_OPERATORS = [
  'between',
  'empty',
  'equalTo',
  'greaterThan',
  'greaterThanOrEqualTo',
  'lessThan',
  'lessThanOrEqualTo',
  'notBetween',
  'notEmpty',
  'notEqualTo',
  'notGreaterThan',
  'notGreaterThanOrEqualTo',
  'notLessThan',
  'notLessThanOrEqualTo',
] as const;

const DATE_OPERATORS = [
  'after',
  'before',
  'empty',
  'notAfter',
  'notBefore',
  'notEmpty',
  'notOn',
  'notOnOrAfter',
  'notOnOrBefore',
  'notWithin',
  'on',
  'onOrAfter',
  'onOrBefore',
  'within',
] as const;

export const OPERATORS = {
  string: STRING_OPERATORS,
  number: NUMBER_OPERATORS,
  date: DATE_OPERATORS,
  select: ['anyOf', 'noneOf'] as const,
};

export function badOperator(
  field: string,
  operator: string | undefined,
  allowed: readonly string[],
): RecordError {
  return new RecordError(
    'INVALID_SEARCH_OPERATOR',
    operator === undefined
      ? `The search filter ${field} needs an operator (one of ${allowed.join(', ')}).`
      : `${operator} is not a valid operator for the search filter ${field}; use one of ${allowed.join(', ')}.`,
  );
}

export function badValue(field: string, why: string): RecordError {
  return new RecordError('INVALID_SEARCH_VALUE', `Invalid search value for ${field}: ${why}`);
}

const positive = (test: Predicate): OperatorTest => ({ test, negate: false });
const negative = (test: Predicate): OperatorTest => ({ test, negate: true });

/** Text operators on a text key. `value` is required except for empty/notEmpty. */
export function stringTest(
  field: string,
  key: Key,
  operator: string | undefined,
  value: string | undefined,
): OperatorTest {
  if (operator === 'empty') return positive({ p: 'empty', key });
  if (operator === 'notEmpty') return negative({ p: 'empty', key });
  if (!(STRING_OPERATORS as readonly string[]).includes(operator ?? ''))
    throw badOperator(field, operator, STRING_OPERATORS);
  if (value === undefined) throw badValue(field, `the operator ${operator} needs a searchValue.`);
  const match = (m: 'is' | 'contains' | 'startsWith'): Predicate => ({ p: 'text', key, match: m, value });
  switch (operator) {
    case 'is':
      return positive(match('is'));
    case 'isNot':
      return negative(match('is'));
    case 'contains':
      return positive(match('contains'));
    case 'doesNotContain':
      return negative(match('contains'));
    case 'startsWith':
      return positive(match('startsWith'));
    case 'doesNotStartWith':
      return negative(match('startsWith'));
    default: {
      // hasKeywords: every word of the value appears in the text.
      const words = value.split(/\s+/).filter((w) => w.length > 0);
      if (words.length === 0) throw badValue(field, 'hasKeywords needs at least one word.');
      return positive(and(...words.map((w): Predicate => ({ p: 'text', key, match: 'contains', value: w }))));
    }
  }
}

const COMPARISONS: Readonly<Record<string, ['=' | '<' | '<=' | '>' | '>=', boolean]>> = {
  equalTo: ['=', false],
  notEqualTo: ['=', true],
  greaterThan: ['>', false],
  notGreaterThan: ['>', true],
  greaterThanOrEqualTo: ['>=', false],
  notGreaterThanOrEqualTo: ['>=', true],
  lessThan: ['<', false],
  notLessThan: ['<', true],
  lessThanOrEqualTo: ['<=', false],
  notLessThanOrEqualTo: ['<=', true],
};

/**
 * Number operators (long, double and text-number fields). `value`/`value2` are already converted to the
 * key's type; text-number equality is a case-insensitive text match.
 */
export function numberTest(
  field: string,
  key: Key,
  operator: string | undefined,
  value: Scalar | undefined,
  value2: Scalar | undefined,
): OperatorTest {
  if (operator === 'empty') return positive({ p: 'empty', key });
  if (operator === 'notEmpty') return negative({ p: 'empty', key });
  if (!(NUMBER_OPERATORS as readonly string[]).includes(operator ?? ''))
    throw badOperator(field, operator, NUMBER_OPERATORS);
  if (value === undefined) throw badValue(field, `the operator ${operator} needs a searchValue.`);
  if (operator === 'between' || operator === 'notBetween') {
    if (value2 === undefined)
      throw badValue(field, `the operator ${operator} needs searchValue and searchValue2.`);
    const test = and({ p: 'cmp', key, op: '>=', value }, { p: 'cmp', key, op: '<=', value: value2 });
    return { test, negate: operator === 'notBetween' };
  }
  const [op, negate] = COMPARISONS[operator!]!;
  if (op === '=' && key.type === 'text')
    return { test: { p: 'text', key, match: 'is', value: String(value) }, negate };
  return { test: { p: 'cmp', key, op, value }, negate };
}

/** A date operand resolved to the interval [lo, hi) of the key's values (dates as text, instants as ms). */
export interface Interval {
  readonly lo: Scalar;
  readonly hi: Scalar;
}

/**
 * Date operators over intervals. `first` is the operand (searchValue or predefinedSearchValue), `second` the
 * searchValue2 of within/notWithin.
 */
export function dateTest(
  field: string,
  key: Key,
  operator: string | undefined,
  first: Interval | undefined,
  second: Interval | undefined,
): OperatorTest {
  if (operator === 'empty') return positive({ p: 'empty', key });
  if (operator === 'notEmpty') return negative({ p: 'empty', key });
  if (!(DATE_OPERATORS as readonly string[]).includes(operator ?? ''))
    throw badOperator(field, operator, DATE_OPERATORS);
  if (first === undefined)
    throw badValue(field, `the operator ${operator} needs a searchValue or predefinedSearchValue.`);
  const ge = (v: Scalar): Predicate => ({ p: 'cmp', key, op: '>=', value: v });
  const lt = (v: Scalar): Predicate => ({ p: 'cmp', key, op: '<', value: v });
  const within = (i: Interval): Predicate => and(ge(i.lo), lt(i.hi));
  switch (operator) {
    case 'on':
      return positive(within(first));
    case 'notOn':
      return negative(within(first));
    case 'within':
    case 'notWithin': {
      const span = second ? { lo: first.lo, hi: second.hi } : first;
      return { test: within(span), negate: operator === 'notWithin' };
    }
    case 'before':
      return positive(lt(first.lo));
    case 'notBefore':
      return negative(lt(first.lo));
    case 'after':
      return positive(ge(first.hi));
    case 'notAfter':
      return negative(ge(first.hi));
    case 'onOrBefore':
      return positive(lt(first.hi));
    case 'notOnOrBefore':
      return negative(lt(first.hi));
    case 'onOrAfter':
      return positive(ge(first.lo));
    default: // notOnOrAfter
      return negative(ge(first.lo));
  }
}

export function selectOperator(field: string, operator: string | undefined): boolean {
  if (operator === 'anyOf') return false;
  if (operator === 'noneOf') return true;
  throw badOperator(field, operator, OPERATORS.select);
}

export const MATCH_ALL: OperatorTest = positive(ALL);
