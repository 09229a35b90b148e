/** Binds repositories to one account and one transaction of the Database. */
import type { Repositories, Transaction, UnitOfWork } from '../domain/ports';
import { CounterStore } from './counters';
import { DeletedLogStore } from './deletedLog';
import { RecordStore } from './records';
import { searchRepositories } from './search';
import type { Database, SqlSession } from './sql';

/** The repositories of one account on one session (async job chunks bind them to their own transaction). */
export function repositories(s: SqlSession, account: string): Repositories {
  return {
    records: new RecordStore(s, account),
    deleted: new DeletedLogStore(s, account),
    counters: new CounterStore(s, account),
    search: searchRepositories(s, account),
  };
}

export class StoreUnitOfWork implements UnitOfWork {
  constructor(private readonly db: Database) {}

  read<T>(account: string, fn: (repos: Repositories) => Promise<T>): Promise<T> {
    return this.db.read((s) => fn(repositories(s, account)));
  }

  write<T>(account: string, fn: (repos: Repositories, tx: Transaction) => Promise<T>): Promise<T> {
    return this.db.write((s) => fn(repositories(s, account), { savepoint: (f) => s.savepoint(f) }));
  }
}
