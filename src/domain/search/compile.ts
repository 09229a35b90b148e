/**
 * Criteria -> predicate: gives each criterion its meaning for its family (fields.ts: which key, line value,
 * enumeration or custom field it tests), has filterTests.ts check its operator and operands, and wraps line,
 * custom-field and join criteria. Every problem is a RecordError with NetSuite's search codes
 * (INVALID_SEARCH_FIELD_NAME, INVALID_SEARCH_OPERATOR, INVALID_SEARCH_VALUE, INVALID_SEARCH), which the search
 * reports as its status.
 */
import { RecordError } from '../errors';
import type { RecordType } from '../records/types';
import {
  isRefOperand,
  JOIN_FAMILIES,
  type Criteria,
  type Criterion,
  type CustomSearchKind,
  type JoinName,
  type SearchFamily,
} from './criteria';
import { fieldSpec, type FieldSpec, type FilterType } from './fields';
import {
  booleanOperand,
  enumTest,
  refValues,
  scalarTest,
  selectTest,
  type CompileContext,
} from './filterTests';
import { badValue, selectOperator } from './operators';
import { and, negateIf, NONE, not, or, type Key, type Predicate } from './predicates';

export type { CompileContext } from './filterTests';

export interface CompiledCriteria {
  readonly where: Predicate;
  /** The mainLine filter, if one was sent: it chooses rows, so it is not part of `where`. */
  readonly mainLine?: boolean;
}

function unknownField(family: SearchFamily, field: string): RecordError {
  return new RecordError(
    'INVALID_SEARCH_FIELD_NAME',
    `Billwire cannot search ${family} records by ${field}; see docs/search.md for the supported filters.`,
  );
}

function compileField(spec: FieldSpec, c: Criterion, ctx: CompileContext): Predicate {
  const s = spec.subject;
  if ('predicateOf' in s) {
    if (spec.filter === 'boolean') {
      if (c.operator !== undefined) throw badValue(c.field, 'a boolean filter takes no operator.');
      return s.predicateOf(String(booleanOperand(c)))!;
    }
    const t = enumTest(c, s.predicateOf);
    return negateIf(t.negate, t.test);
  }
  if ('mainLine' in s) throw new Error('mainLine is handled by compileCriteria');
  if ('externalIds' in s) {
    const negate = selectOperator(c.field, c.operator);
    if (c.values.length === 0) throw badValue(c.field, `${c.operator} needs at least one searchValue.`);
    const ids = c.values.map((v) => {
      const id = isRefOperand(v) ? v.externalId : undefined;
      if (id === undefined) throw badValue(c.field, 'each searchValue needs an externalId.');
      return id;
    });
    return negateIf(negate, { p: 'in', key: s.externalIds, values: ids });
  }
  if ('line' in s) {
    const t = selectTest(c, s.line, spec.targets, ctx);
    return negateIf(t.negate, { p: 'line', where: t.test });
  }
  const t =
    spec.filter === 'multiSelect'
      ? selectTest(c, s.key, spec.targets, ctx)
      : scalarTest(c, spec.filter, s.key, ctx);
  return negateIf(t.negate, t.test);
}

const CUSTOM_KEYS: Readonly<Record<CustomSearchKind, [FilterType, Key]>> = {
  string: ['string', { name: 'text', type: 'text' }],
  long: ['long', { name: 'number', type: 'number' }],
  double: ['double', { name: 'number', type: 'number' }],
  date: ['date', { name: 'date', type: 'date' }],
  boolean: ['boolean', { name: 'number', type: 'bool' }],
  multiSelect: ['multiSelect', { name: 'text', type: 'ref' }],
  enumMultiSelect: ['multiSelect', { name: 'text', type: 'text' }],
};

/** The key custom values are stored under: the scriptId, or `#<internalId>` for a field known by id only. */
export function customFieldKey(t: { scriptId?: string; internalId?: string }): string | undefined {
  if (t.scriptId) return t.scriptId;
  return t.internalId ? `#${t.internalId}` : undefined;
}

