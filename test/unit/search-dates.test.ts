/**
 * Predefined search dates as calendar ranges relative to "today" (Wednesday 13 March 2024 here): weeks from
 * Sunday, business weeks Monday to Friday, fiscal years and quarters = calendar ones, "…ToDate" ending today
 * (or on the same day of the last period), rolling years of twelve months, and every SearchDate value the
 * schema declares has a meaning.
 */
import { expect } from 'chai';
import { predefinedRange, PREDEFINED_DATES } from '../../src/domain/search/relativeDates';
import { schema } from '../../src/soap/schema/defs';

const TODAY = '2024-03-13'; // a Wednesday
const r = (name: string, today = TODAY) => {
  const range = predefinedRange(name, today);
  return range && [range.from, range.to];
};

describe('search predefined dates', () => {
  it('single days: today, yesterday, tomorrow, N days ago / from now', () => {
    expect(r('today')).to.deep.equal([TODAY, TODAY]);
    expect(r('yesterday')).to.deep.equal(['2024-03-12', '2024-03-12']);
    expect(r('tomorrow')).to.deep.equal(['2024-03-14', '2024-03-14']);
    expect(r('thirtyDaysAgo')).to.deep.equal(['2024-02-12', '2024-02-12']);
    expect(r('ninetyDaysFromNow')).to.deep.equal(['2024-06-11', '2024-06-11']);
  });

  it('weeks run Sunday to Saturday; business weeks Monday to Friday', () => {
    expect(r('thisWeek')).to.deep.equal(['2024-03-10', '2024-03-16']);
    expect(r('thisWeekToDate')).to.deep.equal(['2024-03-10', TODAY]);
    expect(r('lastWeek')).to.deep.equal(['2024-03-03', '2024-03-09']);
    expect(r('lastWeekToDate')).to.deep.equal(['2024-03-03', '2024-03-06']);
    expect(r('nextWeek')).to.deep.equal(['2024-03-17', '2024-03-23']);
    expect(r('thisBusinessWeek')).to.deep.equal(['2024-03-11', '2024-03-15']);
    expect(r('startOfThisWeek')).to.deep.equal(['2024-03-10', '2024-03-10']);
    expect(r('thisWeek', '2024-03-10')).to.deep.equal(['2024-03-10', '2024-03-16']);
  });

  it('months, including a leap February and a clamped "last month to date"', () => {
    expect(r('thisMonth')).to.deep.equal(['2024-03-01', '2024-03-31']);
    expect(r('lastMonth')).to.deep.equal(['2024-02-01', '2024-02-29']);
    expect(r('lastMonthToDate')).to.deep.equal(['2024-02-01', '2024-02-13']);
    expect(r('lastMonthToDate', '2024-03-31')).to.deep.equal(['2024-02-01', '2024-02-29']);
    expect(r('nextMonth')).to.deep.equal(['2024-04-01', '2024-04-30']);
    expect(r('lastMonth', '2024-01-10')).to.deep.equal(['2023-12-01', '2023-12-31']);
    expect(r('startOfLastMonth')).to.deep.equal(['2024-02-01', '2024-02-01']);
  });

  it('fiscal quarters and years are calendar ones', () => {
    expect(r('thisFiscalQuarter')).to.deep.equal(['2024-01-01', '2024-03-31']);
    expect(r('lastFiscalQuarter')).to.deep.equal(['2023-10-01', '2023-12-31']);
    expect(r('nextFiscalQuarter')).to.deep.equal(['2024-04-01', '2024-06-30']);
    expect(r('thisFiscalQuarterToDate')).to.deep.equal(['2024-01-01', TODAY]);
    expect(r('thisYear')).to.deep.equal(['2024-01-01', '2024-12-31']);
    expect(r('thisFiscalYear')).to.deep.equal(['2024-01-01', '2024-12-31']);
    expect(r('thisFiscalYearToDate')).to.deep.equal(['2024-01-01', TODAY]);
    expect(r('lastFiscalYear')).to.deep.equal(['2023-01-01', '2023-12-31']);
    expect(r('lastFiscalYearToDate')).to.deep.equal(['2023-01-01', '2023-03-13']);
    expect(r('nextFiscalYear')).to.deep.equal(['2025-01-01', '2025-12-31']);
    expect(r('startOfThisYear')).to.deep.equal(['2024-01-01', '2024-01-01']);
  });

  it('rolling years and the periods just before and after today', () => {
    expect(r('thisRollingYear')).to.deep.equal(['2023-04-01', '2024-03-31']);
    expect(r('lastRollingYear')).to.deep.equal(['2022-04-01', '2023-03-31']);
    expect(r('previousOneDay')).to.deep.equal(['2024-03-12', '2024-03-12']);
    expect(r('previousOneWeek')).to.deep.equal(['2024-03-06', '2024-03-12']);
    expect(r('previousOneMonth')).to.deep.equal(['2024-02-13', '2024-03-12']);
    expect(r('previousOneYear')).to.deep.equal(['2023-03-13', '2024-03-12']);
    expect(r('nextOneWeek')).to.deep.equal(['2024-03-14', '2024-03-20']);
    expect(r('nextOneMonth')).to.deep.equal(['2024-03-14', '2024-04-13']);
  });

  it('knows every SearchDate value of the schema, and nothing NetSuite lacks (no lastYear)', () => {
    const declared = [...(schema.enumValues('coreTyp:SearchDate') ?? [])];
    expect(declared).to.have.length.greaterThan(50);
    expect([...PREDEFINED_DATES].sort()).to.deep.equal([...declared].sort());
    expect(r('lastYear')).to.equal(undefined);
  });
});
