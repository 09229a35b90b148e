/**
 * The PostgreSQL Database: clients from the pg pool TypeORM created, statements prepared by name per
 * connection. Writes run READ COMMITTED (row locks taken explicitly where a rule needs them, e.g. billing a
 * sales order) and are retried when PostgreSQL reports a serialization failure or a deadlock; reads run in
 * one REPEATABLE READ snapshot so a record and its lines always agree.
 */
import { Client, type Pool, type PoolClient } from 'pg';
import { NEXT_VALUE } from './counters';
import {
  toPgPlaceholders,
  type Database,
  type QueryOptions,
  type Row,
  type SqlParam,
  type SqlSession,
  type WriteSession,
} from './sql';

const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 5;

const pgSql = new Map<string, { name: string; text: string }>();
function prepared(sql: string): { name: string; text: string } {
  let p = pgSql.get(sql);
  if (!p) {
    p = { name: `bw${pgSql.size}`, text: toPgPlaceholders(sql) };
    pgSql.set(sql, p);
  }
  return p;
}

function bind(params: readonly SqlParam[] | undefined): unknown[] {
  return params ? params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p)) : [];
}

type NextValue = (account: string, name: string) => Promise<number>;

function sessionOn(client: PoolClient, nextValue: NextValue): WriteSession {
  let depth = 0;
  const query = async <T extends Row>(sql: string, params?: readonly SqlParam[], opts?: QueryOptions) => {
    if (opts?.planEachTime) return client.query<T>({ text: toPgPlaceholders(sql), values: bind(params) });
    const p = prepared(sql);
    return client.query<T>({ name: p.name, text: p.text, values: bind(params) });
  };
  return {
    dialect: 'postgres',
    all: async <T extends Row>(sql: string, params?: readonly SqlParam[], opts?: QueryOptions) =>
      (await query<T>(sql, params, opts)).rows,
    get: async <T extends Row>(sql: string, params?: readonly SqlParam[], opts?: QueryOptions) =>
      (await query<T>(sql, params, opts)).rows[0] as T | undefined,
    run: async (sql, params) => (await query(sql, params)).rowCount ?? 0,
    nextValue,
    savepoint: async (fn) => {
      const name = `sp${++depth}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        const r = await fn();
        await client.query(`RELEASE SAVEPOINT ${name}`);
        return r;
      } catch (err) {
        await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw err;
      } finally {
        depth--;
      }
    },
  };
}

export class PostgresDatabase implements Database {
  readonly dialect = 'postgres' as const;
  /** The connection sequences are drawn on, in autocommit: outside the pool, so a busy pool cannot starve it. */
  private counterClient: Promise<Client> | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly onClose: () => Promise<void>,
  ) {}

  private connectCounterClient(): Promise<Client> {
    const client = new Client(this.pool.options);
    client.on('error', () => undefined); // a dropped connection surfaces on the next query
    return client.connect().then(() => client);
  }

  private readonly nextValue: NextValue = async (account, name) => {
    const pending = (this.counterClient ??= this.connectCounterClient());
    // A connection that failed, or broke, is dropped once; the next draw opens another.
    const drop = (client?: Client) => {
      if (this.counterClient !== pending) return;
      this.counterClient = undefined;
      void client?.end().catch(() => undefined);
    };
    const client = await pending.catch((err: unknown) => {
      drop();
      throw err;
    });
    try {
      const r = await client.query<{ value: number | string }>({
        name: 'bw_counter_next',
        text: toPgPlaceholders(NEXT_VALUE),
        values: [account, name],
      });
      return Number(r.rows[0]!.value);
    } catch (err) {
      drop(client);
      throw err;
    }
  };

  async read<T>(fn: (s: SqlSession) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        return await fn(sessionOn(client, this.nextValue));
      } finally {
        await client.query('COMMIT');
      }
    } finally {
      client.release();
    }
  }

  async write<T>(fn: (s: WriteSession) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const r = await fn(sessionOn(client, this.nextValue));
        await client.query('COMMIT');
        return r;
      } catch (err) {
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true;
        }
        const code = (err as { code?: string }).code;
        if (code && RETRYABLE.has(code) && attempt < MAX_ATTEMPTS) {
          await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 10));
          continue;
        }
        throw err;
      } finally {
        client.release(broken);
      }
    }
  }

  async close(): Promise<void> {
    const counter = this.counterClient;
    this.counterClient = undefined;
    if (counter) await (await counter.catch(() => undefined))?.end();
    await this.onClose();
  }
}
