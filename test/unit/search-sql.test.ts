/**
 * Predicates -> SQL: parameters in text order (nested subqueries included), negations that also match
 * empty values, IN lists padded to a power of two so few distinct statements reach the statement cache,
 * LIKE patterns that treat % and _ literally, and the dialect's JSON access for body fields.
 */
import { expect } from 'chai';
import type { Predicate } from '../../src/domain/search/predicates';
import { SqlBuilder } from '../../src/store/search/predicateSql';

const txn = { table: 'txn' as const, alias: 't' };

describe('search predicates to SQL', () => {
  it('keeps parameters in text order through custom-field subqueries', () => {
    const b = new SqlBuilder('sqlite', 'ACCT');
    const p: Predicate = {
      p: 'and',
      of: [
        { p: 'cmp', key: { name: 'total', type: 'number' }, op: '>', value: 10 },
        {
          p: 'custom',
          field: 'custbody_x',
          where: { p: 'text', key: { name: 'text', type: 'text' }, match: 'is', value: 'Web' },
        },
        { p: 'cmp', key: { name: 'tranDate', type: 'date' }, op: '<', value: '2024-01-01' },
      ],
    };
    const sql = b.where(p, txn);
    expect(sql).to.equal(
      '(t.total > ?) AND (t.id IN (SELECT v1.owner_id FROM custom_value v1 WHERE v1.account = ? AND v1.owner = ? AND v1.field_key = ? AND (LOWER(v1.text_value) = LOWER(?)))) AND (t.tran_date < ?)',
    );
    expect(b.params).to.deep.equal([10, 'ACCT', 'txn', 'custbody_x', 'Web', '2024-01-01']);
  });

  it('negates with NOT COALESCE(…, FALSE) so empty values match', () => {
    const b = new SqlBuilder('sqlite', 'A');
    expect(
      b.where({ p: 'not', of: { p: 'in', key: { name: 'entity', type: 'id' }, values: [1, 2, 3] } }, txn),
    ).to.equal('NOT COALESCE((t.entity_id IN (?, ?, ?, ?)), FALSE)');
    expect(b.params).to.deep.equal([1, 2, 3, 3]);
  });

  it('escapes LIKE wildcards', () => {
    const b = new SqlBuilder('postgres', 'A');
    expect(
      b.where({ p: 'text', key: { name: 'memo', type: 'text' }, match: 'contains', value: '50%_off' }, txn),
    ).to.equal("LOWER(t.memo) LIKE LOWER(?) ESCAPE '\\'");
    expect(b.params).to.deep.equal(['%50\\%\\_off%']);
  });

  it('reads body fields from the JSON document, per dialect', () => {
    const key = { name: 'field:amountPaid', type: 'number' as const };
    expect(new SqlBuilder('sqlite', 'A').where({ p: 'empty', key }, txn)).to.equal(
      "CAST(json_extract(t.data, '$.fields.amountPaid') AS REAL) IS NULL",
    );
    const pg = new SqlBuilder('postgres', 'A').where(
      { p: 'empty', key: { name: 'field:salesRep', type: 'ref' } },
      txn,
    );
    expect(pg).to.equal(
      "((t.data::jsonb #>> '{fields,salesRep,internalId}') IS NULL OR (t.data::jsonb #>> '{fields,salesRep,internalId}') = '')",
    );
  });
});
