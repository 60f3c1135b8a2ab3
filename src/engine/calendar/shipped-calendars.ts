import { z } from 'zod';
import cn from '../../../data/calendars/CN.json';
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

/** Every shipped calendar, validated once at load (a malformed data file fails loudly, not silently). */
export const shippedCalendars: readonly ShippedCalendar[] = [cn, jp, kr, tw].map((raw) =>
  shippedCalendarSchema.parse(raw),
);

const byCountry = new Map(shippedCalendars.map((calendar) => [calendar.country, calendar]));

/** The shipped calendar of a country, if any. */
export function shippedCalendarFor(iso2: string): ShippedCalendar | undefined {
  return byCountry.get(iso2);
}
