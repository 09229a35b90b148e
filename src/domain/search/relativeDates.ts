/**
 * NetSuite's predefined search dates (platformCoreTyp:SearchDate) as calendar-date ranges, computed from
 * "today" in the account's time zone, so `thisMonth` means the account's month whatever the server's zone.
 *
 * Conventions (NetSuite's defaults for an account that never changed them): weeks start on Sunday; a
 * business week is Monday to Friday; the fiscal year is the calendar year, its quarters the calendar
 * quarters; "…ToDate" ranges end today, and last period's "…ToDate" ends on the same day of that period;
 * a rolling year is the twelve months ending with the current month; "previousOne…" ranges are the period
 * before today (today excluded), "nextOne…" the period after it; "startOf…" and "N days ago/from now" name
 * a single day.
 */
import { addDays, type LocalDate } from '../dates';

export interface DateRange {
  /** First day, inclusive. */
  readonly from: LocalDate;
  /** Last day, inclusive. */
  readonly to: LocalDate;
}

interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const text = ({ y, m, d }: Ymd): LocalDate => `${y}-${pad(m)}-${pad(d)}`;

function parse(d: LocalDate): Ymd {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return { y, m, d: day };
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first day of the month `months` months from the month of `d`. */
function monthStart(d: LocalDate, months = 0): LocalDate {
  const { y, m } = parse(d);
  const index = y * 12 + (m - 1) + months;
  return text({ y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 });
}

function monthEnd(d: LocalDate, months = 0): LocalDate {
  const start = parse(monthStart(d, months));
  return text({ ...start, d: daysIn(start.y, start.m) });
}

/** The same day `months` months away, clamped to the end of a shorter month. */
function addMonths(d: LocalDate, months: number): LocalDate {
  const start = parse(monthStart(d, months));
  return text({ ...start, d: Math.min(parse(d).d, daysIn(start.y, start.m)) });
}

function weekday(d: LocalDate): number {
  const { y, m, d: day } = parse(d);
  return new Date(Date.UTC(y, m - 1, day)).getUTCDay(); // 0 = Sunday
}

function weekStart(d: LocalDate, weeks = 0): LocalDate {
  return addDays(d, -weekday(d) + 7 * weeks);
}

function quarterStart(d: LocalDate, quarters = 0): LocalDate {
  const { m } = parse(d);
  return monthStart(d, -((m - 1) % 3) + 3 * quarters);
}

function yearStart(d: LocalDate, years = 0): LocalDate {
  return text({ y: parse(d).y + years, m: 1, d: 1 });
}

const day = (d: LocalDate): DateRange => ({ from: d, to: d });
const range = (from: LocalDate, to: LocalDate): DateRange => ({ from, to });

const DAY_OFFSETS: Readonly<Record<string, number>> = {
  today: 0,
  yesterday: -1,
  tomorrow: 1,
  twoDaysAgo: -2,
  threeDaysAgo: -3,
  fourDaysAgo: -4,
  fiveDaysAgo: -5,
  tenDaysAgo: -10,
  thirtyDaysAgo: -30,
  sixtyDaysAgo: -60,
  ninetyDaysAgo: -90,
  twoDaysFromNow: 2,
  threeDaysFromNow: 3,
  fourDaysFromNow: 4,
  fiveDaysFromNow: 5,
  tenDaysFromNow: 10,
  thirtyDaysFromNow: 30,
  sixtyDaysFromNow: 60,
  ninetyDaysFromNow: 90,
};

type Rule = (t: LocalDate) => DateRange;

const RULES: Readonly<Record<string, Rule>> = {
  // Weeks (Sunday to Saturday) and business weeks (Monday to Friday).
  thisWeek: (t) => range(weekStart(t), addDays(weekStart(t), 6)),
  thisWeekToDate: (t) => range(weekStart(t), t),
  lastWeek: (t) => range(weekStart(t, -1), addDays(weekStart(t, -1), 6)),
  lastWeekToDate: (t) => range(weekStart(t, -1), addDays(t, -7)),
  nextWeek: (t) => range(weekStart(t, 1), addDays(weekStart(t, 1), 6)),
  thisBusinessWeek: (t) => range(addDays(weekStart(t), 1), addDays(weekStart(t), 5)),
  lastBusinessWeek: (t) => range(addDays(weekStart(t, -1), 1), addDays(weekStart(t, -1), 5)),
  nextBusinessWeek: (t) => range(addDays(weekStart(t, 1), 1), addDays(weekStart(t, 1), 5)),
  startOfThisWeek: (t) => day(weekStart(t)),
  startOfLastWeek: (t) => day(weekStart(t, -1)),
  // Months.
  thisMonth: (t) => range(monthStart(t), monthEnd(t)),
  thisMonthToDate: (t) => range(monthStart(t), t),
  lastMonth: (t) => range(monthStart(t, -1), monthEnd(t, -1)),
  lastMonthToDate: (t) => range(monthStart(t, -1), addMonths(t, -1)),
  nextMonth: (t) => range(monthStart(t, 1), monthEnd(t, 1)),
  startOfThisMonth: (t) => day(monthStart(t)),
  startOfLastMonth: (t) => day(monthStart(t, -1)),
  // Fiscal quarters and years (= calendar quarters and years).
  thisFiscalQuarter: (t) => range(quarterStart(t), addDays(quarterStart(t, 1), -1)),
  thisFiscalQuarterToDate: (t) => range(quarterStart(t), t),
  lastFiscalQuarter: (t) => range(quarterStart(t, -1), addDays(quarterStart(t), -1)),
  lastFiscalQuarterToDate: (t) => range(quarterStart(t, -1), addMonths(t, -3)),
  nextFiscalQuarter: (t) => range(quarterStart(t, 1), addDays(quarterStart(t, 2), -1)),
  thisYear: (t) => range(yearStart(t), addDays(yearStart(t, 1), -1)),
  startOfThisYear: (t) => day(yearStart(t)),
  thisFiscalYear: (t) => range(yearStart(t), addDays(yearStart(t, 1), -1)),
  thisFiscalYearToDate: (t) => range(yearStart(t), t),
  lastFiscalYear: (t) => range(yearStart(t, -1), addDays(yearStart(t), -1)),
  lastFiscalYearToDate: (t) => range(yearStart(t, -1), addMonths(t, -12)),
  nextFiscalYear: (t) => range(yearStart(t, 1), addDays(yearStart(t, 2), -1)),
  // Rolling years: the twelve months ending with this month, and the twelve before them.
  thisRollingYear: (t) => range(monthStart(t, -11), monthEnd(t)),
  lastRollingYear: (t) => range(monthStart(t, -23), monthEnd(t, -12)),
  // The period just before / after today.
  previousOneDay: (t) => day(addDays(t, -1)),
  previousOneWeek: (t) => range(addDays(t, -7), addDays(t, -1)),
  previousOneMonth: (t) => range(addMonths(t, -1), addDays(t, -1)),
  previousOneQuarter: (t) => range(addMonths(t, -3), addDays(t, -1)),
  previousOneYear: (t) => range(addMonths(t, -12), addDays(t, -1)),
  nextOneWeek: (t) => range(addDays(t, 1), addDays(t, 7)),
  nextOneMonth: (t) => range(addDays(t, 1), addMonths(t, 1)),
};

/** The range a predefined search date names, relative to `today`; undefined for a value Billwire does not know. */
export function predefinedRange(name: string, today: LocalDate): DateRange | undefined {
  const offset = DAY_OFFSETS[name];
  if (offset !== undefined) return day(addDays(today, offset));
  return Object.prototype.hasOwnProperty.call(RULES, name) ? RULES[name]!(today) : undefined;
}

/** Every predefined value Billwire answers (for messages and the schema cross-check). */
export const PREDEFINED_DATES: readonly string[] = [...Object.keys(DAY_OFFSETS), ...Object.keys(RULES)];
