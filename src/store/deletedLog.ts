/** Appends to the delete log that getDeleted reads. */
import type { DeletedEntry, DeletedLog } from '../domain/ports';
import type { SqlSession } from './sql';

export class DeletedLogStore implements DeletedLog {
  constructor(
    private readonly s: SqlSession,
    private readonly account: string,
  ) {}

  async add(e: DeletedEntry): Promise<void> {
    await this.s.run(
      'INSERT INTO deleted_record (account, type, internal_id, external_id, deleted_at, reason_code, reason_memo) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [
        this.account,
        e.type,
        e.internalId,
        e.externalId ?? null,
        e.deletedAt,
        e.reasonCode ?? null,
        e.reasonMemo ?? null,
      ],
    );
  }
}
