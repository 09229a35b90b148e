/**
 * initialize / initializeList: a new, unsaved record prefilled from another one, as NetSuite's initialize
 * does. The client may edit it and add it (with ignoreReadOnlyFields for the computed fields it carries).
 *
 *   invoice        <- salesOrder (the lines left to bill; with an itemFulfillment auxReference, exactly what
 *                     that fulfillment shipped), customer (its defaults, no lines), estimate (its lines)
 *   itemFulfillment <- salesOrder (the shippable lines left to fulfill)
 *   salesOrder     <- estimate, customer;   estimate <- customer
 */
import type { RequestScope } from '../account';
import { today } from '../dates';
import { RecordError } from '../errors';
import { ItemCatalog } from '../invoice/catalog';
import { customerDefaults } from '../invoice/defaults';
import { priceTransaction } from '../invoice/pricing';
import { Dec, ZERO, canonical, type Dec as Decimal } from '../money';
import { leftToBill, leftToFulfill, orderLedger, unbilledOfFulfillment } from '../orders/ledger';
import type { Repositories, UnitOfWork } from '../ports';
import type { Draft } from '../records/rules';
import { nameReferences } from '../records/references';
import type { Fields, Line, Outcome, RecordType, StoredRecord } from '../records/types';
import { refOf } from '../records/types';
import { statusText } from '../transactions/status';

export interface InitializeRef {
  readonly type: string;
  readonly internalId?: string;
  readonly externalId?: string;
}

export interface InitializeRequest {
  readonly type: string;
  readonly reference?: InitializeRef;
  readonly auxReference?: InitializeRef;
}

/** An initialized record: everything a stored record has but an id. */
export type Initialized = Omit<StoredRecord, 'internalId'>;

const SOURCES: Readonly<Record<string, readonly string[]>> = {
  invoice: ['salesOrder', 'customer', 'estimate'],
  itemFulfillment: ['salesOrder'],
  salesOrder: ['estimate', 'customer'],
  estimate: ['customer'],
};

const HEADER_FROM_TRANSACTION = [
  'entity',
  'currency',
  'terms',
  'subsidiary',
  'department',
  'class',
  'location',
  'memo',
  'otherRefNum',
  'billingAddress',
  'shippingAddress',
  'discountItem',
  'discountRate',
  'isTaxable',
  'taxItem',
  'taxRate',
  'salesRep',
  'partner',
  'shipMethod',
  'email',
  'job',
  'exchangeRate',
];
const LINE_FROM_TRANSACTION = [
  'item',
  'description',
  'units',
  'price',
  'rate',
  'isTaxable',
  'taxCode',
  'taxRate1',
  'department',
  'class',
  'location',
  'options',
];

function pick(from: Fields, names: readonly string[]): Fields {
  const out: Fields = {};
  for (const n of names) if (from[n] !== undefined) out[n] = from[n];
  return out;
}

function bad(code: 'INVALID_INITIALIZE_REF' | 'INVALID_INITIALIZE_AUXREF', message: string): RecordError {
  return new RecordError(code, message);
}

const NOT_OPEN = new Set(['pendingApproval', 'cancelled', 'closed']);

export class InitializeService {
  constructor(private readonly uow: UnitOfWork) {}

  initializeList(
    scope: RequestScope,
    requests: readonly InitializeRequest[],
  ): Promise<Outcome<Initialized>[]> {
    return this.uow.read(scope.account.id, (repos) => this.initializeListWithin(scope, repos, requests));
  }

  /** initializeList inside a unit of work the caller holds (async jobs run it in chunks). */
  async initializeListWithin(
    scope: RequestScope,
    repos: Repositories,
    requests: readonly InitializeRequest[],
  ): Promise<Outcome<Initialized>[]> {
    const out: Outcome<Initialized>[] = [];
    for (const r of requests) {
      try {
        out.push({ ok: true, value: await this.initialize(scope, repos, r) });
      } catch (err) {
        if (!(err instanceof RecordError)) throw err;
        out.push({ ok: false, error: err });
      }
    }
    return out;
  }

