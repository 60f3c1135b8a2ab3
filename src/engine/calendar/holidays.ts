import type { IsoDate } from '../../domain/dates';
import { libraryOffDays } from './date-holidays-library';
import { isLibraryCountry, tabledOffDays } from './holiday-table';
import { shippedCalendarFor } from './shipped-calendars';

/** Calendar code meaning "Saturdays and Sundays only, no public holidays". */
export const WEEKENDS_ONLY = 'NONE';

/**
 * Weekend days by country (0 = Sunday … 6 = Saturday). Default Saturday–Sunday. Friday–Saturday
 * weekends per national labour practice; the UAE moved to Saturday–Sunday in 2022.
 */
const FRIDAY_SATURDAY = [5, 6] as const;
const WEEKEND_BY_COUNTRY: Readonly<Record<string, readonly number[]>> = {
  IL: FRIDAY_SATURDAY,
  EG: FRIDAY_SATURDAY,
  SA: FRIDAY_SATURDAY,
  QA: FRIDAY_SATURDAY,
  KW: FRIDAY_SATURDAY,
  BH: FRIDAY_SATURDAY,
  OM: FRIDAY_SATURDAY,
  JO: FRIDAY_SATURDAY,
};
const SATURDAY_SUNDAY = [6, 0] as const;

/** The weekday numbers (0 = Sunday) that are weekend days in `code`'s calendar. */
export function weekendDays(code: string): readonly number[] {
  return WEEKEND_BY_COUNTRY[code] ?? SATURDAY_SUNDAY;
}

/** One country-year: days off and weekend days that are working days. */
export interface YearCalendar {
  offDays: ReadonlySet<IsoDate>;
  workingDays: ReadonlySet<IsoDate>;
}

const yearCache = new Map<string, YearCalendar>();

/** True if `code` names a usable holiday calendar ('NONE' or an ISO 3166-1 alpha-2 country). */
export function isKnownCalendar(code: string): boolean {
  return code === WEEKENDS_ONLY || (/^[A-Z]{2}$/.test(code) && isLibraryCountry(code));
}

function buildYear(code: string, year: number): YearCalendar {
  if (code === WEEKENDS_ONLY) return { offDays: new Set(), workingDays: new Set() };
  const shipped = shippedCalendarFor(code);
  const shippedYear = shipped?.years.find((entry) => entry.year === year);
  if (shipped?.mode === 'replace' && shippedYear) {
    return { offDays: new Set(shippedYear.offDays), workingDays: new Set(shippedYear.workingDays) };
  }
  const offDays = new Set(tabledOffDays(code, year) ?? libraryOffDays(code, year));
  for (const day of shippedYear?.offDays ?? []) offDays.add(day);
  return { offDays, workingDays: new Set(shippedYear?.workingDays ?? []) };
}

/** The cached holiday calendar of one country-year (built on first use). */
export function yearCalendar(code: string, year: number): YearCalendar {
  const key = `${code}:${year}`;
  let cached = yearCache.get(key);
  if (!cached) {
    cached = buildYear(code, year);
    yearCache.set(key, cached);
  }
  return cached;
}
