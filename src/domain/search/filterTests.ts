/**
 * One filter on one key -> a positive test and whether it is negated (operators.ts): converts the operands
 * a filter type takes (text, numbers, dates and predefined dates as intervals in the account's zone,
 * booleans, RecordRefs by internalId, externalId or @NONE@, enumerated values) and refuses missing or
 * unusable ones with INVALID_SEARCH_VALUE. compile.ts decides which key a filter tests.
 */
import { addDays, dateOfLiteral, localDateText, parseInstant, type LocalDate } from '../dates';
import type { RecordType } from '../records/types';
import { isRefOperand, type Criterion, type Operand, type RefOperand } from './criteria';
import type { FilterType } from './fields';
import {
  badValue,
  dateTest,
  numberTest,
  selectOperator,
  stringTest,
  type Interval,
  type OperatorTest,
} from './operators';
import { NONE, or, type Key, type Predicate, type Scalar } from './predicates';
import { PREDEFINED_DATES, predefinedRange } from './relativeDates';

export interface CompileContext {
  readonly today: LocalDate;
  readonly timeZone: string;
  /** The internalId of the record of one of `types` with this externalId (looked up beforehand). */
  readonly externalRef: (types: readonly RecordType[], externalId: string) => string | undefined;
}

/** NetSuite's marker for "no value" in a multi-select filter (`<searchValue internalId="@NONE@"/>`). */
const NONE_MARKER = '@NONE@';

// --- Operands -------------------------------------------------------------------------------------------------

function stringOperand(c: Criterion): string | undefined {
  const v = c.values[0];
  if (v === undefined) return undefined;
  if (typeof v === 'object') throw badValue(c.field, 'expected text.');
  return String(v);
}

function numberOperand(c: Criterion, v: Operand | undefined, integer: boolean): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw badValue(c.field, `${JSON.stringify(v)} is not ${integer ? 'a whole number' : 'a number'}.`);
  }
  return n;
}

/** A date operand as the interval of key values it covers (see operators.ts). */
function dateInterval(
  c: Criterion,
  v: Operand | undefined,
  key: Key,
  ctx: CompileContext,
  dayOnly: boolean,
): Interval | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw badValue(c.field, 'expected a dateTime.');
  const day = dateOfLiteral(v);
  if (!day) throw badValue(c.field, `${JSON.stringify(v)} is not a date.`);
  const hasTime = /T\d{2}:\d{2}/.test(v);
  if (key.type === 'date') return { lo: day, hi: addDays(day, 1) };
  if (!hasTime || dayOnly) return dayInstants({ from: day, to: day }, ctx.timeZone);
  const ms = parseInstant(v);
  if (ms === undefined) throw badValue(c.field, `${JSON.stringify(v)} is not a dateTime.`);
  return { lo: ms, hi: ms + 1 };
}

function dayInstants(r: { from: LocalDate; to: LocalDate }, timeZone: string): Interval {
  const start = (d: LocalDate) => parseInstant(localDateText(d, timeZone))!;
  return { lo: start(r.from), hi: start(addDays(r.to, 1)) };
}

function predefinedInterval(c: Criterion, key: Key, ctx: CompileContext): Interval | undefined {
  const name = c.predefinedSearchValue;
  if (name === undefined) return undefined;
  const r = predefinedRange(name, ctx.today);
  if (!r) {
    throw badValue(
      c.field,
      `${name} is not a predefined search date Billwire knows (${PREDEFINED_DATES.length} are supported, e.g. today, lastMonth, thisFiscalYear).`,
    );
  }
  return key.type === 'date' ? { lo: r.from, hi: addDays(r.to, 1) } : dayInstants(r, ctx.timeZone);
}

export function booleanOperand(c: Criterion): boolean {
  const v = c.values[0];
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  throw badValue(c.field, 'a boolean filter needs searchValue true or false.');
}

// --- Operator tests per filter type ------------------------------------------------------------------------------

