/**
 * Dates: calendar dates are written as midnight in the account's zone with that day's offset (DST
 * included); instants carry the zone's offset; "today" is the date in the zone, not in UTC.
 */
import { expect } from 'chai';
import {
  addDays,
  dateOfLiteral,
  instantText,
  isValidLocalDate,
  localDateText,
  offsetMinutes,
  parseInstant,
  today,
} from '../../src/domain/dates';

const LA = 'America/Los_Angeles';

describe('dates', () => {
  describe('localDateText: a calendar date as midnight in the zone', () => {
    it('uses PST (-08:00) in winter and PDT (-07:00) in summer in America/Los_Angeles', () => {
      expect(localDateText('2024-01-15', LA)).to.equal('2024-01-15T00:00:00.000-08:00');
      expect(localDateText('2024-07-04', LA)).to.equal('2024-07-04T00:00:00.000-07:00');
    });

    it('takes the offset in force at midnight on the days DST starts and ends', () => {
      // 2024-03-10: clocks jump at 02:00, midnight is still PST. 2024-11-03: midnight is still PDT.
      expect(localDateText('2024-03-10', LA)).to.equal('2024-03-10T00:00:00.000-08:00');
      expect(localDateText('2024-03-11', LA)).to.equal('2024-03-11T00:00:00.000-07:00');
      expect(localDateText('2024-11-03', LA)).to.equal('2024-11-03T00:00:00.000-07:00');
      expect(localDateText('2024-11-04', LA)).to.equal('2024-11-04T00:00:00.000-08:00');
    });

    it('writes Z for UTC and positive offsets east of Greenwich, half hours included', () => {
      expect(localDateText('2024-03-01', 'UTC')).to.equal('2024-03-01T00:00:00.000Z');
      expect(localDateText('2024-07-01', 'Europe/Amsterdam')).to.equal('2024-07-01T00:00:00.000+02:00');
      expect(localDateText('2024-03-01', 'Asia/Kolkata')).to.equal('2024-03-01T00:00:00.000+05:30');
    });
  });

  describe('instantText: an instant with the zone offset', () => {
    it('writes the wall-clock time in the zone with milliseconds', () => {
      const t = Date.UTC(2024, 2, 1, 17, 30, 0, 123);
      expect(instantText(t, LA)).to.equal('2024-03-01T09:30:00.123-08:00');
      expect(instantText(t, 'UTC')).to.equal('2024-03-01T17:30:00.123Z');
    });

    it('names the same instant whatever the zone', () => {
      const t = Date.UTC(2024, 6, 4, 3, 0, 0);
      expect(Date.parse(instantText(t, LA))).to.equal(t);
      expect(Date.parse(instantText(t, 'Asia/Tokyo'))).to.equal(t);
    });
  });

  describe('today', () => {
    it('is the calendar date in the zone, which can differ from the UTC date', () => {
      const t = Date.UTC(2024, 2, 1, 5, 0, 0); // 2024-03-01 05:00 UTC = 2024-02-29 21:00 in Los Angeles
      expect(today(LA, t)).to.equal('2024-02-29');
      expect(today('UTC', t)).to.equal('2024-03-01');
      expect(today('Asia/Tokyo', Date.UTC(2024, 11, 31, 16, 0, 0))).to.equal('2025-01-01');
    });
  });

  describe('dateOfLiteral: the date a client wrote', () => {
    it('takes the date part as written, whatever the offset', () => {
      expect(dateOfLiteral('2024-03-01T23:30:00.000+09:00')).to.equal('2024-03-01');
      expect(dateOfLiteral('2024-03-01T00:00:00.000-08:00')).to.equal('2024-03-01');
      expect(dateOfLiteral('2024-03-01T00:00:00Z')).to.equal('2024-03-01');
      expect(dateOfLiteral('2024-03-01')).to.equal('2024-03-01');
    });

    it('refuses dates that do not exist', () => {
      expect(dateOfLiteral('2023-02-29T00:00:00Z')).to.equal(undefined);
      expect(dateOfLiteral('2024-13-01T00:00:00Z')).to.equal(undefined);
      expect(dateOfLiteral('tomorrow')).to.equal(undefined);
      expect(isValidLocalDate('2024-02-29')).to.equal(true);
    });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2024-12-31', 1)).to.equal('2025-01-01');
    expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
  });

  it('reads offsets of the zone: -480 minutes for PST, -420 for PDT', () => {
    expect(offsetMinutes(Date.UTC(2024, 0, 15), LA)).to.equal(-480);
    expect(offsetMinutes(Date.UTC(2024, 6, 15), LA)).to.equal(-420);
  });

  it('parses dateTime literals into instants, no offset meaning UTC', () => {
    expect(parseInstant('2024-03-01T00:00:00.000-08:00')).to.equal(Date.UTC(2024, 2, 1, 8));
    expect(parseInstant('2024-03-01T08:00:00')).to.equal(Date.UTC(2024, 2, 1, 8));
    expect(parseInstant('yesterday')).to.equal(undefined);
  });
});
