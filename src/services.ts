/**
 * The domain services every face (SOAP, REST) calls, built once at start-up around one unit of work.
 */
import { RULES } from './domain/rules';
import type { UnitOfWork } from './domain/ports';
import { BatchInvoicing } from './domain/invoice/batch';
import { InitializeService } from './domain/initialize/service';
import { RecordService } from './domain/records/service';

export interface Services {
  readonly records: RecordService;
  readonly initialize: InitializeService;
  readonly batchInvoicing: BatchInvoicing;
}

export function createServices(uow: UnitOfWork): Services {
  const records = new RecordService(uow, RULES);
  const initialize = new InitializeService(uow);
  return { records, initialize, batchInvoicing: new BatchInvoicing(uow, records, initialize) };
}