export function scalarTest(c: Criterion, type: FilterType, key: Key, ctx: CompileContext): OperatorTest {
  switch (type) {
    case 'string':
      return stringTest(c.field, key, c.operator, stringOperand(c));
    case 'long':
    case 'double': {
      const integer = type === 'long';
      return numberTest(
        c.field,
        key,
        c.operator,
        numberOperand(c, c.values[0], integer),
        numberOperand(c, c.searchValue2, integer),
      );
    }
    case 'textNumber': {
      const two = c.searchValue2;
      if (two !== undefined && typeof two === 'object') throw badValue(c.field, 'expected text.');
      return numberTest(
        c.field,
        key,
        c.operator,
        stringOperand(c),
        two === undefined ? undefined : String(two),
      );
    }
    case 'date': {
      const dayOnly = c.operator === 'on' || c.operator === 'notOn';
      if (c.predefinedSearchValue !== undefined && c.values.length > 0) {
        throw badValue(c.field, 'send either predefinedSearchValue or searchValue, not both.');
      }
      const first = predefinedInterval(c, key, ctx) ?? dateInterval(c, c.values[0], key, ctx, dayOnly);
      const second = dateInterval(c, c.searchValue2, key, ctx, false);
      return dateTest(c.field, key, c.operator, first, second);
    }
    case 'boolean': {
      if (c.operator !== undefined) throw badValue(c.field, 'a boolean filter takes no operator.');
      const test: Predicate = { p: 'cmp', key, op: '=', value: true };
      return { test, negate: !booleanOperand(c) };
    }
    default:
      throw new Error(`scalarTest on ${type}`);
  }
}

/** The key values a multi-select's RecordRefs name; `none` is set when @NONE@ is among them. */
export function refValues(
  c: Criterion,
  key: Key,
  targets: readonly RecordType[] | undefined,
  ctx: CompileContext,
): { values: Scalar[]; none: boolean } {
  if (c.values.length === 0) throw badValue(c.field, `${c.operator} needs at least one searchValue.`);
  const values: Scalar[] = [];
  let none = false;
  for (const v of c.values) {
    const ref: RefOperand = isRefOperand(v) ? v : { internalId: String(v) };
    let id = ref.internalId;
    if (id === NONE_MARKER) {
      none = true;
      continue;
    }
    if (id === undefined && ref.externalId !== undefined) {
      id = targets && targets.length > 0 ? ctx.externalRef(targets, ref.externalId) : undefined;
      if (id === undefined) continue; // no such record: the value matches nothing
    }
    if (id === undefined)
      throw badValue(c.field, 'a RecordRef searchValue needs an internalId or externalId.');
    if (key.type === 'id') {
      if (!/^-?\d{1,15}$/.test(id)) throw badValue(c.field, `${JSON.stringify(id)} is not an internalId.`);
      values.push(Number(id));
    } else {
      values.push(id);
    }
  }
  return { values, none };
}

export function selectTest(
  c: Criterion,
  key: Key,
  targets: readonly RecordType[] | undefined,
  ctx: CompileContext,
): OperatorTest {
  const negate = selectOperator(c.field, c.operator);
  const { values, none } = refValues(c, key, targets, ctx);
  const test = or(values.length > 0 ? { p: 'in', key, values } : NONE, none ? { p: 'empty', key } : NONE);
  return { test, negate };
}

export function enumTest(c: Criterion, predicateOf: (v: string) => Predicate | undefined): OperatorTest {
  const negate = selectOperator(c.field, c.operator);
  if (c.values.length === 0) throw badValue(c.field, `${c.operator} needs at least one searchValue.`);
  const parts = c.values.map((v) => {
    const p = typeof v === 'string' ? predicateOf(v) : undefined;
    if (!p) throw badValue(c.field, `${JSON.stringify(v)} is not a value of this field.`);
    return p;
  });
  return { test: or(...parts), negate };
}
