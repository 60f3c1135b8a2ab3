import { sampleGamma } from '../random/samplers';
import { Sfc32 } from '../random/sfc32';
import { quantileSorted } from '../stats/quantile';
import { prepareStartup, sampleStartupOpenings } from './startup-sampling';
import type { StartupPlan } from './types';

/** P10/P50/P90 of an activation time (months from study start) and the chance it never happens. */
export interface ActivationSummary {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  /** Fraction of runs in which this never happens. */
  pNever: number;
}

export interface StartupSite {
  countryId: string;
  /** Optional Gamma prior of the site's rate (shape, RATE per month) for first-patient-in. */
  shape?: number;
  rate?: number;
}

export interface StartupResult {
  /** Per site, in input order; quantiles over runs where the site activates. */
  sites: ActivationSummary[];
  firstSiteActivated: ActivationSummary;
  /** First patient in across all sites; present when every site has a rate prior. */
  firstPatientIn: ActivationSummary | undefined;
}

/**
 * Simulates the start-up model (docs/regulatory-clocks.md and docs/forecast-spec.md): per country, approval = max(regulatory, ethics)
 * when parallel or their sum when sequential, then gates (concurrently); per site, contract and
 * initiation on top. The country part is drawn once per run and shared by its sites. A site
 * never activates with its country's pNeverActivate. First patient in: each activated site's
 * first arrival is u + E/λ with λ ~ Gamma(shape, rate) and E ~ Exp(1); the minimum over sites.
 */
export function simulateStartup(
  plan: StartupPlan,
  sites: StartupSite[],
  options: { runs?: number; seed?: number | string } = {},
): StartupResult {
  const runs = options.runs ?? 10_000;
  const rng = new Sfc32(options.seed ?? 1);
  const countryIds = [...new Set(sites.map((s) => s.countryId))];
  const prepared = prepareStartup(plan, countryIds);
  const siteCountry = Int32Array.from(sites, (s) => countryIds.indexOf(s.countryId));
  const n = sites.length;
  const withRates =
    n > 0 && sites.every((s) => s.shape !== undefined && s.rate !== undefined && s.shape > 0 && s.rate > 0);
  const perSite = new Float64Array(n * runs);
  const first = new Float64Array(runs);
  const fpi = new Float64Array(runs);
  const open = new Float64Array(n);
  const scratch = new Float64Array(countryIds.length);
  for (let r = 0; r < runs; r++) {
    sampleStartupOpenings(rng, prepared, siteCountry, scratch, open);
    let firstOpen = Infinity;
    let firstPatient = Infinity;
    for (let i = 0; i < n; i++) {
      const u = open[i]!;
      perSite[i * runs + r] = u;
      if (u < firstOpen) firstOpen = u;
      if (withRates && u !== Infinity) {
        const site = sites[i]!;
        const lambda = sampleGammaRate(rng, site.shape!, site.rate!);
        const arrival = u - Math.log(rng.nextFloat()) / lambda;
        if (arrival < firstPatient) firstPatient = arrival;
      }
    }
    first[r] = firstOpen;
    fpi[r] = firstPatient;
  }
  return {
    sites: sites.map((_, i) => summarize(perSite.subarray(i * runs, (i + 1) * runs))),
    firstSiteActivated: summarize(first),
    firstPatientIn: withRates ? summarize(fpi) : undefined,
  };
}

function sampleGammaRate(rng: Sfc32, shape: number, rate: number): number {
  return sampleGamma(rng, shape, rate);
}

function summarize(values: Float64Array): ActivationSummary {
  const finite = Float64Array.from(values.filter((v) => v !== Infinity)).sort();
  const pNever = 1 - finite.length / values.length;
  let sum = 0;
  for (const v of finite) sum += v;
  return {
    p10: quantileSorted(finite, 0.1),
    p50: quantileSorted(finite, 0.5),
    p90: quantileSorted(finite, 0.9),
    mean: finite.length > 0 ? sum / finite.length : NaN,
    pNever,
  };
}