  /** Builds one initialized record inside an open unit of work (batch invoicing reuses it). */
  async initialize(
    scope: RequestScope,
    repos: Repositories,
    r: InitializeRequest,
    items = new ItemCatalog(repos.records),
  ): Promise<Initialized> {
    const sources = SOURCES[r.type];
    if (!sources) {
      throw new RecordError(
        'INVALID_RCRD_INITIALIZE',
        `Billwire cannot initialize a ${r.type} record; it initializes ${Object.keys(SOURCES).join(', ')}.`,
      );
    }
    if (!r.reference)
      throw new RecordError(
        'INITIALIZE_ARG_REQD',
        `Initializing a ${r.type} needs a reference (${sources.join(', ')}).`,
      );
    if (!sources.includes(r.reference.type)) {
      throw bad(
        'INVALID_INITIALIZE_REF',
        `A ${r.type} cannot be initialized from a ${r.reference.type}; use ${sources.join(', ')}.`,
      );
    }
    if (
      r.auxReference &&
      !(
        r.type === 'invoice' &&
        r.reference.type === 'salesOrder' &&
        r.auxReference.type === 'itemFulfillment'
      )
    ) {
      throw bad(
        'INVALID_INITIALIZE_AUXREF',
        `An auxReference of type ${r.auxReference.type} is not supported here; invoices from a sales order take an itemFulfillment.`,
      );
    }
    const source = await repos.records.find(r.reference.type as RecordType, r.reference);
    if (!source) {
      throw bad(
        'INVALID_INITIALIZE_REF',
        `Invalid initialize reference: ${r.reference.type} ${r.reference.internalId ?? `externalId ${r.reference.externalId ?? ''}`} does not exist.`,
      );
    }
    const draft: Draft = {
      type: r.type as RecordType,
      fields: { tranDate: today(scope.account.timeZone, scope.now) },
      customFields: [],
      lines: [],
      createdAt: scope.now,
      modifiedAt: scope.now,
    };
    if (source.type === 'customer') {
      Object.assign(draft.fields, { entity: { internalId: source.internalId } }, customerDefaults(source));
    } else if (r.type === 'itemFulfillment') {
      await this.fulfillmentFromOrder(repos, items, source, draft);
    } else if (source.type === 'salesOrder') {
      await this.invoiceFromOrder(scope, repos, items, source, draft, r.auxReference);
    } else {
      this.copyTransaction(source, draft);
    }
    if (draft.type !== 'itemFulfillment') await priceTransaction(repos.records, items, draft);
    draft.status =
      draft.type === 'itemFulfillment'
        ? 'shipped'
        : draft.type === 'salesOrder'
          ? 'pendingFulfillment'
          : 'open';
    draft.fields.status = statusText(draft.status);
    return nameReferences(repos.records, draft);
  }

  private copyTransaction(source: StoredRecord, draft: Draft): void {
    Object.assign(draft.fields, pick(source.fields, HEADER_FROM_TRANSACTION), {
      createdFrom: { internalId: source.internalId },
    });
    draft.lines = (source.lines ?? []).map((l, i) => ({
      line: i + 1,
      fields: { ...pick(l.fields, LINE_FROM_TRANSACTION), quantity: l.fields.quantity },
      customFields: [...l.customFields],
    }));
  }

