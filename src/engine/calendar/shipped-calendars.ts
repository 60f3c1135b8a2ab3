import { z } from 'zod';
import cn from '../../../data/calendars/CN.json';
import inCalendar from '../../../data/calendars/IN.json';
import jp from '../../../data/calendars/JP.json';
import kr from '../../../data/calendars/KR.json';
import tw from '../../../data/calendars/TW.json';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One year of a shipped calendar, with its provenance. */
export const shippedCalendarYearSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  /** 'official' = transcribed from the government notice; 'projection' = derived, not yet published. */
  status: z.enum(['official', 'projection']),
  source: z.string().min(10),
  asOf: isoDay,
  confidence: z.enum(['high', 'medium', 'low']),
  /** Days off (public holidays, bridge days, observed substitutes). */
  offDays: z.array(isoDay),
  /** Weekend days that are official working days (China's 调休, Taiwan's 補行上班). */
  workingDays: z.array(isoDay),
  notes: z.string().optional(),
});

/**
 * A shipped calendar for one country. `replace`: for the years listed the file is the whole holiday
 * list and date-holidays is ignored (China, whose official schedule the library cannot model);
 * `supplement`: days are added to the library's public holidays (and make-up days override them).
 */
export const shippedCalendarSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/),
  name: z.string(),
  mode: z.enum(['replace', 'supplement']),
  description: z.string(),
  years: z.array(shippedCalendarYearSchema),
});

export type ShippedCalendar = z.infer<typeof shippedCalendarSchema>;
export type ShippedCalendarYear = z.infer<typeof shippedCalendarYearSchema>;

/** The bundled calendar files (validated by tests/unit/domain/reference/bundled-files.test.ts). */
export const bundledCalendarFiles: readonly unknown[] = [cn, inCalendar, jp, kr, tw];

/**
 * Every shipped calendar. Their schema check runs in the tests, not at every start: a malformed
 * file fails the build instead of a user's run.
 */
export const shippedCalendars = bundledCalendarFiles as readonly ShippedCalendar[];

const byCountry = new Map(shippedCalendars.map((calendar) => [calendar.country, calendar]));

/** The shipped calendar of a country, if any. */
export function shippedCalendarFor(iso2: string): ShippedCalendar | undefined {
  return byCountry.get(iso2);
}

/**
 * Warnings for a span of years a computation touches in `iso2`'s calendar: each year that a
 * shipped calendar does not cover (before its first or after its last year) falls back to
 * date-holidays' rules, which lack the country's official schedule (China's make-up working
 * days, India's gazetted festivals…). Empty when there is no shipped calendar or every year is
 * covered.
 */
export function calendarCoverageWarnings(iso2: string, fromYear: number, toYear: number): string[] {
  const calendar = shippedCalendarFor(iso2);
  if (!calendar || calendar.years.length === 0) return [];
  const years = new Set(calendar.years.map((y) => y.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const missing: number[] = [];
  for (let y = fromYear; y <= toYear; y++) if (!years.has(y)) missing.push(y);
  if (missing.length === 0) return [];
  const span = missing.length === 1 ? String(missing[0]) : `${missing[0]}–${missing.at(-1)}`;
  const where =
    missing[0]! > last
      ? `ends in ${last}`
      : missing.at(-1)! < first
        ? `starts in ${first}`
        : `covers ${first}–${last} with gaps`;
  return [
    `${calendar.name}: the shipped holiday calendar ${where}; ${span} uses date-holidays' rules instead, which may miss official holidays${calendar.mode === 'replace' ? ' and make-up working days' : ''}. Check dates in ${span}.`,
  ];
}
