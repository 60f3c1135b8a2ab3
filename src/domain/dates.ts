import { z } from 'zod';

/**
 * Plain calendar dates as ISO strings ('YYYY-MM-DD'). Planning works in whole days; keeping dates
 * as strings (and doing arithmetic in UTC) avoids time-zone and daylight-saving shifts that a
 * `Date` in local time would introduce when a user in Tokyo opens a file saved in New York.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the format YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Not a real calendar date');

export type IsoDate = z.infer<typeof isoDate>;

/** Whole months (30.4375 days, the Gregorian mean) between two ISO dates; negative if `to` is earlier. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return ms / 86_400_000 / DAYS_PER_MONTH;
}

/** The ISO date `months` (may be fractional) after `from`, using the mean month length. */
export function addMonthsToDate(from: IsoDate, months: number): IsoDate {
  const ms = Date.parse(`${from}T00:00:00Z`) + Math.round(months * DAYS_PER_MONTH) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Mean Gregorian month in days: converts the engine's months to and from calendar days. */
export const DAYS_PER_MONTH = 30.4375;
