/**
 * Criteria -> predicates: operators become positive tests with negation outside (so a negative operator is
 * the complement of its positive one, empty values included), dates become intervals, custom and line
 * filters wrap their test, and every unsupported field, operator or value is a RecordError with NetSuite's
 * search code.
 */
import { expect } from 'chai';
import { RecordError } from '../../src/domain/errors';
import { compileCriteria, type CompileContext } from '../../src/domain/search/compile';
import type { Criteria, Criterion } from '../../src/domain/search/criteria';

const ctx: CompileContext = {
  today: '2024-03-13',
  timeZone: 'America/Los_Angeles',
  externalRef: () => undefined,
};

const where = (family: Criteria['family'], ...basic: Criterion[]) =>
  compileCriteria({ family, basic, joins: [] }, ctx).where;
const tx = (...basic: Criterion[]) => where('transaction', ...basic);

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof RecordError) return err.code;
    throw err;
  }
  return 'no error';
}

describe('search criteria compile', () => {
  it('isNot is the complement of is', () => {
    const is = tx({ field: 'memo', operator: 'is', values: ['X'] });
    expect(tx({ field: 'memo', operator: 'isNot', values: ['X'] })).to.deep.equal({ p: 'not', of: is });
  });

  it('dates become half-open day intervals; predefined values too', () => {
    expect(tx({ field: 'tranDate', operator: 'on', values: ['2024-02-10T23:00:00-08:00'] })).to.deep.equal({
      p: 'and',
      of: [
        { p: 'cmp', key: { name: 'tranDate', type: 'date' }, op: '>=', value: '2024-02-10' },
        { p: 'cmp', key: { name: 'tranDate', type: 'date' }, op: '<', value: '2024-02-11' },
      ],
    });
    expect(
      tx({ field: 'tranDate', operator: 'after', values: [], predefinedSearchValue: 'lastMonth' }),
    ).to.deep.equal({
      p: 'cmp',
      key: { name: 'tranDate', type: 'date' },
      op: '>=',
      value: '2024-03-01',
    });
  });

  it('instant fields compare instants; a predefined day starts at midnight in the account zone', () => {
    expect(
      tx({ field: 'lastModifiedDate', operator: 'onOrAfter', values: [], predefinedSearchValue: 'today' }),
    ).to.deep.equal({
      p: 'cmp',
      key: { name: 'modified', type: 'instant' },
      op: '>=',
      value: Date.parse('2024-03-13T00:00:00-07:00'),
    });
  });

  it('a status names a type and a status key', () => {
    expect(tx({ field: 'status', operator: 'anyOf', values: ['_salesOrderBilled'] })).to.deep.equal({
      p: 'and',
      of: [
        { p: 'in', key: { name: 'type', type: 'text' }, values: ['salesOrder'] },
        { p: 'in', key: { name: 'status', type: 'text' }, values: ['fullyBilled'] },
      ],
    });
  });

  it('item noneOf: no line has the item', () => {
    expect(tx({ field: 'item', operator: 'noneOf', values: [{ internalId: '7' }] })).to.deep.equal({
      p: 'not',
      of: { p: 'line', where: { p: 'in', key: { name: 'item', type: 'id' }, values: [7] } },
    });
  });

  it('custom empty: the record has no value of the field', () => {
    const c: Criterion = {
      field: 'custbody_x',
      operator: 'empty',
      values: [],
      custom: { kind: 'string', scriptId: 'custbody_x' },
    };
    expect(tx(c)).to.deep.equal({
      p: 'not',
      of: {
        p: 'custom',
        field: 'custbody_x',
        where: { p: 'not', of: { p: 'empty', key: { name: 'text', type: 'text' } } },
      },
    });
  });

  it('refuses with the codes the facts sheet confirms', () => {
    expect(code(() => tx({ field: 'nope', operator: 'is', values: ['x'] }))).to.equal(
      'INVALID_SEARCH_FIELD_NAME',
    );
    expect(code(() => tx({ field: 'memo', operator: 'anyOf', values: ['x'] }))).to.equal(
      'INVALID_SEARCH_OPERATOR',
    );
    expect(
      code(() =>
        tx({ field: 'tranDate', operator: 'within', values: [], predefinedSearchValue: 'lastYear' }),
      ),
    ).to.equal('INVALID_SEARCH_VALUE');
    expect(code(() => tx({ field: 'mainLine', operator: 'is', values: [true] }))).to.equal(
      'INVALID_SEARCH_VALUE',
    );
    expect(code(() => tx({ field: 'internalIdNumber', operator: 'equalTo', values: ['1.5'] }))).to.equal(
      'INVALID_SEARCH_VALUE',
    );
    expect(code(() => where('customer', { field: 'mainLine', values: [true] }))).to.equal(
      'INVALID_SEARCH_FIELD_NAME',
    );
    expect(
      code(() =>
        compileCriteria({ family: 'customer', basic: [], joins: [{ name: 'itemJoin', criteria: [] }] }, ctx),
      ),
    ).to.equal('INVALID_SEARCH');
  });

  it('mainLine is taken out of the predicate', () => {
    const c = compileCriteria(
      { family: 'transaction', basic: [{ field: 'mainLine', values: [false] }], joins: [] },
      ctx,
    );
    expect(c).to.deep.equal({ where: { p: 'all' }, mainLine: false });
  });
});
