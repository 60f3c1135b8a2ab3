import { dayOfWeek, shiftDays, yearOf, type IsoDate } from './isoDate';
import { weekendDays, yearCalendar } from './holidays';

/**
 * True if `date` is a working day in the calendar `code` (ISO 3166-1 alpha-2, or 'NONE' for
 * "weekends only"): not a weekend day unless it is an official make-up working day (China's 调休),
 * and not a public holiday.
 */
export function isWorkingDay(date: IsoDate, code: string): boolean {
  const calendar = yearCalendar(code, yearOf(date));
  if (calendar.workingDays.has(date)) return true;
  if (weekendDays(code).includes(dayOfWeek(date))) return false;
  return !calendar.offDays.has(date);
}

/** `date` itself if it is a working day in `code`, otherwise the first working day after it. */
export function nextWorkingDay(date: IsoDate, code: string): IsoDate {
  let day = date;
  // A working day occurs within any 60-day window in every real calendar; the bound only guards
  // against a corrupt data file that marks every day off.
  for (let guard = 0; guard < 366; guard += 1) {
    if (isWorkingDay(day, code)) return day;
    day = shiftDays(day, 1);
  }
  throw new Error(`no working day within a year after ${date} in calendar ${code}`);
}

/** The date `days` calendar days after `start` (day 1 = the day after `start`). */
export function addCalendarDays(start: IsoDate, days: number): IsoDate {
  return shiftDays(start, days);
}

/**
 * The date `days` working days after `start` in calendar `code`. Counting starts the day after
 * `start` (day 1 = the first working day after it), so the result is always a working day when
 * `days` ≥ 1; `days` = 0 returns `start` unchanged.
 */
export function addWorkingDays(start: IsoDate, days: number, code: string): IsoDate {
  if (!Number.isInteger(days) || days < 0) throw new Error(`working days must be a whole number ≥ 0 (got ${days})`);
  let day = start;
  let counted = 0;
  while (counted < days) {
    day = shiftDays(day, 1);
    if (isWorkingDay(day, code)) counted += 1;
  }
  return day;
}
