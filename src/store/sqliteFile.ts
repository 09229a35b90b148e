import path from 'node:path';

/** Where a store's SQLite file lives (the job thread and the checkpointer open it too, without TypeORM). */
export function sqliteFileOf(o: { readonly dataDir: string; readonly sqliteFile?: string }): string {
  return path.join(o.dataDir, o.sqliteFile ?? 'billwire.sqlite');
}