  private async invoiceFromOrder(
    scope: RequestScope,
    repos: Repositories,
    items: ItemCatalog,
    order: StoredRecord,
    draft: Draft,
    aux: InitializeRef | undefined,
  ): Promise<void> {
    const label = `Sales order #${String(order.fields.tranId)}`;
    if (NOT_OPEN.has(order.status ?? ''))
      throw bad(
        'INVALID_INITIALIZE_REF',
        `${label} is ${statusText(order.status!).toLowerCase()} and cannot be billed.`,
      );
    const ledger = await orderLedger(repos.records, items, order);
    const basis = scope.billingBasis ?? scope.account.preferences.billingBasis;

    let shipped: Map<number, Decimal> | undefined;
    if (aux) {
      const fulfillment = await repos.records.find('itemFulfillment', aux);
      if (!fulfillment || refOf(fulfillment.fields, 'createdFrom')?.internalId !== order.internalId) {
        throw bad(
          'INVALID_INITIALIZE_AUXREF',
          `Invalid auxReference: item fulfillment ${aux.internalId ?? aux.externalId ?? ''} does not ship ${label}.`,
        );
      }
      shipped = await unbilledOfFulfillment(repos.records, ledger, order.internalId, fulfillment.internalId);
    }

    const lines: Line[] = [];
    for (const l of order.lines ?? []) {
      const state = ledger.get(l.line)!;
      if (state.closed) continue;
      const left = shipped
        ? Dec.min(shipped.get(l.line) ?? ZERO, leftToBill(state, 'ordered'))
        : leftToBill(state, basis);
      if (!left.greaterThan(0)) continue;
      lines.push({
        line: lines.length + 1,
        fields: {
          ...pick(l.fields, LINE_FROM_TRANSACTION),
          orderLine: l.line,
          quantity: canonical(left),
          quantityOrdered: canonical(state.ordered),
          quantityRemaining: canonical(leftToBill(state, basis)),
          quantityFulfilled: canonical(state.fulfillable ? state.fulfilled : state.ordered),
          amountOrdered: l.fields.amount,
          order: { internalId: order.internalId },
        },
        customFields: [...l.customFields],
      });
    }
    if (lines.length === 0) {
      throw bad(
        'INVALID_INITIALIZE_REF',
        `${label} has nothing left to bill${shipped ? ' from that fulfillment' : ` (by quantity ${basis})`}.`,
      );
    }
    const nothingBilledYet = [...ledger.values()].every((s) => s.billed.isZero());
    Object.assign(draft.fields, pick(order.fields, HEADER_FROM_TRANSACTION), {
      createdFrom: { internalId: order.internalId },
    });
    if (nothingBilledYet) Object.assign(draft.fields, pick(order.fields, ['shippingCost', 'handlingCost']));
    draft.lines = lines;
  }

  private async fulfillmentFromOrder(
    repos: Repositories,
    items: ItemCatalog,
    order: StoredRecord,
    draft: Draft,
  ): Promise<void> {
    const label = `Sales order #${String(order.fields.tranId)}`;
    if (NOT_OPEN.has(order.status ?? ''))
      throw bad(
        'INVALID_INITIALIZE_REF',
        `${label} is ${statusText(order.status!).toLowerCase()} and cannot be fulfilled.`,
      );
    const ledger = await orderLedger(repos.records, items, order);
    const lines: Line[] = [];
    for (const l of order.lines ?? []) {
      const state = ledger.get(l.line)!;
      const left = leftToFulfill(state);
      if (state.closed || !state.fulfillable || !left.greaterThan(0)) continue;
      const item = await items.get(state.itemId);
      lines.push({
        line: lines.length + 1,
        fields: {
          itemReceive: true,
          item: l.fields.item,
          itemName: item?.name,
          description: l.fields.description,
          location: l.fields.location,
          orderLine: l.line,
          quantity: canonical(left),
          quantityRemaining: canonical(left),
        },
        customFields: [],
      });
    }
    if (lines.length === 0) throw bad('INVALID_INITIALIZE_REF', `${label} has nothing left to fulfill.`);
    Object.assign(draft.fields, pick(order.fields, ['entity', 'shippingAddress', 'shipMethod', 'memo']), {
      createdFrom: { internalId: order.internalId },
      shipStatus: '_shipped',
    });
    draft.lines = lines;
  }
}
