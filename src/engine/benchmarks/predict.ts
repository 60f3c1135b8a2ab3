import { inverseRegularizedBeta, regularizedBeta } from '../stats/index';
import type { BenchmarkArea, BenchmarkPhase } from './classify';
import { regionOf, totalRateCv2, type FittedModel } from './fit';

/** What a planner knows before a study starts: area, phase and sites per country. */
export interface PlannedStudy {
  area: BenchmarkArea;
  phase: BenchmarkPhase;
  sites: readonly (readonly [iso2: string, count: number])[];
}

/** Log multiplier of a country: its own effect, else its region's, else 0 (the anchor). */
export function countryLogEffect(model: FittedModel, iso2: string): number {
  const own = model.countryEffect[iso2];
  if (own !== undefined) return own;
  const region = regionOf(iso2);
  return region ? model.regionEffect[region] : 0;
}

/**
 * The study's total enrolment rate (patients/month, all sites open) as a Gamma distribution:
 * mean exp(a + b)·Σ s_c·exp(g_c), shape k = 1/CV² (study factor and site factors, see fit.ts).
 */
export function studyRateDistribution(
  model: FittedModel,
  study: PlannedStudy,
): { mean: number; shape: number } {
  let sumSm = 0;
  let sumSm2 = 0;
  for (const [iso2, count] of study.sites) {
    const m = Math.exp(countryLogEffect(model, iso2));
    sumSm += count * m;
    sumSm2 += count * m * m;
  }
  if (!(sumSm > 0)) throw new RangeError('studyRateDistribution: the study needs at least one site');
  const mean = Math.exp((model.areaEffect[study.area] ?? 0) + model.phaseEffect[study.phase]) * sumSm;
  return { mean, shape: 1 / totalRateCv2(model.studyShape, model.siteShape, sumSm, sumSm2) };
}

/**
 * Quantile q of the time to enrol n patients when the total rate is Gamma(k, rate k/mean):
 * T/β ~ BetaPrime(n, k) with β = k/mean (MODELS.md §1), months.
 */
export function enrollmentTimeQuantile(q: number, n: number, rate: { mean: number; shape: number }): number {
  const beta = rate.shape / rate.mean;
  const x = inverseRegularizedBeta(q, n, rate.shape);
  return (beta * x) / (1 - x);
}

/** P(T ≤ t): the probability integral transform of an observed enrollment period t. */
export function enrollmentTimeCdf(t: number, n: number, rate: { mean: number; shape: number }): number {
  if (!(t > 0)) return 0;
  const beta = rate.shape / rate.mean;
  return regularizedBeta(t / (t + beta), n, rate.shape);
}
