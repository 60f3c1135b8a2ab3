import Holidays from 'date-holidays';

/**
 * date-holidays' constructor. The library is only needed for a country-year outside the table
 * precomputed from it (holiday-table.ts), but importing it costs ~0.2–0.3 s (it loads
 * moment-timezone and every country's rules). The browser bundle keeps this static import; the
 * CLI bundle (scripts/build-cli.mjs) swaps this file for src/cli/lazy-date-holidays.ts, which
 * requires the library on first call, so `mrct evaluate` does not load it when the table covers
 * the study.
 */
export function loadDateHolidays(): typeof Holidays {
  return Holidays;
}
