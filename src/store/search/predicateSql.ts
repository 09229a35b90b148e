/**
 * Predicate tree (domain/search/predicates.ts) -> a parameterised SQL condition, for SQLite and PostgreSQL.
 *
 * Each predicate is compiled against a table scope (txn, list_record, txn_line, custom_value,
 * deleted_record) that maps the domain's key names to columns; `field:<name>` keys read the record's JSON
 * fields (json_extract on SQLite, jsonb on PostgreSQL). `not` compiles to NOT COALESCE(…, FALSE) so a
 * negation also matches rows whose value is empty. IN lists are padded to a power of two (repeating their
 * last value) so the statement cache sees a bounded number of distinct statements.
 */
import type { JoinName } from '../../domain/search/criteria';
import type { Key, Predicate } from '../../domain/search/predicates';
import type { Dialect, QueryOptions, SqlParam } from '../sql';

/**
 * Options for the statements built here (COUNT and page queries): planned for their values every time.
 * A cached prepared statement may get PostgreSQL's generic plan after five runs, which ignores the values:
 * for `entity_id IN (…) ORDER BY id LIMIT …` it walks the whole primary key (80 ms on 100,000 invoices
 * instead of 1.5 ms). It also keeps statements whose text varies with each search out of the statement cache.
 */
export const EACH_TIME: QueryOptions = { planEachTime: true };

export type Table = 'txn' | 'list' | 'line' | 'custom' | 'deleted';

const COLUMNS: Readonly<Record<Table, Readonly<Record<string, string>>>> = {
  txn: {
    id: 'id',
    externalId: 'external_id',
    type: 'type',
    status: 'status',
    entity: 'entity_id',
    tranId: 'tran_id',
    tranDate: 'tran_date',
    dueDate: 'due_date',
    createdFrom: 'created_from_id',
    currency: 'currency_id',
    subsidiary: 'subsidiary_id',
    department: 'department_id',
    class: 'class_id',
    location: 'location_id',
    terms: 'terms_id',
    memo: 'memo',
    otherRefNum: 'other_ref_num',
    total: 'total',
    amountRemaining: 'amount_remaining',
    created: 'created_at',
    modified: 'modified_at',
  },
  list: {
    id: 'id',
    externalId: 'external_id',
    type: 'type',
    name: 'name',
    isInactive: 'is_inactive',
    created: 'created_at',
    modified: 'modified_at',
  },
  line: { item: 'item_id', order: 'order_id' },
  custom: { text: 'text_value', number: 'num_value', date: 'date_value' },
  deleted: { deletedAt: 'deleted_at', type: 'type', internalId: 'internal_id' },
};

/** Keys that exist in a scope but never hold a value (getDeleted's scriptId: no custom records). */
const ALWAYS_EMPTY: Readonly<Partial<Record<Table, ReadonlySet<string>>>> = {
  deleted: new Set(['scriptId']),
};

export interface Scope {
  readonly table: Table;
  readonly alias: string;
  /** For txn scopes: how `line` predicates apply (EXISTS over lines, or the row's own line alias). */
  readonly lineAlias?: string;
}

export class SqlBuilder {
  readonly params: SqlParam[] = [];
  private aliases = 0;

  constructor(
    readonly dialect: Dialect,
    readonly account: string,
  ) {}

  param(v: SqlParam): string {
    this.params.push(v);
    return '?';
  }

