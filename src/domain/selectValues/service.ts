/**
 * getSelectValue: the values a select field of a record (or of its itemList) accepts — the active records
 * of the types the field points to, by name, optionally filtered (is / contains / startsWith, ignoring case),
 * in pages of 1,000. Which types a field points to comes from the record kinds, the same table that
 * validates references on write, so the options offered are exactly the values an add would accept.
 */
import type { RequestScope } from '../account';
import { RecordError } from '../errors';
import type { FoundRef, UnitOfWork } from '../ports';
import { isHostedType, kindOf } from '../records/kinds';
import type { RecordType } from '../records/types';
import { checkPageIndex, LIST_PAGE_SIZE, pageOf, type Page } from '../search/paging';
import type { SelectOptionFilter } from '../search/ports';

export interface SelectValueRequest {
  readonly recordType?: string;
  readonly sublist?: string;
  readonly field: string;
  readonly filter?: { readonly operator: string; readonly value: string };
  /** filterByValueList (values of other fields that narrow the list): not supported. */
  readonly filterBy?: boolean;
}

export interface SelectValuePage extends Page {
  readonly options: FoundRef[];
}

const MATCHES = ['is', 'contains', 'startsWith'] as const;

function targetsOf(req: SelectValueRequest): readonly RecordType[] {
  if (req.recordType === undefined) {
    throw new RecordError(
      'RCRD_TYPE_REQD',
      'getSelectValue needs the recordType of the field (e.g. invoice).',
    );
  }
  if (!isHostedType(req.recordType)) {
    throw new RecordError('INVALID_RCRD_TYPE', `Billwire does not host ${req.recordType} records.`);
  }
  const spec = kindOf(req.recordType);
  let refs: Readonly<Record<string, readonly RecordType[]>>;
  if (req.sublist === undefined) refs = spec.refs;
  else if (req.sublist === 'itemList' && spec.store === 'txn') refs = spec.lineRefs;
  else
    throw new RecordError(
      'INVALID_SUBLIST_DESC',
      `${req.recordType} has no sublist ${req.sublist} with select fields.`,
    );
  const where = req.sublist ? `${req.recordType}.${req.sublist}` : req.recordType;
  const targets = Object.prototype.hasOwnProperty.call(refs, req.field) ? refs[req.field]! : undefined;
  if (!targets || targets.length === 0 || kindOf(targets[0]!).store !== 'list') {
    throw new RecordError(
      'INVALID_FLD',
      `${req.field} is not a select field of ${where} that Billwire lists; it lists ${Object.keys(refs)
        .filter((f) => kindOf(refs[f]![0]!).store === 'list')
        .join(', ')}.`,
    );
  }
  return targets;
}

function filterOf(req: SelectValueRequest): SelectOptionFilter | undefined {
  if (!req.filter) return undefined;
  const match = MATCHES.find((m) => m === req.filter!.operator);
  if (!match) {
    throw new RecordError(
      'INVALID_SEARCH_OPERATOR',
      `The filter operator must be one of ${MATCHES.join(', ')}.`,
    );
  }
  return { match, value: req.filter.value };
}

export class SelectValueService {
  constructor(private readonly uow: UnitOfWork) {}

  async getSelectValue(
    scope: RequestScope,
    req: SelectValueRequest,
    pageIndex: number,
  ): Promise<SelectValuePage> {
    if (req.filterBy) {
      throw new RecordError(
        'USER_ERROR',
        'Billwire does not support filterByValueList; every active value of the field is listed.',
      );
    }
    const types = targetsOf(req);
    const filter = filterOf(req);
    return this.uow.read(scope.account.id, async (repos) => {
      const total = await repos.search.selectOptions.count(types, filter);
      const page = pageOf(total, LIST_PAGE_SIZE, pageIndex);
      checkPageIndex(pageIndex, page.totalPages, 'INVALID_PAGE_INDEX');
      const options = await repos.search.selectOptions.page(
        types,
        filter,
        (pageIndex - 1) * LIST_PAGE_SIZE,
        LIST_PAGE_SIZE,
      );
      return { ...page, options };
    });
  }
}
