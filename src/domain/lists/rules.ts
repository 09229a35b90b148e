/**
 * Rules of the list records: the name each shows in references, and the defaults NetSuite fills in
 * (a customer's entityId from its company or person name).
 */
import type { RecordRules, RulesRegistry } from '../records/rules';
import type { Fields, RecordType } from '../records/types';
import { stringOf } from '../records/types';
import { ITEM_TYPES } from '../records/kinds';

function personName(f: Fields): string | undefined {
  const name = [stringOf(f, 'firstName'), stringOf(f, 'lastName')].filter((s) => s && s.trim()).join(' ');
  return name || undefined;
}

function named(nameOf: (f: Fields) => string | undefined): RecordRules {
  return {
    prepare: async (_ctx, draft) => {
      draft.name = nameOf(draft.fields) ?? '';
    },
  };
}

const customer: RecordRules = {
  prepare: async (_ctx, draft) => {
    const f = draft.fields;
    if (stringOf(f, 'entityId') === undefined) {
      const derived = f.isPerson === true ? personName(f) : (stringOf(f, 'companyName') ?? personName(f));
      if (derived) f.entityId = derived;
    }
    draft.name = stringOf(f, 'entityId') ?? '';
  },
};

export const LIST_RULES: RulesRegistry = {
  customer,
  contact: named((f) => stringOf(f, 'entityId') ?? personName(f)),
  ...Object.fromEntries(
    ITEM_TYPES.map((t) => [t, named((f) => stringOf(f, 'itemId'))] as [RecordType, RecordRules]),
  ),
  term: named((f) => stringOf(f, 'name')),
  currency: named((f) => stringOf(f, 'name')),
  subsidiary: named((f) => stringOf(f, 'name')),
  location: named((f) => stringOf(f, 'name')),
  department: named((f) => stringOf(f, 'name')),
  classification: named((f) => stringOf(f, 'name')),
};
