import tableJson from '../../../data/calendars/date-holidays-table.json';
import type { IsoDate } from '../../domain/dates';
import type { HolidayTable } from './date-holidays-library';

/**
 * date-holidays' public holidays, precomputed (`npm run derive-holiday-table`) for the reference
 * countries over the years studies are planned in. Loading the library and computing a first
 * country-year took ~0.4 s of every `mrct evaluate`; reading this table takes ~1 ms. Outside the
 * table the engine asks date-holidays itself (holidays.ts), so results never depend on the table's
 * reach. tests/unit/engine/calendar/holiday-table.test.ts re-derives it from the installed library.
 */
const table: HolidayTable = tableJson;

const knownCountries = new Set(table.countries);

/** The tabled `libraryOffDays(code, year)`, or undefined when the table does not cover it. */
export function tabledOffDays(code: string, year: number): IsoDate[] | undefined {
  const years = Object.hasOwn(table.offDays, code) ? table.offDays[code] : undefined;
  const entry = years?.[year - table.firstYear];
  if (entry === undefined) return undefined;
  return entry === '' ? [] : entry.split(' ').map((monthDay) => `${year}-${monthDay}`);
}

/** True if date-holidays knows the country code (ISO 3166-1 alpha-2). */
export function isLibraryCountry(code: string): boolean {
  return knownCountries.has(code);
}

/** The table as shipped (for the drift test). */
export const holidayTable: Readonly<HolidayTable> = table;
