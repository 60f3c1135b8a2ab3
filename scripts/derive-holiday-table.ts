/**
 * npm run derive-holiday-table: writes data/calendars/date-holidays-table.json, date-holidays'
 * public holidays (as the engine reads them: src/engine/calendar/date-holidays-library.ts) for
 * every reference country and pathway calendar, 2020–2040. Run it after upgrading
 * date-holidays; tests/unit/engine/calendar/holiday-table.test.ts fails until then.
 * Deterministic (~15 s: the lunar calendars of TW, HK and CN take most of it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deriveHolidayTable } from '../src/engine/calendar/date-holidays-library';
import { referenceData } from '../src/domain/reference/index';

/** Studies are planned from submission dates in these years (regulatory clocks run in the first). */
const FIRST_YEAR = 2020;
const LAST_YEAR = 2040;
/** Every reference country (an EU reporting member state among them) and every pathway's calendar. */
const codes = [
  ...new Set([
    ...referenceData.countries.map((c) => c.iso2),
    ...referenceData.pathways.map((p) => p.holidayCalendar),
  ]),
].filter((code) => code !== 'NONE');

const started = performance.now();
const version = (
  JSON.parse(
    readFileSync(new URL('../node_modules/date-holidays/package.json', import.meta.url), 'utf8'),
  ) as {
    version: string;
  }
).version;
const table = deriveHolidayTable(`date-holidays ${version}`, codes, FIRST_YEAR, LAST_YEAR);
writeFileSync(
  new URL('../data/calendars/date-holidays-table.json', import.meta.url),
  `${JSON.stringify(table, null, 2)}\n`,
);
console.log(
  `date-holidays-table.json: ${Object.keys(table.offDays).length} countries × ${table.lastYear - table.firstYear + 1} years (${Math.round(performance.now() - started)} ms)`,
);
