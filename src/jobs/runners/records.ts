/**
 * The runners of asyncAddList, asyncUpdateList, asyncUpsertList, asyncDeleteList, asyncGetList and
 * asyncInitializeList: each replays its synchronous twin's domain call for one unit (writes) or one batch
 * (reads), through the same services, so an async result equals what the sync operation answers.
 */
import type { InitializeRequest, InitializeService } from '../../domain/initialize/service';
import type { RecordService } from '../../domain/records/service';
import type { Outcome, RecordInput, RecordKey } from '../../domain/records/types';
import type { JobKind, Unit } from '../types';
import {
  undecoded,
  unitDone,
  type KindRunner,
  type UnitContext,
  type UnitDone,
  type WriteRunner,
} from './kind';

type WriteStep<I> = (ctx: UnitContext, input: I) => Promise<Outcome<RecordKey>[]>;

function writer<I>(step: WriteStep<I>): WriteRunner {
  return {
    mode: 'write',
    async run(ctx, input) {
      const unit = input as Unit<I>;
      if (!unit.ok) return undecoded(unit)!;
      const [outcome] = await step(ctx, unit.value);
      return unitDone(outcome!);
    },
  };
}

/** Runs `read` on the units that decoded and puts the outcomes back in their places. */
async function readInPlace<I, O>(
  units: readonly Unit<I>[],
  read: (valid: I[]) => Promise<Outcome<O>[]>,
): Promise<UnitDone[]> {
  const valid = units.filter((u): u is { ok: true; value: I } => u.ok).map((u) => u.value);
  const outcomes = valid.length > 0 ? await read(valid) : [];
  let next = 0;
  return units.map((u) => undecoded(u) ?? unitDone(outcomes[next++]!));
}

export interface RecordServices {
  readonly records: RecordService;
  readonly initialize: InitializeService;
}

export function recordRunners(s: RecordServices): Record<Exclude<JobKind, 'search'>, KindRunner> {
  const rc = (ctx: UnitContext) => ({ scope: ctx.scope, repos: ctx.repos });
  return {
    addList: writer<RecordInput>((ctx, i) => s.records.addListWithin(rc(ctx), ctx.tx, [i])),
    updateList: writer<RecordInput>((ctx, i) => s.records.updateListWithin(rc(ctx), ctx.tx, [i])),
    upsertList: writer<RecordInput>((ctx, i) => s.records.upsertListWithin(rc(ctx), ctx.tx, [i])),
    deleteList: writer<RecordKey>((ctx, k) =>
      s.records.deleteListWithin(rc(ctx), ctx.tx, [k], ctx.options.deletionReason),
    ),
    getList: {
      mode: 'read',
      batch: 100,
      read: (scope, inputs) =>
        readInPlace(inputs as Unit<RecordKey>[], (keys) => s.records.getList(scope, keys)),
    },
    initializeList: {
      mode: 'read',
      batch: 50,
      read: (scope, inputs) =>
        readInPlace(inputs as Unit<InitializeRequest>[], (reqs) => s.initialize.initializeList(scope, reqs)),
    },
  };
}
