import {
  scenariosBySite,
  type Investigator,
  type Site,
  type Workspace,
} from '../../../domain/workspace/index';
import type { SitePrior } from '../../../engine/priors/index';
import {
  countryDefaultRate,
  namedSitePrior,
  type CountryDefault,
} from '../../../engine/evaluation/site-priors';

export { countryDefaultRate as countryDefault, type CountryDefault };

export interface SiteRow {
  site: Site;
  pi: Investigator | undefined;
  /** Sites led by this site's PI (1 when only this one). */
  piSiteCount: number;
  countryDefault: CountryDefault;
  prior: SitePrior | null;
  /** Why there is no prior (e.g. a zero country default). */
  priorProblem: string | null;
  /** Names of the scenarios that use this site as a named site. */
  scenarioNames: string[];
}

/** Joins sites with their PI and gives each site its rate prior (computed on first read). */
export function buildSiteRows(ws: Workspace): SiteRow[] {
  const pis = new Map(ws.investigators.map((p) => [p.id, p]));
  const led = new Map<string, number>();
  for (const s of ws.sites)
    if (s.investigatorId) led.set(s.investigatorId, (led.get(s.investigatorId) ?? 0) + 1);
  const defaults = new Map<string, CountryDefault>();
  const optimismDiscount = ws.settings.optimismDiscount;
  const scenarioName = new Map(ws.scenarios.map((s) => [s.id, s.name]));
  const inScenarios = scenariosBySite(ws.scenarios);
  return ws.sites.map((site) => {
    const scenarioNames = (inScenarios.get(site.id) ?? []).map((id) => scenarioName.get(id) ?? id);
    const pi = site.investigatorId ? pis.get(site.investigatorId) : undefined;
    let def = defaults.get(site.country);
    if (!def) {
      def = countryDefaultRate(ws, site.country);
      defaults.set(site.country, def);
    }
    if (def.rate <= 0) {
      const priorProblem = `The country default for ${site.country} is 0 patients/month (${def.basis}).`;
      return {
        site,
        pi,
        piSiteCount: pi ? (led.get(pi.id) ?? 1) : 0,
        countryDefault: def,
        prior: null,
        priorProblem,
        scenarioNames,
      };
    }
    // The prior (Gamma quantiles for its 90% interval) is computed when first read: the table
    // reads it for the rows on screen only, and 10,000 priors at once took ~200 ms of the main
    // thread when the screen opened. Sorting or filtering by it reads it for every row, once.
    const rate = def.rate;
    let prior: SitePrior | undefined;
    return {
      site,
      pi,
      piSiteCount: pi ? (led.get(pi.id) ?? 1) : 0,
      countryDefault: def,
      get prior() {
        prior ??= namedSitePrior(site, pi, rate, optimismDiscount);
        return prior;
      },
      priorProblem: null,
      scenarioNames,
    };
  });
}
