import { z } from 'zod';
import { formatDate } from './format/dates';

/**
 * Years a planning date may have. Years 0001–0099 passed the schema but `Date.UTC` reads them as
 * 1901–1999, so the engine failed on them (issue #14); nothing in a trial plan predates 1900 or
 * needs a date past 2199.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
function yearInRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * The one date module: plain calendar dates as ISO strings ('YYYY-MM-DD'), arithmetic in UTC.

 * Why a small date module instead of `Date` or date-fns directly: regulatory clocks count whole
 * calendar days, and a local-time `Date` shifts by an hour across daylight-saving changes (and by a
 * day when a file saved in New York is opened in Tokyo). date-fns 4 computes in the system time zone
 * unless the separate @date-fns/utc package is added, so it would inherit exactly that problem.
 * We therefore keep dates as 'YYYY-MM-DD' strings and do arithmetic on integer "day numbers" (days
 * since 1970-01-01, UTC), which has no time-of-day at all.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Not a real calendar date')
  .refine((s) => yearInRange(Number(s.slice(0, 4))), `Use a year from ${MIN_YEAR} to ${MAX_YEAR}`);

/**
 * The first day past the planning calendar. A forecast can put a date far beyond it (a recruitment
 * rate of 1e-6 gave P50 = 6.3e9 months, and `toISOString` threw "Invalid time value" in the
 * screens): such dates come back as this day and read "beyond 2200".
 */
export const CALENDAR_END: IsoDate = '2200-01-01';

/** True for a date at or past the end of the planning calendar. */
export function isBeyondCalendar(date: IsoDate): boolean {
  return date >= CALENDAR_END;
}

export type IsoDate = z.infer<typeof isoDate>;

/** Months (of 30.4375 days, the Gregorian mean) between two ISO dates; negative if `to` is earlier. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return daysBetween(from, to) / DAYS_PER_MONTH;
}

/** The ISO date `months` (may be fractional) after `from`, using the mean month length. */
export function addMonthsToDate(from: IsoDate, months: number): IsoDate {
  const ms = Date.parse(`${from}T00:00:00Z`) + Math.round(months * DAYS_PER_MONTH) * 86_400_000;
  // Past the calendar (or not a number): the sentinel day, never a RangeError from toISOString.
  if (!(ms < Date.parse(`${CALENDAR_END}T00:00:00Z`))) return CALENDAR_END;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Mean Gregorian month in days: converts the engine's months to and from calendar days. */
export const DAYS_PER_MONTH = 30.4375;

const MS_PER_DAY = 86_400_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True if `value` is a real calendar date written as 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  const match = ISO_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  if (!yearInRange(Number(y))) return false;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return new Date(ms).toISOString().slice(0, 10) === value;
}

/** Throws a readable error naming `field` unless `value` is a real 'YYYY-MM-DD' date. */
export function assertIsoDate(value: string, field = 'date'): IsoDate {
  if (!isIsoDate(value)) throw new Error(`${field} must be a real date written YYYY-MM-DD (got "${value}")`);
  return value;
}

/** Days since 1970-01-01 (UTC) for an ISO date. */
export function toDayNumber(date: IsoDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

/** The ISO date of a day number (days since 1970-01-01, UTC). */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days (negative moves back). */
export function shiftDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Day of week, 0 = Sunday … 6 = Saturday (UTC, so independent of the machine's time zone). */
export function dayOfWeek(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** Calendar year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The later of two ISO dates (string order equals date order for 'YYYY-MM-DD'). */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Short English weekday name ('Mon') for display. */
export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)] ?? '';
}

/** How a date past the planning calendar reads on screens, in exports and in the CLI. */
export const BEYOND_CALENDAR_LABEL = 'beyond 2200';

/** An ISO date, or "beyond 2200" for the calendar's end sentinel (machine-readable outputs). */
export function isoOrBeyond(date: IsoDate): string {
  return isBeyondCalendar(date) ? BEYOND_CALENDAR_LABEL : date;
}

/**
 * A date for people to read ("16 Sep 2030"), in the one style of src/domain/format; dates past
 * the planning calendar read "beyond 2200".
 */
export function displayDate(date: IsoDate): string {
  return isBeyondCalendar(date) ? BEYOND_CALENDAR_LABEL : formatDate(date);
}
