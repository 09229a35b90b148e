/**
 * initialize and initializeList: InitializeRecord in, an unsaved record (no internalId) out, in a
 * readResponse each.
 */
import type { InitializeRef, InitializeRequest } from '../../domain/initialize/service';
import { isWireObject, type WireObject, type WireValue } from '../codec/wire';
import type { Handler } from '../context';
import { list, readResponse, readResponseList } from './common';

function refOf(v: WireValue | undefined): InitializeRef | undefined {
  if (!isWireObject(v)) return undefined;
  return {
    type: String(v.type ?? ''),
    internalId: typeof v.internalId === 'string' ? v.internalId : undefined,
    externalId: typeof v.externalId === 'string' ? v.externalId : undefined,
  };
}

export function initializeRequestOf(v: WireValue): InitializeRequest {
  const o = v as WireObject;
  return { type: String(o.type), reference: refOf(o.reference), auxReference: refOf(o.auxReference) };
}

export const initialize: Handler = async (ctx, req) => {
  const [outcome] = await ctx.services.initialize.initializeList(ctx.scope, [
    initializeRequestOf(req.initializeRecord!),
  ]);
  return { readResponse: readResponse(outcome!, ctx) };
};

export const initializeList: Handler = async (ctx, req) => {
  const outcomes = await ctx.services.initialize.initializeList(
    ctx.scope,
    list(req.initializeRecord).map(initializeRequestOf),
  );
  return { readResponseList: readResponseList(outcomes, ctx) };
};
