import { allocateSites } from './sites';
import { keepFraction } from './prepare';
import type { ForecastInput, SiteArrays } from './types';

/** Actual enrollment of one site so far. */
export interface SiteActual {
  /** Index of the site in the plan's SiteArrays. */
  site: number;
  /** Patients randomised so far. */
  patients: number;
  /** Months the site has been open (exposure τ). */
  monthsOpen: number;
}

/**
 * Posterior of a site's rate after k patients in τ months of exposure: Gamma(α + k, β + τ)
 * (conjugate Poisson–Gamma update; Anisimov 2011, docs/forecast-spec.md). Shape, RATE per month.
 */
export function posteriorRate(
  shape: number,
  rate: number,
  patients: number,
  monthsOpen: number,
): { shape: number; rate: number } {
  return { shape: shape + patients, rate: rate + monthsOpen };
}

/**
 * Re-forecast input from actuals at month `now`: sites with actuals open at `now` with their
 * posterior (on the counted scale: the prior rate is first thinned, then updated by the counted
 * patients); sites without actuals keep their prior and opening, but cannot open before `now`.
 * The actual total becomes the starting count. Pure: the plan is not modified.
 * Actuals are randomised patients, so an evaluable-patient target is refused.
 */
export function reforecastInput(
  plan: ForecastInput & { sites: SiteArrays },
  actuals: SiteActual[],
  now: number,
): ForecastInput {
  if (plan.startup)
    throw new Error(
      're-forecast: a start-up plan cannot yet pin already-open sites; give per-site openings instead',
    );
  if (plan.thinning?.countEvaluable)
    throw new Error('re-forecast: actuals count randomised patients; set countEvaluable to false');
  const src = plan.sites;
  const sites: SiteArrays = allocateSites(src.count);
  for (const key of [
    'shape',
    'rate',
    'openKind',
    'openA',
    'openB',
    'openC',
    'country',
    'cap',
    'pNever',
  ] as const) {
    (sites[key] as Float64Array).set(src[key] as Float64Array);
  }
  const keep = keepFraction(plan);
  const countryIds = plan.countryIds ?? ['—'];
  const byCountry: Record<string, number> = {};
  let total = 0;
  for (const a of actuals) {
    if (a.site < 0 || a.site >= src.count)
      throw new RangeError(`re-forecast: site index ${a.site} is not in the plan`);
    const post = posteriorRate(src.shape[a.site]!, src.rate[a.site]! / keep, a.patients, a.monthsOpen);
    sites.shape[a.site] = post.shape;
    // Store the prior-scale rate so that prepareForecast's thinning (÷ keep) yields post.rate.
    sites.rate[a.site] = post.rate * keep;
    sites.openKind[a.site] = 0;
    sites.openA[a.site] = now;
    sites.pNever[a.site] = 0;
    sites.cap[a.site] = Math.max(0, src.cap[a.site]! - a.patients);
    const id = countryIds[src.country[a.site]!] ?? '—';
    byCountry[id] = (byCountry[id] ?? 0) + a.patients;
    total += a.patients;
  }
  return {
    ...plan,
    sites,
    countryIds,
    now,
    alreadyCounted: (plan.alreadyCounted ?? 0) + total,
    alreadyCountedByCountry: byCountry,
  };
}