  /** `?, ?, ?` for the values, padded to a power of two. */
  list(values: readonly SqlParam[]): string {
    let n = 1;
    while (n < values.length) n *= 2;
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.param(values[Math.min(i, values.length - 1)]!));
    return out.join(', ');
  }

  fresh(prefix: string): string {
    return `${prefix}${++this.aliases}`;
  }

  /** The SQL condition for `p` evaluated on the row `scope` names. */
  where(p: Predicate, scope: Scope): string {
    switch (p.p) {
      case 'all':
        return '1 = 1';
      case 'none':
        return '1 = 0';
      case 'and':
        return p.of.map((x) => `(${this.where(x, scope)})`).join(' AND ');
      case 'or':
        return p.of.map((x) => `(${this.where(x, scope)})`).join(' OR ');
      case 'not':
        return `NOT COALESCE((${this.where(p.of, scope)}), FALSE)`;
      case 'cmp':
        if (p.key.type === 'bool') return this.isTrue(p.key, scope, p.value === true);
        // Text order (text-number fields) ignores case, as their equality does (text below).
        if (p.key.type === 'text')
          return `LOWER(${this.expr(p.key, scope)}) ${p.op} LOWER(${this.param(p.value)})`;
        return `${this.expr(p.key, scope)} ${p.op} ${this.param(p.value)}`;
      case 'in':
        return `${this.expr(p.key, scope)} IN (${this.list(p.values)})`;
      case 'text':
        return this.text(p.key, scope, p.match, p.value);
      case 'empty': {
        const e = this.expr(p.key, scope);
        return p.key.type === 'text' || p.key.type === 'ref' ? `(${e} IS NULL OR ${e} = '')` : `${e} IS NULL`;
      }
      case 'custom':
        return this.custom(p.field, p.where, scope);
      case 'line':
        return this.line(p.where, scope);
      case 'join':
        return this.join(p.join, p.where, scope);
    }
  }

  private column(key: Key, scope: Scope): string {
    const col = COLUMNS[scope.table][key.name];
    if (col) return `${scope.alias}.${col}`;
    if (ALWAYS_EMPTY[scope.table]?.has(key.name)) return 'NULL';
    const m = /^field:([A-Za-z][A-Za-z0-9_]*)$/.exec(key.name);
    if (m && (scope.table === 'txn' || scope.table === 'list')) return this.json(scope.alias, m[1]!, key);
    throw new Error(`no ${key.name} on ${scope.table}`);
  }

  /** A value of the record's JSON fields, as text (numbers as numbers, booleans as the jsonb literal). */
  private json(alias: string, field: string, key: Key): string {
    const path = key.type === 'ref' ? [field, 'internalId'] : [field];
    if (this.dialect === 'sqlite') {
      const e = `json_extract(${alias}.data, '$.fields.${path.join('.')}')`;
      return key.type === 'number' ? `CAST(${e} AS REAL)` : e;
    }
    const e = `(${alias}.data::jsonb #>> '{fields,${path.join(',')}}')`;
    // No "?" in the pattern: toPgPlaceholders would take it for a parameter.
    if (key.type === 'number')
      return `(CASE WHEN ${e} ~ '^[+-]{0,1}[0-9]+([.][0-9]+){0,1}$' THEN ${e}::numeric END)`;
    return e;
  }

  private expr(key: Key, scope: Scope): string {
    return this.column(key, scope);
  }

  private isTrue(key: Key, scope: Scope, value: boolean): string {
    const m = /^field:([A-Za-z][A-Za-z0-9_]*)$/.exec(key.name);
    let test: string;
    if (m && this.dialect === 'postgres') {
      test = `(${scope.alias}.data::jsonb #> '{fields,${m[1]}}') = 'true'::jsonb`;
    } else {
      test = `${this.column(key, scope)} = 1`;
    }
    return value ? test : `NOT COALESCE((${test}), FALSE)`;
  }

  /**
   * Both sides go through the database's LOWER: SQLite's lowers ASCII letters only, so a value lowered in
   * JavaScript ("Été" -> "été") would miss the very text it was copied from on SQLite.
   */
  private text(key: Key, scope: Scope, match: 'is' | 'contains' | 'startsWith', value: string): string {
    const e = `LOWER(${this.expr(key, scope)})`;
    if (match === 'is') return `${e} = LOWER(${this.param(value)})`;
    const escaped = value.replace(/[\\%_]/g, (c) => `\\${c}`);
    const pattern = match === 'contains' ? `%${escaped}%` : `${escaped}%`;
    return `${e} LIKE LOWER(${this.param(pattern)}) ESCAPE '\\'`;
  }

  private custom(field: string, where: Predicate, scope: Scope): string {
    const owner = scope.table === 'txn' ? 'txn' : scope.table === 'list' ? 'list' : undefined;
    if (!owner) throw new Error(`custom field predicate on ${scope.table}`);
    const v = this.fresh('v');
    // Parameters are pushed in text order: the template's expressions run left to right.
    return (
      `${scope.alias}.id IN (SELECT ${v}.owner_id FROM custom_value ${v} WHERE ${v}.account = ${this.param(this.account)}` +
      ` AND ${v}.owner = ${this.param(owner)} AND ${v}.field_key = ${this.param(field)}` +
      ` AND (${this.where(where, { table: 'custom', alias: v })}))`
    );
  }

  private line(where: Predicate, scope: Scope): string {
    if (scope.table !== 'txn') throw new Error(`line predicate on ${scope.table}`);
    if (scope.lineAlias) return this.where(where, { table: 'line', alias: scope.lineAlias });
    const l = this.fresh('l');
    return `EXISTS (SELECT 1 FROM txn_line ${l} WHERE ${l}.txn_id = ${scope.alias}.id AND (${this.where(where, { table: 'line', alias: l })}))`;
  }

  private join(join: JoinName, where: Predicate, scope: Scope): string {
    if (scope.table !== 'txn') throw new Error(`join on ${scope.table}`);
    const t = scope.alias;
    const acct = () => this.param(this.account);
    switch (join) {
      case 'customerJoin': {
        const c = this.fresh('c');
        return (
          `${t}.entity_id IN (SELECT ${c}.id FROM list_record ${c} WHERE ${c}.account = ${acct()}` +
          ` AND ${c}.type = 'customer' AND (${this.where(where, { table: 'list', alias: c })}))`
        );
      }
      case 'itemJoin': {
        const i = this.fresh('i');
        const items =
          `SELECT ${i}.id FROM list_record ${i} WHERE ${i}.account = ${acct()} AND ${i}.family = 'item'` +
          ` AND (${this.where(where, { table: 'list', alias: i })})`;
        if (scope.lineAlias) return `${scope.lineAlias}.item_id IN (${items})`;
        const l = this.fresh('l');
        return `EXISTS (SELECT 1 FROM txn_line ${l} WHERE ${l}.txn_id = ${t}.id AND ${l}.item_id IN (${items}))`;
      }
      case 'createdFromJoin': {
        const s = this.fresh('s');
        return (
          `${t}.created_from_id IN (SELECT ${s}.id FROM txn ${s} WHERE ${s}.account = ${acct()}` +
          ` AND (${this.where(where, { table: 'txn', alias: s })}))`
        );
      }
    }
  }
}
