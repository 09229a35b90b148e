/**
 * Calendar dates and instants in an account's time zone.
 *
 * NetSuite's date-only fields (tranDate, dueDate, shipDate…) still travel as xsd:dateTime. Billwire keeps
 * them as calendar dates ("2024-03-01") and takes the date exactly as the client wrote it (the date part of
 * the literal, whatever its offset), because an emulator that shifts a sent date by a time zone surprises
 * every integration test (docs/decisions.md). They are written back as midnight in the account's zone.
 * Instants (createdDate, lastModifiedDate) are epoch milliseconds, written with the zone's offset.
 */

export type LocalDate = string; // YYYY-MM-DD

const DATE_PART = /^(\d{4})-(\d{2})-(\d{2})/;

export function isValidLocalDate(d: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    t.getUTCFullYear() === Number(m[1]) &&
    t.getUTCMonth() === Number(m[2]) - 1 &&
    t.getUTCDate() === Number(m[3])
  );
}

/** The calendar date a dateTime literal names, or undefined if it names none. */
export function dateOfLiteral(literal: string): LocalDate | undefined {
  const m = DATE_PART.exec(literal.trim());
  if (!m) return undefined;
  const d = `${m[1]}-${m[2]}-${m[3]}`;
  return isValidLocalDate(d) ? d : undefined;
}

export function addDays(d: LocalDate, days: number): LocalDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, day + days));
  return t.toISOString().slice(0, 10);
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wallClock(epochMs: number, timeZone: string): WallClock {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

/** Zone offsets change only on quarter-hour boundaries, so one lookup per quarter hour per zone does. */
const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, Map<number, number>>();

/** Offset of the zone from UTC at an instant, in minutes (e.g. -480 for PST). */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  const bucket = Math.floor(epochMs / QUARTER_HOUR);
  let off = zone.get(bucket);
  if (off === undefined) {
    const at = bucket * QUARTER_HOUR;
    const w = wallClock(at, timeZone);
    off = Math.round((Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - at) / 60000);
    if (zone.size > 10_000) zone.clear();
    zone.set(bucket, off);
  }
  return off;
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** Today's calendar date in the zone. */
export function today(timeZone: string, nowMs = Date.now()): LocalDate {
  const w = wallClock(nowMs, timeZone);
  return `${w.y}-${pad(w.mo)}-${pad(w.d)}`;
}

/** An instant as xsd:dateTime with the zone's offset: 2024-03-01T09:30:00.000-08:00. */
export function instantText(epochMs: number, timeZone: string): string {
  const off = offsetMinutes(epochMs, timeZone);
  const local = new Date(epochMs + off * 60000).toISOString().slice(0, 23);
  return `${local}${offsetText(off)}`;
}

/** A calendar date as xsd:dateTime: midnight in the zone, 2024-03-01T00:00:00.000-08:00. */
export function localDateText(d: LocalDate, timeZone: string): string {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  // The offset at local midnight: probe at UTC midnight, then correct once for the offset found.
  const guess = Date.UTC(y, m - 1, day);
  const off = offsetMinutes(guess - offsetMinutes(guess, timeZone) * 60000, timeZone);
  return `${d}T00:00:00.000${offsetText(off)}`;
}

/** Parses an xsd:dateTime literal into epoch ms (no offset = UTC); undefined when it is not one. */
export function parseInstant(literal: string): number | undefined {
  const t = literal.trim();
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(t)) return undefined;
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/.test(t) || t.length === 10 ? t : `${t}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? undefined : ms;
}
