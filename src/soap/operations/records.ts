/**
 * add, update, upsert, delete, get and their list forms: decode -> RecordService -> encode. The single
 * forms are the list forms with one element, so both follow one code path.
 */
import type { Handler } from '../context';
import type { WireObject } from '../codec/wire';
import {
  checkLimit,
  decodeKeys,
  decodeRecords,
  deletionReasonOf,
  inOrder,
  list,
  readResponse,
  readResponseList,
  writeResponseList,
} from './common';

const addAll: Handler = async (ctx, req) => {
  const decoded = decodeRecords(list(req.record));
  return writeResponseList(
    await inOrder(decoded, (inputs) => ctx.services.records.addList(ctx.scope, inputs)),
  );
};
const updateAll: Handler = async (ctx, req) => {
  const decoded = decodeRecords(list(req.record));
  return writeResponseList(
    await inOrder(decoded, (inputs) => ctx.services.records.updateList(ctx.scope, inputs)),
  );
};
const upsertAll: Handler = async (ctx, req) => {
  const decoded = decodeRecords(list(req.record));
  return writeResponseList(
    await inOrder(decoded, (inputs) => ctx.services.records.upsertList(ctx.scope, inputs)),
  );
};
const deleteAll: Handler = async (ctx, req) => {
  const decoded = decodeKeys(list(req.baseRef));
  const reason = deletionReasonOf(req.deletionReason);
  return writeResponseList(
    await inOrder(decoded, (keys) => ctx.services.records.deleteList(ctx.scope, keys, reason)),
  );
};
const getAll: Handler = async (ctx, req) => {
  const decoded = decodeKeys(list(req.baseRef));
  return readResponseList(
    await inOrder(decoded, (keys) => ctx.services.records.getList(ctx.scope, keys)),
    ctx,
  );
};

/** The single form: the list form's only writeResponse. */
function single(listHandler: Handler): Handler {
  return async (ctx, req) => {
    const out = await listHandler(ctx, req);
    return { writeResponse: (out.writeResponse as WireObject[])[0]! };
  };
}

export const add = single(addAll);
export const update = single(updateAll);
export const upsert = single(upsertAll);
export const del = single(deleteAll);

export const get: Handler = async (ctx, req) => {
  const outcomes = await inOrder(decodeKeys(list(req.baseRef)), (keys) =>
    ctx.services.records.getList(ctx.scope, keys),
  );
  return { readResponse: readResponse(outcomes[0]!, ctx) };
};

export const addList: Handler = async (ctx, req) => {
  checkLimit('addList', list(req.record));
  return { writeResponseList: await addAll(ctx, req) };
};
export const updateList: Handler = async (ctx, req) => {
  checkLimit('updateList', list(req.record));
  return { writeResponseList: await updateAll(ctx, req) };
};
export const upsertList: Handler = async (ctx, req) => {
  checkLimit('upsertList', list(req.record));
  return { writeResponseList: await upsertAll(ctx, req) };
};
export const deleteList: Handler = async (ctx, req) => {
  checkLimit('deleteList', list(req.baseRef));
  return { writeResponseList: await deleteAll(ctx, req) };
};
export const getList: Handler = async (ctx, req) => {
  checkLimit('getList', list(req.baseRef));
  return { readResponseList: await getAll(ctx, req) };
};
