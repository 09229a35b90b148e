/**
 * getSelectValue: a field description (recordType, optional sublist, field, optional name filter) and a
 * 1-based pageIndex in; the field's accepted values as named RecordRefs out. A field Billwire does not list
 * is the result's status, not a fault.
 */
import { RecordError } from '../../domain/errors';
import type { SelectValueRequest } from '../../domain/selectValues/service';
import { isWireObject, type WireObject } from '../codec/wire';
import type { Handler } from '../context';
import { statusFailed, statusOk } from '../faults';

function requestOf(d: WireObject): SelectValueRequest {
  const filter = isWireObject(d.filter)
    ? { operator: String(d.filter.operator), value: String(d.filter.filterValue ?? '') }
    : undefined;
  return {
    recordType: typeof d.recordType === 'string' ? d.recordType : undefined,
    sublist: typeof d.sublist === 'string' ? d.sublist : undefined,
    field: String(d.field),
    filter,
    filterBy: d.filterByValueList !== undefined || d.customRecordType !== undefined,
  };
}

export const getSelectValue: Handler = async (ctx, req) => {
  try {
    const page = await ctx.services.selectValues.getSelectValue(
      ctx.scope,
      requestOf(req.fieldDescription as WireObject),
      Number(req.pageIndex),
    );
    return {
      getSelectValueResult: {
        status: statusOk(),
        totalRecords: page.totalRecords,
        totalPages: page.totalPages,
        baseRefList: {
          baseRef: page.options.map((o) => ({
            $type: 'RecordRef',
            internalId: o.internalId,
            type: o.type,
            name: o.name,
          })),
        },
      },
    };
  } catch (err) {
    if (err instanceof RecordError) return { getSelectValueResult: { status: statusFailed(err) } };
    throw err;
  }
};
