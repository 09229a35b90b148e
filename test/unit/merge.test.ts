/**
 * Update semantics (NetSuite's): only sent fields change, nullFieldList clears, custom fields merge by
 * scriptId, item lines are replaced (replaceAll) or merged by line number; line numbers are never reused.
 */
import { expect } from 'chai';
import { RecordError } from '../../src/domain/errors';
import { mergeCustomFields, mergeFields, mergeLines, newLines } from '../../src/domain/records/merge';
import type { CustomField, Line } from '../../src/domain/records/types';

const text = (scriptId: string, value: string): CustomField => ({ kind: 'string', scriptId, value });
const line = (n: number, fields: Record<string, unknown>): Line => ({ line: n, fields, customFields: [] });
const summary = (lines: Line[]) => lines.map((l) => [l.line, l.fields]);

describe('merge', () => {
  describe('body fields', () => {
    it('changes the fields sent and keeps the others', () => {
      expect(mergeFields({ memo: 'a', otherRefNum: 'PO-1' }, { memo: 'b' }, new Set())).to.deep.equal({
        memo: 'b',
        otherRefNum: 'PO-1',
      });
    });

    it('clears the fields named in nullFieldList', () => {
      expect(mergeFields({ memo: 'a', otherRefNum: 'PO-1' }, {}, new Set(['memo']))).to.deep.equal({
        otherRefNum: 'PO-1',
      });
    });

    it('does not change the stored fields object', () => {
      const stored = { memo: 'a' };
      mergeFields(stored, { memo: 'b' }, new Set());
      expect(stored).to.deep.equal({ memo: 'a' });
    });
  });

  describe('custom fields', () => {
    it('replaces a custom field with the same scriptId and appends new ones', () => {
      const out = mergeCustomFields(
        [text('custbody_a', '1'), text('custbody_b', '2')],
        [text('custbody_b', '3'), text('custbody_c', '4')],
        new Set(),
      );
      expect(out).to.deep.equal([text('custbody_a', '1'), text('custbody_b', '3'), text('custbody_c', '4')]);
    });

    it('matches by internalId when the field has no scriptId', () => {
      const stored: CustomField = { kind: 'long', internalId: '17', value: 1 };
      expect(
        mergeCustomFields([stored], [{ kind: 'long', internalId: '17', value: 2 }], new Set()),
      ).to.deep.equal([{ kind: 'long', internalId: '17', value: 2 }]);
    });

    it('clears custom fields named by scriptId in nullFieldList', () => {
      expect(
        mergeCustomFields(
          [text('custbody_a', '1'), text('custbody_b', '2')],
          undefined,
          new Set(['custbody_a']),
        ),
      ).to.deep.equal([text('custbody_b', '2')]);
    });
  });

  describe('item lines', () => {
    const stored = [
      line(1, { item: { internalId: '7' }, quantity: '2' }),
      line(2, { item: { internalId: '8' }, quantity: '1' }),
    ];

    it('keeps every line when no itemList is sent', () => {
      expect(summary(mergeLines(stored, undefined))).to.deep.equal(summary(stored));
    });

    it('replaceAll=true replaces the lines, numbering the new ones after the highest old one', () => {
      const out = mergeLines(stored, {
        replaceAll: true,
        lines: [{ fields: { item: { internalId: '9' } } }],
      });
      expect(summary(out)).to.deep.equal([[3, { item: { internalId: '9' } }]]);
    });

    it('replaceAll=false merges sent fields into the line with the same number', () => {
      const out = mergeLines(stored, { replaceAll: false, lines: [{ fields: { line: 2, quantity: '5' } }] });
      expect(summary(out)).to.deep.equal([
        [1, { item: { internalId: '7' }, quantity: '2' }],
        [2, { item: { internalId: '8' }, quantity: '5' }],
      ]);
    });

    it('replaceAll=false appends lines sent without a line number', () => {
      const out = mergeLines(stored, {
        replaceAll: false,
        lines: [{ fields: { item: { internalId: '9' } } }],
      });
      expect(out.map((l) => l.line)).to.deep.equal([1, 2, 3]);
    });

    it('replaceAll=false refuses a line number the record does not have (INVALID_SUBLIST_DESC)', () => {
      expect(() => mergeLines(stored, { replaceAll: false, lines: [{ fields: { line: 9 } }] }))
        .to.throw(RecordError)
        .with.property('code', 'INVALID_SUBLIST_DESC');
    });

    it('does not change the stored lines', () => {
      mergeLines(stored, { replaceAll: false, lines: [{ fields: { line: 1, quantity: '99' } }] });
      expect(stored[0]!.fields.quantity).to.equal('2');
    });

    it('numbers new lines from 1, keeping a line number the client names', () => {
      expect(newLines([{ fields: {} }, { fields: {} }]).map((l) => l.line)).to.deep.equal([1, 2]);
      expect(newLines([{ fields: { line: 5 } }, { fields: {} }]).map((l) => l.line)).to.deep.equal([5, 6]);
    });

    it('refuses two lines with the same number', () => {
      expect(() => newLines([{ fields: { line: 1 } }, { fields: { line: 1 } }])).to.throw(RecordError);
    });
  });
});
