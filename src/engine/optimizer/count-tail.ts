/**
 * P(N ≥ n) for a recruitment count with mean M and variance V ≥ M, using the moment-matched
 * negative binomial — the Poisson–Gamma mixture with Gamma(shape M²/(V − M), rate M/(V − M))
 * intensity (the "PG approximation" of Mountain & Sherlock, Biometrics 2022; MODELS.md §1).
 * A sum of independent Poisson–Gamma sites with staggered/random openings is matched on its first
 * two moments. V ≈ M falls back to the Poisson tail.
 */
import { logGamma, regularizedBeta } from '../stats/index';

/** Regularised lower incomplete gamma P(a, x) (series / Lentz continued fraction, NR §6.2). */
export function regularizedGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const lnFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let k = 1; k < 100000; k++) {
      term *= x / (a + k);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return Math.min(1, sum * Math.exp(lnFront));
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 100000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.max(0, 1 - Math.exp(lnFront) * h);
}

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
