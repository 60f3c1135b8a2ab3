import { croCovers } from '../../domain/workspace/index';
import type { Cro, Scenario } from '../../domain/workspace/index';

/** Does the CRO run trials in this country (listed directly, or through its region)? One rule: the domain's. */
export const croCoversCountry = croCovers;

export type CoverageStatus = 'covered' | 'not-covered' | 'no-cro' | 'unknown-cro';

export interface CountryCoverage {
  iso2: string;
  region: string | undefined;
  /** The CRO assigned to this country: the region's CRO if set, else the global one. */
  croId: string | undefined;
  croName: string | undefined;
  /** Where the assignment comes from. */
  via: 'region' | 'global' | 'none';
  status: CoverageStatus;
}

export interface ScenarioCoverage {
  scenarioId: string;
  countries: CountryCoverage[];
  /** Countries whose assigned CRO cannot run them, or that have no CRO at all. */
  flagged: CountryCoverage[];
}

/**
 * Checks each country of a scenario against its assigned CRO. A per-region assignment wins over
 * the global one; a country is flagged when the assigned CRO does not cover it, when the assigned
 * id is not a known CRO, or when no CRO is assigned at all (sponsor-run is allowed but is worth a
 * look, so it is reported as 'no-cro').
 *
 * @param regionOf the reference region of a country (e.g. "Asia-Pacific"), or undefined
 */
export function scenarioCroCoverage(
  scenario: Pick<Scenario, 'id' | 'countries' | 'cro'>,
  cros: readonly Cro[],
  regionOf: (iso2: string) => string | undefined,
): ScenarioCoverage {
  const byId = new Map(cros.map((c) => [c.id, c]));
  const countries = scenario.countries.map(({ iso2 }): CountryCoverage => {
    const region = regionOf(iso2);
    const regional = region === undefined ? undefined : scenario.cro.byRegion[region];
    const croId = regional ?? scenario.cro.globalId;
    const via = regional ? 'region' : scenario.cro.globalId ? 'global' : 'none';
    if (!croId) return { iso2, region, croId, croName: undefined, via, status: 'no-cro' };
    const cro = byId.get(croId);
    if (!cro) return { iso2, region, croId, croName: undefined, via, status: 'unknown-cro' };
    const status = croCoversCountry(cro, iso2, region) ? 'covered' : 'not-covered';
    return { iso2, region, croId, croName: cro.name, via, status };
  });
  return { scenarioId: scenario.id, countries, flagged: countries.filter((c) => c.status !== 'covered') };
}
