import type { Investigator, Site, Workspace } from '../../../domain/workspace/index';
import type { SitePrior } from '../../../engine/priors/index';
import { countryDefaultRate, namedSitePrior, type CountryDefault } from '../../../engine/scenario/site-priors';

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
}

/** Joins sites with their PI and computes each site's rate prior. */
export function buildSiteRows(ws: Workspace): SiteRow[] {
  const pis = new Map(ws.investigators.map((p) => [p.id, p]));
  const led = new Map<string, number>();
  for (const s of ws.sites) if (s.investigatorId) led.set(s.investigatorId, (led.get(s.investigatorId) ?? 0) + 1);
  const defaults = new Map<string, CountryDefault>();
  return ws.sites.map((site) => {
    const pi = site.investigatorId ? pis.get(site.investigatorId) : undefined;
    let def = defaults.get(site.country);
    if (!def) {
      def = countryDefaultRate(ws, site.country);
      defaults.set(site.country, def);
    }
    let prior: SitePrior | null = null;
    let priorProblem: string | null = null;
    if (def.rate > 0) {
      prior = namedSitePrior(site, pi, def.rate, ws.settings.optimismDiscount);
    } else {
      priorProblem = `The country default for ${site.country} is 0 patients/month (${def.basis}).`;
    }
    return { site, pi, piSiteCount: pi ? (led.get(pi.id) ?? 1) : 0, countryDefault: def, prior, priorProblem };
  });
}
