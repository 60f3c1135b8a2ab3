import {
  getTherapeuticArea,
  mostLikely,
  recruitmentBenchmarks,
  recruitmentMultiplier,
  referenceData,
} from '../../domain/reference/index';
import type { Investigator, Site, Workspace } from '../../domain/workspace/index';
import { sitePrior, type SitePrior, type SitePriorInput } from '../priors/index';

export interface CountryDefault {
  /** patients/site/month */
  rate: number;
  /** How the default was built, in words. */
  basis: string;
}

const two = (x: number) => x.toFixed(2);

/**
 * A country's default recruitment rate for the study's therapeutic area and phase: the area's base
 * rate (most likely; a typical phase 3 study, ClinicalTrials.gov benchmark) × the fitted phase
 * factor × the country's recruitment multiplier — `multiplier` when given (a scenario's
 * value), else the user's override from the Countries screen, else the reference value. The one
 * definition the Sites screen and the scenario model share.
 */
export function countryDefaultRate(ws: Workspace, iso2: string, multiplier?: number): CountryDefault {
  const areaId = ws.study.therapeuticArea;
  const area = getTherapeuticArea(areaId);
  const areaBase = area
    ? area.baseRatePerSiteMonth.mode
    : referenceData.therapeuticAreas.overallBaseRatePerSiteMonth.mode;
  const phase = recruitmentBenchmarks.phaseFactor(ws.study.phase);
  const base = areaBase * phase.factor;
  const baseLabel = `${area ? `${area.name} base ${two(areaBase)}` : `all-area base ${two(areaBase)}`}${phase.factor === 1 ? '' : ` × ${phase.basis}`}`;
  if (multiplier !== undefined)
    return { rate: base * multiplier, basis: `${baseLabel} × ${iso2} multiplier ${two(multiplier)}` };
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

// Priors depend only on these six numbers; sites often share them, and one site edit should not
// recompute 10,000 gamma quantiles. Bounded so a long session cannot grow it without limit.
const priorCache = new Map<string, SitePrior>();

/** sitePrior with a memo keyed by its inputs (pure: same inputs, same prior). */
export function cachedSitePrior(input: SitePriorInput): SitePrior {
  const key = [
    input.countryDefaultRate,
    input.piTrialsInArea,
    input.piPastEnrollmentPerMonth,
    input.selfEstimatePerMonth,
    input.optimismDiscount,
    input.competingTrials,
  ].join('|');
  let prior = priorCache.get(key);
  if (!prior) {
    if (priorCache.size > 50_000) priorCache.clear();
    prior = sitePrior(input);
    priorCache.set(key, prior);
  }
  return prior;
}

/** A named site's rate prior from its country default, its PI's history and its own estimate. */
export function namedSitePrior(
  site: Site,
  pi: Investigator | undefined,
  defaultRate: number,
  optimismDiscount: number,
): SitePrior {
  return cachedSitePrior({
    countryDefaultRate: defaultRate,
    optimismDiscount,
    competingTrials: site.competingTrials,
    ...(pi ? { piTrialsInArea: pi.trialsInArea } : {}),
    ...(pi?.pastEnrollmentPerMonth !== undefined
      ? { piPastEnrollmentPerMonth: pi.pastEnrollmentPerMonth }
      : {}),
    ...(site.selfEstimatePerMonth !== undefined ? { selfEstimatePerMonth: site.selfEstimatePerMonth } : {}),
  });
}
