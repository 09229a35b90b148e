/**
 * Batch invoicing of sales orders, the engine behind Exact Online's InvoiceSalesOrders and any other face
 * that bills many orders at once: one invoice per order, or one per customer consolidating that customer's
 * selected orders (each line keeps the order and orderLine it bills), billing the quantity delivered
 * (fulfilled) or ordered. Each invoice is all-or-nothing; an order that cannot be billed is reported with
 * its NetSuite code and the others go on. Work is committed in chunks so other requests are not held up.
 */
import type { BillingBasis, RequestScope } from '../account';
import { type LocalDate } from '../dates';
import { RecordError, type StatusCode } from '../errors';
import type { InitializeService, Initialized } from '../initialize/service';
import type { UnitOfWork } from '../ports';
import type { RecordService } from '../records/service';
import type { LineInput, RecordInput } from '../records/types';
import { refOf } from '../records/types';
import { ItemCatalog } from './catalog';

export interface BatchRequest {
  readonly orderIds: readonly string[];
  readonly groupBy: 'order' | 'customer';
  readonly basis: BillingBasis;
  readonly invoiceDate?: LocalDate;
}

export interface BatchInvoice {
  readonly internalId: string;
  readonly tranId: string;
  readonly customerId: string;
  readonly orderIds: readonly string[];
  readonly total: string;
}

export interface BatchError {
  readonly orderId: string;
  readonly code: StatusCode;
  readonly message: string;
}

export interface BatchResult {
  readonly invoices: BatchInvoice[];
  readonly errors: BatchError[];
}

const CHUNK = 50;

/** Fields an added invoice computes itself, left out of the initialized record before it is added. */
function asInput(
  drafts: readonly { orderId: string; draft: Initialized }[],
  invoiceDate: LocalDate | undefined,
): RecordInput {
  const first = drafts[0]!.draft;
  const fields = { ...first.fields };
  if (drafts.length > 1) delete fields.createdFrom;
  if (invoiceDate) fields.tranDate = invoiceDate;
  delete fields.dueDate;
  const lines: LineInput[] = drafts.flatMap(({ draft }) =>
    (draft.lines ?? []).map((l) => ({ fields: { ...l.fields }, customFields: l.customFields })),
  );
  return {
    type: 'invoice',
    fields,
    customFields: [...first.customFields],
    itemList: { replaceAll: true, lines },
  };
}

export class BatchInvoicing {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly records: RecordService,
    private readonly initialize: InitializeService,
  ) {}

  async invoiceOrders(scope: RequestScope, req: BatchRequest): Promise<BatchResult> {
    const batchScope: RequestScope = { ...scope, billingBasis: req.basis, ignoreReadOnlyFields: true };
    const errors: BatchError[] = [];
    const invoices: BatchInvoice[] = [];

    // Who each order belongs to, so orders can be grouped; unknown orders are reported here.
    const customerOf = await this.uow.read(scope.account.id, async (repos) => {
      const out = new Map<string, string>();
      for (const id of new Set(req.orderIds)) {
        const order = await repos.records.find('salesOrder', { internalId: id });
        const customer = order && refOf(order.fields, 'entity')?.internalId;
        if (customer) out.set(id, customer);
        else
          errors.push({ orderId: id, code: 'RCRD_DSNT_EXIST', message: `Sales order ${id} does not exist.` });
      }
      return out;
    });
    const groups = new Map<string, string[]>();
    for (const [orderId, customer] of customerOf) {
      const key = req.groupBy === 'customer' ? customer : orderId;
      groups.set(key, [...(groups.get(key) ?? []), orderId]);
    }

    const all = [...groups.values()];
    for (let i = 0; i < all.length; i += CHUNK) {
      // A unit of work may run its function again (PostgreSQL retries a deadlocked transaction): each run
      // reports into fresh lists, and only the committed run's are kept.
      const chunk = await this.uow.write(scope.account.id, async (repos, tx) => {
        const made: BatchInvoice[] = [];
        const failed: BatchError[] = [];
        const ctx = { scope: batchScope, repos };
        const items = new ItemCatalog(repos.records);
        for (const orderIds of all.slice(i, i + CHUNK)) {
          const drafts: { orderId: string; draft: Initialized }[] = [];
          for (const orderId of orderIds) {
            try {
              drafts.push({
                orderId,
                draft: await this.initialize.initialize(
                  batchScope,
                  repos,
                  { type: 'invoice', reference: { type: 'salesOrder', internalId: orderId } },
                  items,
                ),
              });
            } catch (err) {
              if (!(err instanceof RecordError)) throw err;
              failed.push({ orderId, code: err.code, message: err.message });
            }
          }
          if (drafts.length === 0) continue;
          try {
            const key = await tx.savepoint(() =>
              this.records.addWithin(ctx, asInput(drafts, req.invoiceDate)),
            );
            const saved = await repos.records.find('invoice', { internalId: key.internalId });
            made.push({
              internalId: key.internalId!,
              tranId: String(saved?.fields.tranId ?? ''),
              customerId: refOf(saved?.fields ?? {}, 'entity')?.internalId ?? '',
              orderIds: drafts.map((d) => d.orderId),
              total: String(saved?.fields.total ?? '0.00'),
            });
          } catch (err) {
            if (!(err instanceof RecordError)) throw err;
            for (const d of drafts) failed.push({ orderId: d.orderId, code: err.code, message: err.message });
          }
        }
        return { made, failed };
      });
      invoices.push(...chunk.made);
      errors.push(...chunk.failed);
    }
    return { invoices, errors };
  }
}
