/**
 * The record codec: a decoded `record` wire value <-> the domain's record. Date-only fields keep the date
 * the client wrote and go out as midnight in the account's zone; RecordRefs lose their wire tag; every kind
 * of custom field survives the round trip; nullFieldList names are checked; itemList replaceAll defaults
 * to true.
 */
import { expect } from 'chai';
import { RecordError } from '../../src/domain/errors';
import type { StoredRecord } from '../../src/domain/records/types';
import type { WireObject } from '../../src/soap/codec/wire';
import { customFieldsFromWire, customFieldsToWire } from '../../src/soap/records/customFields';
import { recordFromWire, recordToWire } from '../../src/soap/records/codec';

const LA = 'America/Los_Angeles';

function refusedWith(code: string, f: () => unknown): void {
  expect(f).to.throw(RecordError).with.property('code', code);
}

describe('record codec', () => {
  describe('from the wire', () => {
    it('names the record type from xsi:type and keeps internalId and externalId', () => {
      const r = recordFromWire({ $type: 'Invoice', internalId: '5', externalId: 'E-5', memo: 'm' });
      expect(r).to.deep.include({
        type: 'invoice',
        internalId: '5',
        externalId: 'E-5',
        fields: { memo: 'm' },
      });
      expect(recordFromWire({ $type: 'ServiceSaleItem', itemId: 'x' }).type).to.equal('serviceSaleItem');
    });

    it('refuses a record type Billwire does not host with INVALID_RCRD_TYPE', () => {
      refusedWith('INVALID_RCRD_TYPE', () => recordFromWire({ $type: 'File', name: 'a.pdf' }));
    });

    it('takes the calendar date a client wrote in a date-only field, whatever its offset', () => {
      const r = recordFromWire({
        $type: 'Invoice',
        tranDate: '2024-03-01T23:30:00.000+09:00',
        dueDate: '2024-03-31T00:00:00Z',
        shipDate: '2024-04-02',
      });
      expect(r.fields).to.deep.equal({
        tranDate: '2024-03-01',
        dueDate: '2024-03-31',
        shipDate: '2024-04-02',
      });
    });

    it('refuses a date that does not exist with INVALID_DATE', () => {
      refusedWith('INVALID_DATE', () =>
        recordFromWire({ $type: 'Invoice', tranDate: '2023-02-29T00:00:00Z' }),
      );
    });

    it('keeps a reference as internalId/externalId/type, without the wire type tag', () => {
      const r = recordFromWire({
        $type: 'Invoice',
        entity: { $type: 'RecordRef', internalId: '7', type: 'customer' },
        terms: { $type: 'RecordRef', externalId: 'NET30' },
      });
      expect(r.fields).to.deep.equal({
        entity: { internalId: '7', type: 'customer' },
        terms: { externalId: 'NET30' },
      });
    });

    it('reads the itemList: replaceAll defaults to true, "false" merges', () => {
      const lines = { item: [{ item: { $type: 'RecordRef', internalId: '2' }, quantity: '3' }] };
      expect(recordFromWire({ $type: 'Invoice', itemList: lines }).itemList).to.deep.equal({
        replaceAll: true,
        lines: [{ fields: { item: { internalId: '2' }, quantity: '3' } }],
      });
      expect(
        recordFromWire({ $type: 'Invoice', itemList: { ...lines, replaceAll: true } }).itemList?.replaceAll,
      ).to.equal(true);
      expect(
        recordFromWire({ $type: 'Invoice', itemList: { ...lines, replaceAll: false } }).itemList?.replaceAll,
      ).to.equal(false);
    });

    it('reads nullFieldList names: record fields and custom field script ids', () => {
      const r = recordFromWire({ $type: 'Invoice', nullFieldList: { name: ['memo', 'custbody_x'] } });
      expect(r.nullFields).to.deep.equal(['memo', 'custbody_x']);
    });

    it('refuses a nullFieldList name that is no field of the record with INVALID_FIELD_NAME_FOR_NULL', () => {
      refusedWith('INVALID_FIELD_NAME_FOR_NULL', () =>
        recordFromWire({ $type: 'Invoice', nullFieldList: { name: ['memo', 'colour'] } }),
      );
    });
  });

  describe('custom fields', () => {
    const wire: WireObject = {
      customField: [
        { $type: 'StringCustomFieldRef', scriptId: 'custbody_s', value: 'text' },
        { $type: 'LongCustomFieldRef', scriptId: 'custbody_l', value: -42 },
        { $type: 'DoubleCustomFieldRef', scriptId: 'custbody_d', value: '1.50' },
        { $type: 'BooleanCustomFieldRef', scriptId: 'custbody_b', value: false },
        { $type: 'DateCustomFieldRef', scriptId: 'custbody_dt', value: '2024-03-01T00:00:00.000-08:00' },
        { $type: 'SelectCustomFieldRef', internalId: '99', value: { internalId: '3', typeId: '12' } },
        {
          $type: 'MultiSelectCustomFieldRef',
          scriptId: 'custbody_m',
          value: [{ internalId: '5' }, { externalId: 'TAG', name: 'Tag' }],
        },
      ],
    };

    it('reads each kind', () => {
      expect(customFieldsFromWire(wire)!.map((c) => c.kind)).to.deep.equal([
        'string',
        'long',
        'double',
        'boolean',
        'date',
        'select',
        'multiSelect',
      ]);
    });

    it('writes each kind back exactly as it was sent', () => {
      expect(customFieldsToWire(customFieldsFromWire(wire)!)).to.deep.equal(wire);
    });

    it('writes nothing for a record without custom fields', () => {
      expect(customFieldsToWire([])).to.equal(undefined);
    });
  });

  describe('to the wire', () => {
    const stored: StoredRecord = {
      type: 'invoice',
      internalId: '12',
      externalId: 'E-12',
      fields: {
        entity: { internalId: '7', name: 'Acme' },
        tranDate: '2024-03-01',
        dueDate: '2024-07-01',
        memo: 'm',
        notAField: 'dropped',
      },
      customFields: [{ kind: 'string', scriptId: 'custbody_s', value: 'v' }],
      lines: [{ line: 4, fields: { item: { internalId: '2' }, quantity: '1' }, customFields: [] }],
      createdAt: Date.UTC(2024, 2, 1, 17, 0, 0),
      modifiedAt: Date.UTC(2024, 6, 1, 17, 0, 0),
    };

    it('types the record, writes date-only fields as midnight in the zone (with that day’s DST offset)', () => {
      const w = recordToWire(stored, LA);
      expect(w).to.deep.include({
        $type: 'Invoice',
        internalId: '12',
        externalId: 'E-12',
        tranDate: '2024-03-01T00:00:00.000-08:00',
        dueDate: '2024-07-01T00:00:00.000-07:00',
        memo: 'm',
      });
    });

    it('writes createdDate and lastModifiedDate from the stored instants, with the zone offset', () => {
      const w = recordToWire(stored, LA);
      expect(w.createdDate).to.equal('2024-03-01T09:00:00.000-08:00');
      expect(w.lastModifiedDate).to.equal('2024-07-01T10:00:00.000-07:00');
    });

    it('drops fields the record type does not have', () => {
      expect(recordToWire(stored, LA)).to.not.have.property('notAField');
    });

    it('writes the lines with their numbers and the custom fields', () => {
      const w = recordToWire(stored, LA);
      expect(w.itemList).to.deep.equal({ item: [{ item: { internalId: '2' }, quantity: '1', line: 4 }] });
      expect(w.customFieldList).to.deep.equal({
        customField: [{ $type: 'StringCustomFieldRef', scriptId: 'custbody_s', value: 'v' }],
      });
    });

    it('writes an unsaved record (initialize) without internalId or timestamps', () => {
      const { internalId: _id, ...unsaved } = stored;
      const w = recordToWire(unsaved, LA);
      expect(w).to.not.have.any.keys('internalId', 'createdDate', 'lastModifiedDate');
    });
  });
});
