/**
 * attach and detach: an AttachContactReference / AttachBasicReference (or DetachBasicReference) in, a
 * writeResponse out whose baseRef is the record attached to. Unsupported pairs and missing records are the
 * writeResponse's status (domain/attachments/service.ts says which pairs exist).
 */
import { RecordError } from '../../domain/errors';
import type { NamedRecord } from '../../domain/attachments/service';
import type { Outcome, RecordKey } from '../../domain/records/types';
import { isWireObject, type WireObject, type WireValue } from '../codec/wire';
import type { Handler } from '../context';
import { writeResponse } from './common';

async function outcome(run: () => Promise<RecordKey>): Promise<Outcome<RecordKey>> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    if (err instanceof RecordError) return { ok: false, error: err };
    throw err;
  }
}

/** A RecordRef naming a record; `impliedType` for refs that may leave their type out (attach's contact). */
function named(v: WireValue | undefined, what: string, impliedType?: string): NamedRecord {
  const ref = isWireObject(v) ? v : {};
  if (ref.$type !== undefined && ref.$type !== 'RecordRef') {
    throw new RecordError(
      'INVALID_RCRD_TYPE',
      `Billwire supports RecordRefs only for ${what}, not ${String(ref.$type)}.`,
    );
  }
  const type = typeof ref.type === 'string' && ref.type !== '' ? ref.type : impliedType;
  if (type === undefined) throw new RecordError('INVALID_RCRD_TYPE', `The ${what} reference has no type.`);
  const internalId = typeof ref.internalId === 'string' ? ref.internalId : undefined;
  const externalId = typeof ref.externalId === 'string' ? ref.externalId : undefined;
  if (internalId === undefined && externalId === undefined) {
    throw new RecordError(
      'INVALID_KEY_OR_REF',
      `The ${what} reference has neither internalId nor externalId.`,
    );
  }
  return { type, internalId, externalId };
}

export const attach: Handler = async (ctx, req) => {
  const a = req.attachReference as WireObject;
  const result = await outcome(async () => {
    const target = named(a.attachTo, 'attachTo');
    if (a.$type === 'AttachContactReference') {
      const role = isWireObject(a.contactRole) ? a.contactRole.internalId : undefined;
      return ctx.services.attachments.attach(ctx.scope, {
        target,
        attached: named(a.contact, 'contact', 'contact'),
        role: typeof role === 'string' ? role : undefined,
      });
    }
    return ctx.services.attachments.attach(ctx.scope, {
      target,
      attached: named(a.attachedRecord, 'attachedRecord'),
    });
  });
  return { writeResponse: writeResponse(result) };
};

export const detach: Handler = async (ctx, req) => {
  const d = req.detachReference as WireObject;
  const result = await outcome(() =>
    ctx.services.attachments.detach(ctx.scope, {
      target: named(d.detachFrom, 'detachFrom'),
      detached: named(d.detachedRecord, 'detachedRecord'),
    }),
  );
  return { writeResponse: writeResponse(result) };
};
