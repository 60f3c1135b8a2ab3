import type { CountryOutcome } from '../../../engine/evaluation/evaluate';

/** Most countries drawn in one start-up Gantt. */
export const GANTT_COUNTRIES = 20;

/**
 * The countries a start-up Gantt draws: all of them up to {@link GANTT_COUNTRIES}, else the ones
 * whose first site opens last (the start-up critical path), in their original order. A 60-row
 * chart is 2,000 px tall and hard to read; the country table lists every country.
 */
export function ganttCountries(
  countries: CountryOutcome[],
  limit = GANTT_COUNTRIES,
): { shown: CountryOutcome[]; hidden: number } {
  if (countries.length <= limit) return { shown: countries, hidden: 0 };
  const open = (c: CountryOutcome) => (Number.isFinite(c.firstSiteOpenP50) ? c.firstSiteOpenP50 : Infinity);
  const latest = new Set([...countries].sort((a, b) => open(b) - open(a)).slice(0, limit));
  return { shown: countries.filter((c) => latest.has(c)), hidden: countries.length - limit };
}
