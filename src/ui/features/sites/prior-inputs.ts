import { getTherapeuticArea, mostLikely, recruitmentMultiplier, referenceData } from '../../../domain/reference/index';
import type { Investigator, Site, Workspace } from '../../../domain/workspace/index';
import { sitePrior } from '../../../engine/priors/index';
import type { SitePrior } from '../../../engine/priors/index';

export interface CountryDefault {
  /** patients/site/month */
  rate: number;
  /** How the default was built, in words. */
  basis: string;
}

const two = (x: number) => x.toFixed(2);

/**
 * The country × therapeutic-area default rate: the area's base rate (most likely value) times the
 * country's recruitment multiplier — the user's override from the Countries screen when there is
 * one, else the reference value.
 */
export function countryDefault(ws: Workspace, iso2: string): CountryDefault {
  const areaId = ws.study.therapeuticArea;
  const area = getTherapeuticArea(areaId);
  const base = area ? area.baseRatePerSiteMonth.mode : referenceData.therapeuticAreas.overallBaseRatePerSiteMonth.mode;
  const baseLabel = area ? `${area.name} base ${two(base)}` : `all-area base ${two(base)}`;
  const override = ws.countries.find((c) => c.iso2 === iso2)?.overrides.recruitmentMultiplier?.value;
  if (override !== undefined) {
    const m = typeof override === 'number' ? override : override.mode;
    return { rate: base * m, basis: `${baseLabel} × your ${iso2} multiplier ${two(m)}` };
  }
  const ref = recruitmentMultiplier(iso2, areaId);
  if (!ref) return { rate: base, basis: `${baseLabel} (no reference data for ${iso2}: multiplier 1)` };
  const m = mostLikely(ref);
  return { rate: base * m, basis: `${baseLabel} × ${iso2} multiplier ${two(m)}` };
}

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

// Priors depend only on these six numbers; sites often share them, and a site edit should not
// recompute 10,000 gamma quantiles. Bounded so a long session cannot grow it without limit.
const priorCache = new Map<string, SitePrior>();
function cachedPrior(input: Parameters<typeof sitePrior>[0]): SitePrior {
  const key = [input.countryDefaultRate, input.piTrialsInArea, input.piPastEnrollmentPerMonth, input.selfEstimatePerMonth, input.optimismDiscount, input.competingTrials].join('|');
  let prior = priorCache.get(key);
  if (!prior) {
    if (priorCache.size > 50_000) priorCache.clear();
    prior = sitePrior(input);
    priorCache.set(key, prior);
  }
  return prior;
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
      def = countryDefault(ws, site.country);
      defaults.set(site.country, def);
    }
    let prior: SitePrior | null = null;
    let priorProblem: string | null = null;
    if (def.rate > 0) {
      prior = cachedPrior({
        countryDefaultRate: def.rate,
        ...(pi ? { piTrialsInArea: pi.trialsInArea } : {}),
        ...(pi?.pastEnrollmentPerMonth !== undefined ? { piPastEnrollmentPerMonth: pi.pastEnrollmentPerMonth } : {}),
        ...(site.selfEstimatePerMonth !== undefined ? { selfEstimatePerMonth: site.selfEstimatePerMonth } : {}),
        optimismDiscount: ws.settings.optimismDiscount,
        competingTrials: site.competingTrials,
      });
    } else {
      priorProblem = `The country default for ${site.country} is 0 patients/month (${def.basis}).`;
    }
    return { site, pi, piSiteCount: pi ? (led.get(pi.id) ?? 1) : 0, countryDefault: def, prior, priorProblem };
  });
}
