import type Holidays from 'date-holidays';
import { fromDayNumber, shiftDays, toDayNumber, type IsoDate } from '../../domain/dates';
import { loadDateHolidays } from './date-holidays-loader';

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

const libraryByCountry = new Map<string, Holidays>();
let countries: string[] | undefined;

/** Every country code date-holidays knows (ISO 3166-1 alpha-2), sorted. */
export function libraryCountries(): string[] {
  const Library = loadDateHolidays();
  countries ??= Object.keys(new Library().getCountries()).sort();
  return [...countries];
}

function library(code: string): Holidays {
  let hd = libraryByCountry.get(code);
  if (!hd) {
    const Library = loadDateHolidays();
    if (!/^[A-Z]{2}$/.test(code) || !libraryCountries().includes(code)) {
      throw new Error(`holidayCalendar "${code}" is not a country known to date-holidays (nor "NONE")`);
    }
    const region = REGULATOR_SEAT_REGION[code];
    hd = region ? new Library(code, region) : new Library(code);
    libraryByCountry.set(code, hd);
  }
  return hd;
}

/**
 * Whole days off that date-holidays lists for `year` (type "public" only, observed substitutes
 * included, multi-day entries expanded). "bank", "optional", "school" and "observance" days are
 * ignored: they are not days off for a regulator's office (see docs/regulatory-clocks.md).
 */
export function libraryOffDays(code: string, year: number): IsoDate[] {
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

/** date-holidays' off days precomputed for a set of countries and years (holiday-table.ts reads it). */
export interface HolidayTable {
  /** The date-holidays version the table was derived from (package.json). */
  derivedFrom: string;
  firstYear: number;
  lastYear: number;
  /** Every country code date-holidays knows, so `isKnownCalendar` needs no library either. */
  countries: string[];
  /** Per tabled country, one entry per year from firstYear: that year's `libraryOffDays`, as "MM-DD" joined by spaces. */
  offDays: Record<string, string[]>;
}

/** The table for `codes` × `firstYear…lastYear`, exactly `libraryOffDays` (order and repeats kept). */
export function deriveHolidayTable(
  derivedFrom: string,
  codes: readonly string[],
  firstYear: number,
  lastYear: number,
): HolidayTable {
  const offDays: Record<string, string[]> = {};
  for (const code of [...codes].sort()) {
    offDays[code] = [];
    for (let year = firstYear; year <= lastYear; year += 1) offDays[code].push(derivedYear(code, year));
  }
  return { derivedFrom, firstYear, lastYear, countries: libraryCountries(), offDays };
}

/** One country-year of the table: "MM-DD MM-DD …" (the year is implied by the position). */
export function derivedYear(code: string, year: number): string {
  return libraryOffDays(code, year)
    .map((day) => day.slice(5))
    .join(' ');
}
