import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { loadDateHolidays } from '../../../src/cli/lazy-date-holidays';

/*
 * The CLI bundle requires date-holidays' CommonJS build on first use (scripts/build-cli.mjs swaps
 * src/engine/calendar/date-holidays-loader.ts for src/cli/lazy-date-holidays.ts); the app and the
 * tests import its ES module build. Both must give the same holidays.
 */
describe('the CLI’s lazily required date-holidays', () => {
  it('is loaded once and gives the same holidays as the ES module', () => {
    const Lazy = loadDateHolidays();
    expect(loadDateHolidays()).toBe(Lazy);
    for (const [code, year] of [
      ['KR', 2027],
      ['IN', 2027],
      ['AD', 2045],
      ['CN', 2041],
    ] as const) {
      const names = (H: typeof Holidays) =>
        new H(code).getHolidays(year).map((h) => `${h.date} ${h.type} ${h.name}`);
      expect(names(Lazy), `${code} ${year}`).toEqual(names(Holidays));
    }
    expect(Object.keys(new Lazy().getCountries())).toEqual(Object.keys(new Holidays().getCountries()));
  });
});
