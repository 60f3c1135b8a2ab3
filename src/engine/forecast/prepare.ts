import { sitesFromGroups } from './sites';
import { prepareStartup, type PreparedStartup } from './startup-sampling';
import type { ForecastInput, SiteArrays } from './types';

/** A forecast input normalised once, before any method runs. */
export interface PreparedForecast {
  /** Patients still to count: target − alreadyCounted (≥ 1 unless already met). */
  remaining: number;
  target: number;
  alreadyCounted: number;
  sites: SiteArrays;
  /** Effective (thinned) Gamma rate per site: β_i / keep, since keep·Gamma(α, β) = Gamma(α, β/keep). */
  effRate: Float64Array;
  countryIds: string[];
  /** Remaining country cap (cap − actuals), Infinity = none. */
  countryCap: Float64Array;
  alreadyByCountry: Float64Array;
  hasCaps: boolean;
  startup: PreparedStartup | undefined;
  now: number;
  deadline: number | undefined;
  at: number[];
}

/** Fraction of prior-rate patients that are counted (randomised or evaluable). */
export function keepFraction(input: ForecastInput): number {
  const t = input.thinning ?? {};
  const randomised = 1 - (t.screenFailure ?? 0);
  return t.countEvaluable ? randomised * (1 - (t.dropout ?? 0)) : randomised;
}

export function prepareForecast(input: ForecastInput): PreparedForecast {
  const fromGroups = Array.isArray(input.sites);
  const { sites, countryIds } = Array.isArray(input.sites)
    ? sitesFromGroups(input.sites, input.countryIds ?? [])
    : { sites: input.sites, countryIds: input.countryIds ?? ['—'] };
  if (!fromGroups && countryIds.length === 0)
    throw new Error('countryIds must name every country index used by sites');
  const keep = keepFraction(input);
  if (!(keep > 0 && keep <= 1)) throw new Error('thinning: screenFailure and dropout must be in [0, 1)');
  const effRate = new Float64Array(sites.count);
  for (let i = 0; i < sites.count; i++) effRate[i] = sites.rate[i]! / keep;
  const k = countryIds.length;
  const countryCap = new Float64Array(k).fill(Infinity);
  const alreadyByCountry = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    alreadyByCountry[c] = input.alreadyCountedByCountry?.[countryIds[c]!] ?? 0;
    const cap = input.countryCaps?.[countryIds[c]!];
    if (cap !== undefined) countryCap[c] = Math.max(0, cap - alreadyByCountry[c]!);
  }
  let hasCaps = countryCap.some((c) => c !== Infinity);
  for (let i = 0; i < sites.count && !hasCaps; i++) hasCaps = sites.cap[i] !== Infinity;
  const already = input.alreadyCounted ?? 0;
  return {
    remaining: Math.max(0, input.target - already),
    target: input.target,
    alreadyCounted: already,
    sites,
    effRate,
    countryIds,
    countryCap,
    alreadyByCountry,
    hasCaps,
    startup: input.startup ? prepareStartup(input.startup, countryIds) : undefined,
    now: input.now ?? 0,
    deadline: input.deadline,
    at: input.at ?? [],
  };
}
