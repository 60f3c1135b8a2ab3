/**
 * Time to target for a mix: P(N(t) ≥ target) from the same moment-matched negative binomial, with
 * the site moments re-evaluated at month t, and its quantiles by bisection in t.
 */
import { probabilityAtLeast } from './count-tail';
import type { CompiledProblem } from './model';
import { siteMoments } from './site-model';

/** P(target non-dropout patients reached by month t) for the mix. */
export function successProbabilityAt(problem: CompiledProblem, sites: readonly number[], t: number): number {
  let mean = 0;
  let variance = 0;
  sites.forEach((n, i) => {
    if (n === 0) return;
    const m = siteMoments(problem.countries[i] as (typeof problem.countries)[number], t);
    mean += n * m.mean;
    variance += n * m.variance;
  });
  return probabilityAtLeast(problem.spec.target, mean, variance);
}

/**
 * Month by which the target is reached with probability q (q = 0.5: the P50 last-patient-in),
 * to 1e-4 months; Infinity if not within 1200 months (e.g. a mix with no enrolling sites).
 */
export function monthsToTargetQuantile(problem: CompiledProblem, sites: readonly number[], q = 0.5): number {
  let hi = Math.max(1, problem.spec.windowMonths);
  while (successProbabilityAt(problem, sites, hi) < q) {
    hi *= 2;
    if (hi > 1200) return Infinity;
  }
  let lo = 0;
  while (hi - lo > 1e-4) {
    const mid = (lo + hi) / 2;
    if (successProbabilityAt(problem, sites, mid) >= q) hi = mid;
    else lo = mid;
  }
  return hi;
}
