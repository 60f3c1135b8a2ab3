import Holidays from 'date-holidays';
import { fromDayNumber, shiftDays, toDayNumber, type IsoDate } from '../../domain/dates';
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

/**
 * Names that date-holidays marks "public" although only part of the population is off
 * (China: Children's Day is for children under 14). Half-day entries (Women's Day, Youth Day,
 * Army Day in China; Christmas Eve in some countries) are dropped by their < 20 h duration.
 */
const PARTIAL_GROUP_HOLIDAYS: Readonly<Record<string, readonly string[]>> = { CN: ['六一儿童节'] };

/**
 * Where a country's national list misses holidays of the regulator's seat, the seat's region is
 * used: England for the MHRA (date-holidays lists the Summer bank holiday under England only) and
 * the ACT for the TGA (Canberra Day, Reconciliation Day). Other countries use the national list.
 */
const REGULATOR_SEAT_REGION: Readonly<Record<string, string>> = { GB: 'ENG', AU: 'ACT' };

/** One country-year: days off and weekend days that are working days. */
export interface YearCalendar {
  offDays: ReadonlySet<IsoDate>;
  workingDays: ReadonlySet<IsoDate>;
}

const libraryByCountry = new Map<string, Holidays>();
const yearCache = new Map<string, YearCalendar>();
let knownCountries: Set<string> | undefined;

function library(code: string): Holidays {
  let hd = libraryByCountry.get(code);
  if (!hd) {
    if (!isKnownCalendar(code)) {
      throw new Error(
        `holidayCalendar "${code}" is not a country known to date-holidays (nor "${WEEKENDS_ONLY}")`,
      );
    }
    const region = REGULATOR_SEAT_REGION[code];
    hd = region ? new Holidays(code, region) : new Holidays(code);
    libraryByCountry.set(code, hd);
  }
  return hd;
}

/** True if `code` names a usable holiday calendar ('NONE' or an ISO 3166-1 alpha-2 country). */
export function isKnownCalendar(code: string): boolean {
  if (code === WEEKENDS_ONLY) return true;
  if (!/^[A-Z]{2}$/.test(code)) return false;
  knownCountries ??= new Set(Object.keys(new Holidays().getCountries()));
  return knownCountries.has(code);
}

/**
 * Whole days off that date-holidays lists for `year` (type "public" only, observed substitutes
 * included, multi-day entries expanded). "bank", "optional", "school" and "observance" days are
 * ignored: they are not days off for a regulator's office (see docs/regulatory-clocks.md).
 */
function libraryOffDays(code: string, year: number): IsoDate[] {
  const days: IsoDate[] = [];
  const excluded = PARTIAL_GROUP_HOLIDAYS[code] ?? [];
  // The previous year is read too: a multi-day holiday may start in late December.
  for (const y of [year - 1, year]) {
    for (const holiday of library(code).getHolidays(y)) {
      if (holiday.type !== 'public' || excluded.includes(holiday.name)) continue;
      const hours = (holiday.end.getTime() - holiday.start.getTime()) / 3_600_000;
      if (hours < 20) continue;
      let first = holiday.date.slice(0, 10);
      // date-holidays (3.x) starts Korea's 3-day Seollal on New Year's Day itself; by law
      // (관공서의 공휴일에 관한 규정 Art. 2) it is the day before, the day and the day after.
      if (code === 'KR' && holiday.rule?.startsWith('korean 01-0-01')) first = shiftDays(first, -1);
      const span = Math.max(1, Math.round(hours / 24));
      for (let i = 0; i < span; i += 1) days.push(fromDayNumber(toDayNumber(first) + i));
    }
  }
  return days.filter((day) => day.startsWith(`${year}-`));
}

function buildYear(code: string, year: number): YearCalendar {
  if (code === WEEKENDS_ONLY) return { offDays: new Set(), workingDays: new Set() };
  const shipped = shippedCalendarFor(code);
  const shippedYear = shipped?.years.find((entry) => entry.year === year);
  if (shipped?.mode === 'replace' && shippedYear) {
    return { offDays: new Set(shippedYear.offDays), workingDays: new Set(shippedYear.workingDays) };
  }
  const offDays = new Set(libraryOffDays(code, year));
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
