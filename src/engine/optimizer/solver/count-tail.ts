/**
 * P(N ≥ n) for a recruitment count with mean M and variance V ≥ M, using the moment-matched
 * negative binomial — the Poisson–Gamma mixture with Gamma(shape M²/(V − M), rate M/(V − M))
 * intensity (the "PG approximation" of Mountain & Sherlock, Biometrics 2022; docs/forecast-spec.md).
 * A sum of independent Poisson–Gamma sites with staggered/random openings is matched on its first
 * two moments. V ≈ M falls back to the Poisson tail.
 */
import { regularizedBeta, regularizedGammaP } from '../../stats/index';

/**
 * P(N ≥ n) for a count with the given mean and variance (patients).
 *
 * NB(size r, prob p) with r = M²/(V − M), p = M/V: P(N ≥ n) = I_{1−p}(n, r). Poisson(M):
 * P(N ≥ n) = P(Gamma(n, 1) ≤ M).
 */
export function probabilityAtLeast(n: number, mean: number, variance: number): number {
  if (n <= 0) return 1;
  if (!(mean > 0)) return 0;
  const excess = variance - mean;
  const r = (mean * mean) / Math.max(excess, 0);
  if (!(excess > mean * 1e-9) || r > 1e7) return regularizedGammaP(n, mean);
  return regularizedBeta(excess / variance, n, r);
}
