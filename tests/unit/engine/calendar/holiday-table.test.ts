import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceData } from '../../../../src/domain/reference/index';
import {
  derivedYear,
  libraryCountries,
  libraryOffDays,
} from '../../../../src/engine/calendar/date-holidays-library';
import { holidayTable, tabledOffDays } from '../../../../src/engine/calendar/holiday-table';
import { isKnownCalendar, isWorkingDay } from '../../../../src/engine/calendar/index';

/*
 * data/calendars/date-holidays-table.json is date-holidays' output precomputed so `mrct evaluate`
 * need not load the library (src/engine/calendar/holiday-table.ts). These tests keep it equal to
 * what the installed library gives: re-deriving all 1,260 country-years takes ~10 s, so every
 * country is re-derived in two years spread over the range, plus every year of the countries whose
 * rules are irregular (lunar calendars, Korea's Seollal fix, England's and the ACT's regions).
 */
const installed = (
  JSON.parse(
    readFileSync(new URL('../../../../node_modules/date-holidays/package.json', import.meta.url), 'utf8'),
  ) as { version: string }
).version;
const { firstYear, lastYear } = holidayTable;
const span = lastYear - firstYear + 1;
const tabled = Object.keys(holidayTable.offDays);

describe('the precomputed date-holidays table', () => {
  it('was derived from the installed date-holidays (else run `npm run derive-holiday-table`)', () => {
    expect(holidayTable.derivedFrom).toBe(`date-holidays ${installed}`);
    expect(holidayTable.countries).toEqual(libraryCountries());
  });

  it('covers every reference country and pathway calendar, 2020–2040, one entry per year', () => {
    const needed = new Set([
      ...referenceData.countries.map((c) => c.iso2),
      ...referenceData.pathways.map((p) => p.holidayCalendar).filter((c) => c !== 'NONE'),
    ]);
    expect([...needed].filter((code) => !tabled.includes(code))).toEqual([]);
    expect([firstYear, lastYear]).toEqual([2020, 2040]);
    for (const code of tabled) expect(holidayTable.offDays[code]).toHaveLength(span);
  });

  it('holds what the library gives, for every country in two years of the range', () => {
    tabled.forEach((code, i) => {
      for (const year of [firstYear + ((i * 7) % span), firstYear + ((i * 7 + 10) % span)]) {
        expect(holidayTable.offDays[code]![year - firstYear], `${code} ${year}`).toBe(
          derivedYear(code, year),
        );
      }
    });
  });

  it.each(['KR', 'IN', 'GB', 'AU', 'IL', 'JP', 'SG'])(
    'holds what the library gives for %s in every year',
    (code) => {
      for (let year = firstYear; year <= lastYear; year += 1)
        expect(tabledOffDays(code, year), `${code} ${year}`).toEqual(libraryOffDays(code, year));
    },
  );

  it('leaves other years and countries to the library itself', () => {
    expect(tabledOffDays('DE', lastYear + 1)).toBeUndefined();
    expect(tabledOffDays('DE', firstYear - 1)).toBeUndefined();
    expect(tabledOffDays('AD', 2027)).toBeUndefined();
    // Christmas 2045 in Germany and Andorra's Meritxell day (Wed 8 Sep 2027) come from the library.
    expect(isWorkingDay('2045-12-25', 'DE')).toBe(false);
    expect(isWorkingDay('2045-12-27', 'DE')).toBe(true);
    expect(isWorkingDay('2027-09-08', 'AD')).toBe(false);
    expect(isWorkingDay('2027-09-09', 'AD')).toBe(true);
  });

  it('knows every country the library knows, and no other code', () => {
    expect(isKnownCalendar('AD')).toBe(true);
    expect(isKnownCalendar('NONE')).toBe(true);
    expect(isKnownCalendar('XX')).toBe(false);
    expect(isKnownCalendar('de')).toBe(false);
    expect(isKnownCalendar('constructor')).toBe(false);
  });
});
