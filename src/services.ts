/**
 * The domain services every face (SOAP, REST) calls, built once at start-up around one unit of work.
 */
import { RULES } from './domain/rules';
import type { UnitOfWork } from './domain/ports';
import { RecordService } from './domain/records/service';

export interface Services {
  readonly records: RecordService;
}

export function createServices(uow: UnitOfWork): Services {
  return { records: new RecordService(uow, RULES) };
}
