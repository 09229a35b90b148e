/**
 * The SQL session every repository speaks: parameterised statements with `?` placeholders, run on the
 * connection TypeORM opened, inside a transaction the Database owns. Dialect differences stop here.
 */
export type Dialect = 'sqlite' | 'postgres';
export type SqlParam = string | number | boolean | null | undefined;
export type Row = Record<string, unknown>;

export interface QueryOptions {
  /**
   * Plan the statement for these values, every time. For statements whose best plan depends on the values
   * (search pages: an IN list of a few customers, or every invoice): PostgreSQL runs them unnamed instead of
   * as a cached prepared statement, whose generic plan would ignore the values. SQLite plans without values
   * either way.
   */
  readonly planEachTime?: boolean;
}

export interface SqlSession {
  readonly dialect: Dialect;
  all<T extends Row = Row>(sql: string, params?: readonly SqlParam[], opts?: QueryOptions): Promise<T[]>;
  get<T extends Row = Row>(
    sql: string,
    params?: readonly SqlParam[],
    opts?: QueryOptions,
  ): Promise<T | undefined>;
  /** Runs a statement; returns the number of rows it changed. */
  run(sql: string, params?: readonly SqlParam[]): Promise<number>;
  /**
   * PostgreSQL: draws the next value of a per-account sequence outside this transaction, so no lock on the
   * counter row is held until commit (concurrent writers of one account, on any instance, do not queue
   * behind each other). A transaction that rolls back leaves a gap, as NetSuite's numbering can.
   * Absent on SQLite, whose single writer makes the in-transaction counter free of contention.
   */
  nextValue?(account: string, name: string): Promise<number>;
}

export interface WriteSession extends SqlSession {
  /**
   * Runs `fn` in a savepoint: if it throws, everything it wrote is rolled back and the error rethrown, while
   * the surrounding transaction goes on. This is how one failed record of a list leaves nothing behind.
   */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
}

export interface Database {
  readonly dialect: Dialect;
  /** A consistent read (one snapshot). */
  read<T>(fn: (s: SqlSession) => Promise<T>): Promise<T>;
  /** One transaction, committed when `fn` resolves, rolled back when it throws. */
  write<T>(fn: (s: WriteSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Converts `?` placeholders to PostgreSQL's `$n` (our SQL never has `?` inside literals). */
export function toPgPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** `?, ?, ?` for an IN list of n values. */
export function placeholders(n: number): string {
  return n === 1 ? '?' : new Array<string>(n).fill('?').join(', ');
}
