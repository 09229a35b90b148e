/**
 * attach / detach: links between records that are not fields of either, as NetSuite keeps contacts on a
 * transaction or a customer (with a contact role). Billwire supports one kind of attached record, the
 * contact, on invoices, sales orders, estimates and customers — sent as an AttachContactReference (with an
 * optional contactRole) or an AttachBasicReference (no role). Other pairs are refused with a clean status
 * (INVALID_RCRD_TYPE on attach, INVALID_DETACH_RECORD_TYP on detach); Billwire hosts no File records.
 * Attaching twice keeps one link (the role is updated); detaching a link that does not exist succeeds.
 * Deleting either record removes its links.
 */
import type { RequestScope } from '../account';
import { RecordError, notFound } from '../errors';
import type { Repositories, UnitOfWork } from '../ports';
import type { RecordKey, RecordType, StoredRecord } from '../records/types';

/** Attached record type -> the record types it can be attached to. */
export const ATTACHABLE: Readonly<Partial<Record<RecordType, readonly RecordType[]>>> = {
  contact: ['invoice', 'salesOrder', 'estimate', 'customer'],
};

/** A record as the request names it; its type is checked here, so an unhosted type gets this operation's code. */
export interface NamedRecord {
  readonly type: string;
  readonly internalId?: string;
  readonly externalId?: string;
}

export interface AttachRequest {
  readonly target: NamedRecord;
  readonly attached: NamedRecord;
  /** contactRole internalId (NetSuite's contact roles, e.g. -10 Primary Contact). */
  readonly role?: string;
}

export interface DetachRequest {
  readonly target: NamedRecord;
  readonly detached: NamedRecord;
}

function supported(attached: string, target: string): boolean {
  const targets: readonly string[] | undefined = Object.prototype.hasOwnProperty.call(ATTACHABLE, attached)
    ? ATTACHABLE[attached as RecordType]
    : undefined;
  return targets?.includes(target) ?? false;
}

/** After `supported`, both types are hosted ones. */
const hosted = (r: NamedRecord): RecordKey => ({ ...r, type: r.type as RecordType });

function pairs(): string {
  return Object.entries(ATTACHABLE)
    .map(([a, targets]) => `${a} to ${targets!.join(', ')}`)
    .join('; ');
}

function keyText(k: NamedRecord): string {
  return k.internalId ?? `externalId ${k.externalId ?? '(none)'}`;
}

async function load(
  repos: Repositories,
  target: RecordKey,
  other: RecordKey,
): Promise<[StoredRecord, StoredRecord]> {
  const t = await repos.records.find(target.type, target);
  if (!t) throw notFound(target.type, keyText(target));
  const o = await repos.records.find(other.type, other);
  if (!o)
    throw new RecordError('INVALID_KEY_OR_REF', `Invalid ${other.type} reference key ${keyText(other)}.`);
  return [t, o];
}

const keyOf = (r: StoredRecord): RecordKey => ({
  type: r.type,
  internalId: r.internalId,
  externalId: r.externalId,
});

export class AttachmentService {
  constructor(private readonly uow: UnitOfWork) {}

  /** Returns the key of the record attached to (the writeResponse's baseRef). */
  attach(scope: RequestScope, req: AttachRequest): Promise<RecordKey> {
    if (!supported(req.attached.type, req.target.type)) {
      throw new RecordError(
        'INVALID_RCRD_TYPE',
        `Billwire cannot attach a ${req.attached.type} to a ${req.target.type}; it attaches ${pairs()}.`,
      );
    }
    return this.uow.write(scope.account.id, async (repos) => {
      const [target, attached] = await load(repos, hosted(req.target), hosted(req.attached));
      const link = {
        targetType: target.type,
        targetId: target.internalId,
        attachedType: attached.type,
        attachedId: attached.internalId,
      };
      await repos.search.attachments.attach(link, req.role, scope.now);
      return keyOf(target);
    });
  }

  detach(scope: RequestScope, req: DetachRequest): Promise<RecordKey> {
    if (!supported(req.detached.type, req.target.type)) {
      throw new RecordError(
        'INVALID_DETACH_RECORD_TYP',
        `Billwire cannot detach a ${req.detached.type} from a ${req.target.type}; it attaches ${pairs()}.`,
      );
    }
    return this.uow.write(scope.account.id, async (repos) => {
      const [target, detached] = await load(repos, hosted(req.target), hosted(req.detached));
      await repos.search.attachments.detach({
        targetType: target.type,
        targetId: target.internalId,
        attachedType: detached.type,
        attachedId: detached.internalId,
      });
      return keyOf(target);
    });
  }
}
