/**
 * Probability that a scenario delivers a region's required share of patients — the bridge between
 * the MHLW/ICH E17 minimum fraction and the recruitment forecast.
 */
import { normalCdf, regularizedBeta } from '../stats/index';

/** Mean and variance of a patient count (patients). */
export interface CountMoments {
  mean: number;
  variance: number;
}

/**
 * P(share ≥ minShare) when the region's share has the given mean and variance: a Beta distribution
 * matched to the two moments (shares live in [0, 1], so a Beta respects the bounds a normal would
 * break). Degenerate variance gives a step function.
 *
 * @param meanShare expected share of the region, in [0, 1]
 * @param varianceShare variance of the share
 * @param minShare required share, in [0, 1]
 */
export function shareProbabilityFromMoments(
  meanShare: number,
  varianceShare: number,
  minShare: number,
): number {
  if (!(meanShare >= 0 && meanShare <= 1))
    throw new RangeError(`meanShare must be in [0, 1], got ${meanShare}`);
  if (!(varianceShare >= 0)) throw new RangeError(`varianceShare must be ≥ 0, got ${varianceShare}`);
  if (minShare <= 0) return 1;
  if (minShare > 1) return 0;
  const maxVar = meanShare * (1 - meanShare);
  if (varianceShare === 0 || maxVar === 0) return meanShare >= minShare ? 1 : 0;
  // A variance at or above m(1−m) admits no Beta; cap just below it (a near two-point law).
  const v = Math.min(varianceShare, maxVar * (1 - 1e-9));
  const k = maxVar / v - 1;
  const a = meanShare * k;
  const b = (1 - meanShare) * k;
  // With a denormal mean (5e-324) the cap above rounds back to m(1−m), k to 0 and I_x(0, 0) is NaN
  // (found by tests/unit/fuzz). The Beta's limit as k → 0 is the two-point law P(share = 1) = m.
  if (!(a > 0 && b > 0)) return meanShare;
  return 1 - regularizedBeta(minShare, a, b);
}

/** P(share ≥ minShare) estimated from Monte Carlo samples of the share (empirical fraction). */
export function shareProbabilityFromSamples(samples: readonly number[], minShare: number): number {
  if (samples.length === 0) throw new RangeError('samples must not be empty');
  let hits = 0;
  for (const s of samples) if (s >= minShare) hits++;
  return hits / samples.length;
}

/**
 * P(A / (A + B) ≥ s) for independent region count A and rest-of-trial count B, by the normal
 * approximation of the linear form (1 − s)A − sB ≥ 0 (exact event rewrite; only the law is
 * approximated). Used by the optimizer for "share met with probability ≥ q" constraints.
 */
export function shareProbabilityFromCounts(
  region: CountMoments,
  rest: CountMoments,
  minShare: number,
): number {
  if (minShare <= 0) return 1;
  const mean = (1 - minShare) * region.mean - minShare * rest.mean;
  const variance = (1 - minShare) ** 2 * region.variance + minShare ** 2 * rest.variance;
  if (variance <= 0) return mean >= 0 ? 1 : 0;
  return normalCdf(mean / Math.sqrt(variance));
}
