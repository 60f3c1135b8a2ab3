import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';

/**
 * The CLI bundle's stand-in for src/engine/calendar/date-holidays-loader.ts (scripts/build-cli.mjs
 * swaps the file): the same library, required on first use instead of at start-up, because the
 * engine asks for it only for a country-year outside the precomputed holiday table.
 * tests/unit/cli/lazy-date-holidays.test.ts checks that it gives the same holidays.
 */
const require = createRequire(import.meta.url);
let loaded: typeof Holidays | undefined;

export function loadDateHolidays(): typeof Holidays {
  loaded ??= require('date-holidays') as typeof Holidays;
  return loaded;
}
