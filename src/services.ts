/**
 * The domain services every face (SOAP, REST) calls, built once at start-up around one unit of work.
 */
import type { Config } from './config';
import { RULES } from './domain/rules';
import type { UnitOfWork } from './domain/ports';
import { BatchInvoicing } from './domain/invoice/batch';
import { InitializeService } from './domain/initialize/service';
import { RecordService } from './domain/records/service';
import { AttachmentService } from './domain/attachments/service';
import { DeletedService } from './domain/search/deleted';
import { SavedSearchCatalog } from './domain/search/savedSearches';
import { SearchService, type SearchServiceOptions } from './domain/search/service';
import { SelectValueService } from './domain/selectValues/service';
import type { AsyncJobs } from './jobs/service';

export interface Services {
  readonly records: RecordService;
  readonly initialize: InitializeService;
  readonly batchInvoicing: BatchInvoicing;
  /** asyncAddList & co.: durable jobs (src/jobs), built by the caller around its job queue. */
  readonly jobs: AsyncJobs;
  /** search, searchMoreWithId, getSavedSearch. */
  readonly search: SearchService;
  readonly deleted: DeletedService;
  readonly selectValues: SelectValueService;
  readonly attachments: AttachmentService;
}

/** `search`: the saved searches (config.savedSearches) and the searchId lifetime; none and 15 minutes by default. */
export function createServices(
  uow: UnitOfWork,
  jobs: AsyncJobs,
  search: SearchServiceOptions = { savedSearches: new SavedSearchCatalog() },
): Services {
  const records = new RecordService(uow, RULES);
  const initialize = new InitializeService(uow);
  return {
    records,
    initialize,
    batchInvoicing: new BatchInvoicing(uow, records, initialize),
    jobs,
    search: new SearchService(uow, search),
    deleted: new DeletedService(uow),
    selectValues: new SelectValueService(uow),
    attachments: new AttachmentService(uow),
  };
}

/** The services of a server with this configuration: server.ts and the async job thread build the same. */
export function servicesFor(config: Config, uow: UnitOfWork, jobs: AsyncJobs): Services {
  return createServices(uow, jobs, {
    savedSearches: new SavedSearchCatalog(config.savedSearches),
    searchIdTtlMs: config.searchIdTtlSeconds * 1000,
  });
}
