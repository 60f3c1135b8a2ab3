import Papa from 'papaparse';
import { isIsoDate } from '../domain/dates';
import type { ActualRow } from '../engine/forecast/actuals';

export type { ActualRow };
/** A problem in the file, naming the 1-based row (header = row 1), the column and the value. */
export interface ActualsError {
  row: number;
  column: 'site id' | 'date' | 'patients randomised' | 'row';
  value: string;
  reason: string;
}

/**
 * Dates that bound an actuals file: a row dated after the as-of date, or after today, cannot be an
 * actual (issue 13: such rows silently re-forecast from the future). ISO dates YYYY-MM-DD.
 */
export interface ActualsDates {
  asOf?: string;
  today?: string;
}

export type ActualsParseResult = { ok: true; rows: ActualRow[] } | { ok: false; errors: ActualsError[] };

/**
 * Parses and validates an actuals CSV (columns: site id, date YYYY-MM-DD, patients randomised;
 * an optional header row is recognised when its date cell is not a date). Every problem is
 * reported — unknown site id (checked against `knownSiteIds`), bad date, negative or non-integer
 * count, dates not strictly increasing within a site — and no data is returned unless the whole
 * file is valid, so nothing is ever half-applied.
 */
export function parseActualsCsv(
  text: string,
  knownSiteIds: readonly string[],
  dates: ActualsDates = {},
): ActualsParseResult {
  // Blank rows are skipped here rather than by Papa (or a trim of the text), so that `row` stays
  // the row number the user sees in the file even after blank lines (found by fuzzing).
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''));
  const table = parsed.data
    .map((r, idx) => ({ row: idx + 1, cells: r.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  const known = new Set(knownSiteIds);
  const errors: ActualsError[] = [];
  const rows: ActualRow[] = [];
  const lastDate = new Map<string, string>();
  const first = table[0]?.cells ?? [];
  // The first row is a header only when nothing in it looks like data. Testing the date cell
  // alone silently dropped a first data row with a mistyped date such as 2026-02-30 (found by
  // tests/unit/fuzz/actuals-csv.fuzz.test.ts).
  const hasHeader =
    table.length > 0 &&
    !known.has(first[0] ?? '') &&
    !/\d/.test(first[1] ?? '') &&
    !Number.isFinite(Number(first[2] || 'x'));
  table.forEach(({ row, cells }, idx) => {
    if (idx === 0 && hasHeader) return;
    if (cells.length !== 3) {
      errors.push({
        row,
        column: 'row',
        value: cells.join(','),
        reason: `expected 3 columns (site id, date, patients randomised), found ${cells.length}`,
      });
      return;
    }
    const [siteId, date, count] = cells as [string, string, string];
    let ok = true;
    if (!known.has(siteId)) {
      errors.push({ row, column: 'site id', value: siteId, reason: 'unknown site id' });
      ok = false;
    }
    if (!isIsoDate(date)) {
      errors.push({ row, column: 'date', value: date, reason: 'not a valid date in YYYY-MM-DD form' });
      ok = false;
    }
    const patients = Number(count);
    if (count === '' || !Number.isFinite(patients)) {
      errors.push({ row, column: 'patients randomised', value: count, reason: 'not a number' });
      ok = false;
    } else if (patients < 0) {
      errors.push({ row, column: 'patients randomised', value: count, reason: 'negative count' });
      ok = false;
    } else if (!Number.isInteger(patients)) {
      errors.push({ row, column: 'patients randomised', value: count, reason: 'not a whole number' });
      ok = false;
    }
    if (isIsoDate(date) && dates.today && date > dates.today) {
      errors.push({ row, column: 'date', value: date, reason: `in the future (today is ${dates.today})` });
      ok = false;
    } else if (isIsoDate(date) && dates.asOf && date > dates.asOf) {
      errors.push({ row, column: 'date', value: date, reason: `after the as-of date ${dates.asOf}` });
      ok = false;
    }
    if (isIsoDate(date) && known.has(siteId)) {
      const previous = lastDate.get(siteId);
      if (previous !== undefined && date <= previous) {
        errors.push({
          row,
          column: 'date',
          value: date,
          reason: `dates out of order for site ${siteId}: ${date} is not after ${previous}`,
        });
        ok = false;
      }
      lastDate.set(siteId, date);
    }
    if (ok) rows.push({ siteId, date, patients });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
