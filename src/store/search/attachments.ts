/** attach/detach links (attachment table); a record's links go when the record is deleted. */
import type { RecordType } from '../../domain/records/types';
import type { AttachmentLink, Attachments } from '../../domain/search/ports';
import type { SqlSession } from '../sql';

const KEY = 'account = ? AND target_type = ? AND target_id = ? AND attached_type = ? AND attached_id = ?';

/** Removes every link to or from a record (called when it is deleted). */
export async function removeAttachments(
  s: SqlSession,
  account: string,
  type: RecordType,
  id: number,
): Promise<void> {
  await s.run(
    'DELETE FROM attachment WHERE account = ? AND ((target_type = ? AND target_id = ?) OR (attached_type = ? AND attached_id = ?))',
    [account, type, id, type, id],
  );
}

export class AttachmentStore implements Attachments {
  constructor(
    private readonly s: SqlSession,
    private readonly account: string,
  ) {}

  private key(l: AttachmentLink): (string | number)[] {
    return [this.account, l.targetType, Number(l.targetId), l.attachedType, Number(l.attachedId)];
  }

  async attach(link: AttachmentLink, role: string | undefined, at: number): Promise<void> {
    await this.s.run(
      'INSERT INTO attachment (account, target_type, target_id, attached_type, attached_id, role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ' +
        'ON CONFLICT (account, target_type, target_id, attached_type, attached_id) DO UPDATE SET role = excluded.role',
      [...this.key(link), role ?? null, at],
    );
  }

  async detach(link: AttachmentLink): Promise<boolean> {
    return (await this.s.run(`DELETE FROM attachment WHERE ${KEY}`, this.key(link))) > 0;
  }

  async list(targetType: RecordType, targetId: string): Promise<(AttachmentLink & { role?: string })[]> {
    const rows = await this.s.all<{ attached_type: string; attached_id: number; role: string | null }>(
      'SELECT attached_type, attached_id, role FROM attachment WHERE account = ? AND target_type = ? AND target_id = ? ORDER BY id',
      [this.account, targetType, Number(targetId)],
    );
    return rows.map((r) => ({
      targetType,
      targetId,
      attachedType: r.attached_type as RecordType,
      attachedId: String(r.attached_id),
      ...(r.role === null ? {} : { role: r.role }),
    }));
  }
}
