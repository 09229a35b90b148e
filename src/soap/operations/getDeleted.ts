/**
 * getDeleted: GetDeletedFilter (deletedDate, type, scriptId) and a 1-based pageIndex in, a getDeletedResult
 * out — each deleted record as a RecordRef (type, internalId, externalId) with its deletion time in the
 * account's zone. A bad filter or page is the result's status, not a fault.
 */
import { instantText } from '../../domain/dates';
import { RecordError } from '../../domain/errors';
import type { DeletedFilter } from '../../domain/search/deleted';
import { isWireObject, type WireObject } from '../codec/wire';
import type { Handler } from '../context';
import { statusFailed, statusOk } from '../faults';
import { criterionOf } from '../search/decode';

function filterOf(w: WireObject): DeletedFilter {
  const f: { -readonly [K in keyof DeletedFilter]: DeletedFilter[K] } = {};
  if (isWireObject(w.deletedDate)) f.deletedDate = criterionOf('deletedDate', w.deletedDate);
  if (isWireObject(w.type)) f.type = criterionOf('type', w.type);
  if (isWireObject(w.scriptId)) f.scriptId = criterionOf('scriptId', w.scriptId);
  return f;
}

export const getDeleted: Handler = async (ctx, req) => {
  const tz = ctx.scope.account.timeZone;
  try {
    const page = await ctx.services.deleted.getDeleted(
      ctx.scope,
      filterOf(req.getDeletedFilter as WireObject),
      Number(req.pageIndex),
    );
    return {
      getDeletedResult: {
        status: statusOk(),
        totalRecords: page.totalRecords,
        pageSize: page.pageSize,
        totalPages: page.totalPages,
        pageIndex: page.pageIndex,
        deletedRecordList: {
          deletedRecord: page.entries.map((e) => {
            const record: WireObject = { $type: 'RecordRef', internalId: e.internalId };
            if (e.externalId !== undefined) record.externalId = e.externalId;
            record.type = e.type;
            return { deletedDate: instantText(e.deletedAt, tz), record };
          }),
        },
      },
    };
  } catch (err) {
    if (err instanceof RecordError) return { getDeletedResult: { status: statusFailed(err) } };
    throw err;
  }
};
