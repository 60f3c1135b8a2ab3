import { regularizedBeta } from './incomplete-beta';

/**
 * Negative binomial with real `size` r and success probability p: the Poisson–Gamma count
 * (Poisson with a Gamma(r, rate) mean has p = rate/(rate + 1)). Mean r(1−p)/p.
 * P(N ≤ k) = I_p(r, k + 1).
 */
export function negBinCdf(k: number, size: number, p: number): number {
  if (k < 0) return 0;
  if (p >= 1) return 1;
  return regularizedBeta(p, size, Math.floor(k) + 1);
}

/** P(N ≥ n) = I_{1−p}(n, r) for integer n ≥ 1. */
export function negBinSurvivalAtLeast(n: number, size: number, p: number): number {
  if (n <= 0) return 1;
  if (p >= 1) return 0;
  return regularizedBeta(1 - p, n, size);
}

/** Smallest integer k with P(N ≤ k) ≥ q (0 < q < 1), by bracketing and integer bisection. */
export function negBinQuantile(q: number, size: number, p: number): number {
  if (p >= 1) return 0;
  const mean = (size * (1 - p)) / p;
  const sd = Math.sqrt(mean / p);
  let lo = -1; // P(N ≤ lo) < q
  let hi = Math.max(0, Math.ceil(mean + 8 * sd));
  while (negBinCdf(hi, size, p) < q) {
    lo = hi;
    hi = hi * 2 + 1;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (negBinCdf(mid, size, p) >= q) hi = mid;
    else lo = mid;
  }
  return hi;
}
