import { fromDayNumber, toDayNumber, type IsoDate } from '../../domain/dates';
import { weekendDays, yearCalendar } from './holidays';

/*
 * Working-day flags are precomputed per country-year as a byte per day, so counting 60 working
 * days is a loop over integers (≈ 1 µs) instead of string and Set work per day. The flags are
 * derived from the cached holiday lists in holidays.ts.
 */
const maskCache = new Map<string, Uint8Array>();
const yearStartCache = new Map<number, number>();

function yearStart(year: number): number {
  let start = yearStartCache.get(year);
  if (start === undefined) {
    start = Math.round(Date.UTC(year, 0, 1) / 86_400_000);
    yearStartCache.set(year, start);
  }
  return start;
}

function workingMask(code: string, year: number): Uint8Array {
  const key = `${code}:${year}`;
  let mask = maskCache.get(key);
  if (mask) return mask;
  const calendar = yearCalendar(code, year);
  const weekend = weekendDays(code);
  const first = yearStart(year);
  const length = yearStart(year + 1) - first;
  mask = new Uint8Array(length);
  for (let i = 0; i < length; i += 1) {
    const day = first + i;
    const date = fromDayNumber(day);
    const isWeekend = weekend.includes((((day + 4) % 7) + 7) % 7);
    const working = calendar.workingDays.has(date) || (!isWeekend && !calendar.offDays.has(date));
    mask[i] = working ? 1 : 0;
  }
  maskCache.set(key, mask);
  return mask;
}

function yearOfDayNumber(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** True if day number `day` (days since 1970-01-01 UTC) is a working day in calendar `code`. */
export function isWorkingDayNumber(day: number, code: string): boolean {
  const year = yearOfDayNumber(day);
  return workingMask(code, year)[day - yearStart(year)] === 1;
}

/**
 * True if `date` is a working day in the calendar `code` (ISO 3166-1 alpha-2, or 'NONE' for
 * "weekends only"): not a weekend day unless it is an official make-up working day (China's 调休),
 * and not a public holiday.
 */
export function isWorkingDay(date: IsoDate, code: string): boolean {
  return isWorkingDayNumber(toDayNumber(date), code);
}

/** `date` itself if it is a working day in `code`, otherwise the first working day after it. */
export function nextWorkingDay(date: IsoDate, code: string): IsoDate {
  const first = toDayNumber(date);
  // Every real calendar has a working day within a few weeks; the bound only guards against a
  // corrupt data file that marks every day off.
  for (let day = first; day < first + 366; day += 1) {
    if (isWorkingDayNumber(day, code)) return fromDayNumber(day);
  }
  throw new Error(`no working day within a year after ${date} in calendar ${code}`);
}

/** The date `days` calendar days after `start` (day 1 = the day after `start`). */
export function addCalendarDays(start: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(start) + days);
}

/**
 * The date `days` working days after `start` in calendar `code`. Counting starts the day after
 * `start` (day 1 = the first working day after it), so the result is always a working day when
 * `days` ≥ 1; `days` = 0 returns `start` unchanged.
 */
export function addWorkingDays(start: IsoDate, days: number, code: string): IsoDate {
  if (!Number.isInteger(days) || days < 0)
    throw new Error(`working days must be a whole number ≥ 0 (got ${days})`);
  let day = toDayNumber(start);
  let year = yearOfDayNumber(day);
  let offset = day - yearStart(year);
  let mask = workingMask(code, year);
  let counted = 0;
  while (counted < days) {
    day += 1;
    offset += 1;
    if (offset >= mask.length) {
      year += 1;
      offset = 0;
      mask = workingMask(code, year);
    }
    if (mask[offset] === 1) counted += 1;
  }
  return fromDayNumber(day);
}
