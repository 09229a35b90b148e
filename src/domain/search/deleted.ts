/**
 * getDeleted: the delete log (every delete of every record type, with its time) filtered by deletedDate
 * (any date operator, predefined values included), type (anyOf/noneOf of DeletedRecordType values) and
 * scriptId, in pages of 1,000, oldest deletion first. Billwire hosts no custom records, so no logged delete
 * has a scriptId: a scriptId filter tests an empty value.
 */
import type { RequestScope } from '../account';
import { today } from '../dates';
import type { DeletedEntry, UnitOfWork } from '../ports';
import { compileFilter, type CompileContext } from './compile';
import type { Criterion } from './criteria';
import { checkPageIndex, LIST_PAGE_SIZE, pageOf, type Page } from './paging';
import { and, type Predicate } from './predicates';

export interface DeletedFilter {
  readonly deletedDate?: Criterion;
  readonly type?: Criterion;
  readonly scriptId?: Criterion;
}

export interface DeletedPage extends Page {
  readonly entries: DeletedEntry[];
}

export class DeletedService {
  constructor(private readonly uow: UnitOfWork) {}

  async getDeleted(scope: RequestScope, filter: DeletedFilter, pageIndex: number): Promise<DeletedPage> {
    const ctx: CompileContext = {
      today: today(scope.account.timeZone, scope.now),
      timeZone: scope.account.timeZone,
      externalRef: () => undefined,
    };
    const parts: Predicate[] = [];
    if (filter.deletedDate)
      parts.push(compileFilter(filter.deletedDate, 'date', { name: 'deletedAt', type: 'instant' }, ctx));
    if (filter.type)
      parts.push(compileFilter(filter.type, 'enumMultiSelect', { name: 'type', type: 'text' }, ctx));
    if (filter.scriptId)
      parts.push(compileFilter(filter.scriptId, 'string', { name: 'scriptId', type: 'text' }, ctx));
    const where = and(...parts);
    return this.uow.read(scope.account.id, async (repos) => {
      const total = await repos.search.deleted.count(where);
      const page = pageOf(total, LIST_PAGE_SIZE, pageIndex);
      checkPageIndex(pageIndex, page.totalPages, 'INVALID_PAGE_INDEX');
      const entries = await repos.search.deleted.page(
        where,
        (pageIndex - 1) * LIST_PAGE_SIZE,
        LIST_PAGE_SIZE,
      );
      return { ...page, entries };
    });
  }
}
