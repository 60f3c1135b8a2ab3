import { daysBetween, DAYS_PER_MONTH } from '../../domain/dates';

/** One validated row of an actuals file: patients randomised at a site on a date. */
export interface ActualRow {
  siteId: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** Patients randomised at this site on this date (an increment, not a running total). */
  patients: number;
}

/**
 * Totals per site as of `asOf`: patients k and exposure τ in months (days/30.4375) since the
 * site's activation date, which defaults to its first actuals row when not given.
 */
export function summarizeActuals(
  rows: readonly ActualRow[],
  asOf: string,
  activationDates: Readonly<Record<string, string>> = {},
): Array<{ siteId: string; patients: number; monthsOpen: number }> {
  const bySite = new Map<string, { patients: number; first: string }>();
  for (const r of rows) {
    if (r.date > asOf) continue;
    const s = bySite.get(r.siteId);
    if (s) s.patients += r.patients;
    else bySite.set(r.siteId, { patients: r.patients, first: r.date });
  }
  return [...bySite].map(([siteId, s]) => ({
    siteId,
    patients: s.patients,
    monthsOpen: Math.max(0, daysBetween(activationDates[siteId] ?? s.first, asOf)) / DAYS_PER_MONTH,
  }));
}
