import { getCountry } from '../../domain/reference/index';
import type { Scenario } from '../../domain/workspace/index';
import { isKnownCalendar } from '../calendar/index';

/**
 * The EU reporting member state (RMS) of a scenario's Clinical Trials Regulation application.
 *
 * Regulation (EU) No 536/2014 Art. 5(1): the sponsor proposes one of the member states concerned
 * as reporting member state, which validates the application and leads the Part I assessment; the
 * CTR's time limits are then counted under Regulation (EEC, Euratom) No 1182/71, which rolls a
 * deadline off the public holidays of the member state whose deadline it is. So the CTR clock
 * runs on the RMS's holidays.
 *
 * The scenario states it (`euReportingMemberState`), or by default it is the EU member state of
 * the scenario with the most sites (ties: the first listed): sponsors usually propose the member
 * state where most of the work is. A stated RMS that is not an EU member state of the scenario is
 * not used (a warning says so) and the default applies.
 */
export interface ReportingMemberState {
  iso2: string;
  name: string;
  basis: 'stated' | 'most sites';
}

export function reportingMemberState(
  scenario: Scenario,
  sitesByCountry: ReadonlyMap<string, number>,
): { rms: ReportingMemberState | undefined; warnings: string[] } {
  const warnings: string[] = [];
  const euInScenario = scenario.countries
    .map((c) => getCountry(c.iso2))
    .filter((c) => c !== undefined && c.euMember && c.authorityId === 'eu-ctr');
  const stated = scenario.euReportingMemberState;
  if (stated !== undefined) {
    const chosen = euInScenario.find((c) => c!.iso2 === stated);
    if (chosen && isKnownCalendar(chosen.iso2))
      return { rms: { iso2: chosen.iso2, name: chosen.name, basis: 'stated' }, warnings };
    warnings.push(
      `The stated EU reporting member state ${stated} is not an EU member state of this scenario: the one with the most sites is used.`,
    );
  }
  let best: (typeof euInScenario)[number];
  let bestSites = -1;
  for (const c of euInScenario) {
    const n = sitesByCountry.get(c!.iso2) ?? 0;
    if (n > bestSites && isKnownCalendar(c!.iso2)) {
      best = c;
      bestSites = n;
    }
  }
  return { rms: best ? { iso2: best.iso2, name: best.name, basis: 'most sites' } : undefined, warnings };
}
