import { gammaCdf } from '../stats/index';

/**
 * Quantile of Gamma(shape, rate) (rate = RATE parameter, mean = shape / rate): the x with
 * P(X ≤ x) = p. Found by bisection on the regularized incomplete gamma, which is monotone, so it
 * cannot fail to converge; it stops at a relative width of 1e-12.
 *
 * @param p probability in (0, 1)
 * @param shape shape α > 0
 * @param rate rate β > 0 (per month when x is patients/month)
 */
export function gammaQuantile(p: number, shape: number, rate: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`gammaQuantile: p must be in (0, 1), got ${p}`);
  if (!(shape > 0) || !(rate > 0)) throw new RangeError(`gammaQuantile: shape and rate must be > 0`);
  const mean = shape / rate;
  let lo = 0;
  let hi = mean + (10 * Math.sqrt(shape)) / rate;
  while (gammaCdf(hi, shape, rate) < p) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    // Relative precision 1e-12 is far below any displayed digit (and stops ~40 halvings in).
    if (mid === lo || mid === hi || hi - lo <= 1e-12 * hi) break;
    if (gammaCdf(mid, shape, rate) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Probability that a site with a Gamma(α, β) rate enrols nobody in τ months: the Poisson–gamma
 * (negative binomial) zero term, (β / (β + τ))^α.
 *
 * @param tauMonths months of open enrolment
 */
export function probabilityNoPatient(shape: number, rate: number, tauMonths: number): number {
  return Math.pow(rate / (rate + tauMonths), shape);
}
