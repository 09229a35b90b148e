/**
 * The settings every SQLite connection of Billwire runs with (measured on the add/get benchmark):
 * WAL with synchronous=NORMAL (a commit is a WAL append, no fsync; durable across a process crash, the
 * last transactions may be lost on power loss), a 64 MB page cache so index pages stay in memory, and no
 * automatic checkpoints: a thread of their own runs them (src/store/checkpointer.ts), because inside a
 * COMMIT they stall the request that triggers them. No memory map: its pages count as resident memory.
 */
export interface PragmaTarget {
  pragma(source: string): unknown;
}

export function applySqlitePragmas(db: PragmaTarget): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('cache_size = -65536');
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = ON');
}
