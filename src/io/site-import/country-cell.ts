import { resolveCountry } from '../../domain/reference/country-names';

/** A country cell that was a name, and the code it was read as (shown to the user before import). */
export interface CountryNameMapping {
  text: string;
  iso2: string;
  /** Rows that used this spelling. */
  rows: number;
}

export type CountryCell = { ok: true; iso2: string; viaName: boolean } | { ok: false; reason: string };

/**
 * Reads a site list's country cell: an ISO code or a country name (ISO, ClinicalTrials.gov or
 * common English spelling). A country the planner has no reference data for is refused by name,
 * so "Russian Federation" reads as "RU, no reference data" rather than "unknown".
 */
export function readCountryCell(cell: string, knownCountries: ReadonlySet<string> | undefined): CountryCell {
  const match = resolveCountry(cell);
  if (!match) {
    return {
      ok: false,
      reason: `Unknown country "${cell}": use a two-letter ISO code (e.g. "KR") or an English country name`,
    };
  }
  if (knownCountries && !knownCountries.has(match.iso2)) {
    return {
      ok: false,
      reason:
        match.how === 'name'
          ? `"${cell}" is ${match.iso2}, a country MRCT Planner has no reference data for`
          : `Unknown country code "${match.iso2}" (no reference data for it)`,
    };
  }
  return { ok: true, iso2: match.iso2, viaName: match.how === 'name' };
}

/** Adds one use of a name spelling to the list shown with the import. */
export function noteCountryName(list: Map<string, CountryNameMapping>, text: string, iso2: string): void {
  const found = list.get(text);
  if (found) found.rows++;
  else list.set(text, { text, iso2, rows: 1 });
}
