/**
 * Transaction numbers and dates NetSuite fills in when the client leaves them out: tranId from a per-account,
 * per-type sequence; tranDate from today in the account's time zone.
 */
import { today } from '../dates';
import type { Draft, RuleContext } from '../records/rules';
import { stringOf } from '../records/types';

export async function assignTranId(ctx: RuleContext, draft: Draft): Promise<void> {
  const sent = stringOf(draft.fields, 'tranId');
  if (sent !== undefined && sent.trim() !== '') return;
  draft.fields.tranId = String(await ctx.repos.counters.next(`tranId:${draft.type}`));
}

export function defaultTranDate(ctx: RuleContext, draft: Draft): void {
  if (stringOf(draft.fields, 'tranDate') === undefined)
    draft.fields.tranDate = today(ctx.scope.account.timeZone, ctx.scope.now);
}