function compileCustom(c: Criterion, ctx: CompileContext): Predicate {
  const target = c.custom!;
  const field = customFieldKey(target);
  if (!field) throw badValue('customFieldList', 'each custom field filter needs a scriptId or internalId.');
  const [type, key] = CUSTOM_KEYS[target.kind];
  const named = { ...c, field };
  // A record "has a value matching" (the custom predicate) or has no value at all (its complement).
  const hasValue: Predicate = { p: 'custom', field, where: not({ p: 'empty', key }) };
  if (type === 'multiSelect') {
    const negate = selectOperator(field, c.operator);
    const { values, none } = refValues(named, key, undefined, ctx);
    const test = or(
      values.length > 0 ? { p: 'custom', field, where: { p: 'in', key, values } } : NONE,
      none ? not(hasValue) : NONE,
    );
    return negateIf(negate, test);
  }
  const t = scalarTest(named, type, key, ctx);
  if (t.test.p === 'empty') return negateIf(!t.negate, hasValue);
  return negateIf(t.negate, { p: 'custom', field, where: t.test });
}

function compileGroup(
  family: SearchFamily,
  criteria: readonly Criterion[],
  ctx: CompileContext,
  allowMainLine: boolean,
): CompiledCriteria {
  const parts: Predicate[] = [];
  let mainLine: boolean | undefined;
  for (const c of criteria) {
    if (c.custom) {
      parts.push(compileCustom(c, ctx));
      continue;
    }
    const spec = fieldSpec(family, c.field);
    if (!spec) throw unknownField(family, c.field);
    if ('mainLine' in spec.subject) {
      if (!allowMainLine) throw unknownField(family, c.field);
      if (c.operator !== undefined) throw badValue(c.field, 'a boolean filter takes no operator.');
      mainLine = booleanOperand(c);
      continue;
    }
    parts.push(compileField(spec, c, ctx));
  }
  return { where: and(...parts), mainLine };
}

function isJoinName(name: string): name is JoinName {
  return Object.prototype.hasOwnProperty.call(JOIN_FAMILIES, name);
}

/** Compiles a search's criteria (basic and joins) into one predicate. */
export function compileCriteria(criteria: Criteria, ctx: CompileContext): CompiledCriteria {
  const basic = compileGroup(criteria.family, criteria.basic, ctx, criteria.family === 'transaction');
  const joins: Predicate[] = [];
  for (const j of criteria.joins) {
    if (criteria.family !== 'transaction' || !isJoinName(j.name)) {
      throw new RecordError(
        'INVALID_SEARCH',
        `Billwire does not support the ${j.name} of a ${criteria.family} search; transaction searches take ${Object.keys(JOIN_FAMILIES).join(', ')}.`,
      );
    }
    const g = compileGroup(JOIN_FAMILIES[j.name], j.criteria, ctx, false);
    if (g.where.p !== 'all') joins.push({ p: 'join', join: j.name, where: g.where });
  }
  return { where: and(basic.where, ...joins), mainLine: basic.mainLine };
}

/** Every (targets, externalId) a criteria's multi-selects reference, to look up before compiling. */
export function externalRefsOf(criteria: Criteria): { types: readonly RecordType[]; externalId: string }[] {
  const out: { types: readonly RecordType[]; externalId: string }[] = [];
  const groups: [SearchFamily, readonly Criterion[]][] = [
    [criteria.family, criteria.basic],
    ...criteria.joins
      .filter((j) => isJoinName(j.name))
      .map((j): [SearchFamily, readonly Criterion[]] => [JOIN_FAMILIES[j.name as JoinName], j.criteria]),
  ];
  for (const [family, list] of groups) {
    for (const c of list) {
      if (c.custom) continue;
      const spec = fieldSpec(family, c.field);
      if (!spec?.targets || spec.targets.length === 0 || spec.filter !== 'multiSelect') continue;
      for (const v of c.values) {
        if (isRefOperand(v) && v.internalId === undefined && v.externalId !== undefined)
          out.push({ types: spec.targets, externalId: v.externalId });
      }
    }
  }
  return out;
}

/**
 * One filter of a fixed type on a fixed key, outside any family (getDeleted's deletedDate, type and
 * scriptId): the same operators and operands as a search filter.
 */
export function compileFilter(c: Criterion, type: FilterType, key: Key, ctx: CompileContext): Predicate {
  if (type === 'enumMultiSelect') {
    const t = enumTest(c, (v) => ({ p: 'in', key, values: [v] }));
    return negateIf(t.negate, t.test);
  }
  const t = type === 'multiSelect' ? selectTest(c, key, undefined, ctx) : scalarTest(c, type, key, ctx);
  return negateIf(t.negate, t.test);
}
