import { logGamma } from '../stats/log-gamma';
import { normalQuantile } from '../stats/normal';
import { sampleStdNormal } from './normal';
import type { Sfc32 } from './sfc32';

export { sampleStdNormal } from './normal';

/** Uniform on (min, max). */
export function sampleUniform(rng: Sfc32, min: number, max: number): number {
  return min + (max - min) * rng.nextFloat();
}

/** Normal with mean and standard deviation. */
export function sampleNormal(rng: Sfc32, mean: number, sd: number): number {
  return mean + sd * sampleStdNormal(rng);
}

/**
 * Gamma(shape, RATE) (mean shape/rate) by Marsaglia & Tsang (ACM TOMS 26(3), 2000): squeeze
 * acceptance avoids the logarithm ~98% of the time. For shape < 1 the "boost"
 * Gamma(a) = Gamma(a + 1)·U^{1/a} keeps the same fast loop.
 */
export function sampleGamma(rng: Sfc32, shape: number, rate: number): number {
  if (shape < 1) {
    return (sampleGamma(rng, shape + 1, 1) * Math.pow(rng.nextFloat(), 1 / shape)) / rate;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleStdNormal(rng);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.nextFloat();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return (d * v) / rate;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

/** Triangular(min, mode, max) by inverting its CDF (one uniform). */
export function sampleTriangular(rng: Sfc32, min: number, mode: number, max: number): number {
  const width = max - min;
  if (width <= 0) return min;
  const u = rng.nextFloat();
  const split = (mode - min) / width;
  return u < split
    ? min + Math.sqrt(u * width * (mode - min))
    : max - Math.sqrt((1 - u) * width * (max - mode));
}

/** Parameters of a shifted lognormal: X = shift + exp(mu + sigma·Z). */
export interface ShiftedLognormal {
  shift: number;
  mu: number;
  sigma: number;
}

/** The percentile that the expert's "max" is taken to be when fitting the lognormal. */
export const LOGNORMAL_MAX_PERCENTILE = 0.95;

/**
 * Fits a shifted lognormal to min / most likely / max: the shift is `min` (nothing is faster
 * than the fastest case), the mode of X is `mode`, and `max` is the 95th percentile — experts'
 * "worst case" is routinely exceeded, which is the reason to offer a long right tail at all.
 * With M = mode − min and H = max − min: mode gives ln M = μ − σ², the percentile gives
 * ln H = μ + zσ, so σ² + zσ − ln(H/M) = 0, σ = (−z + √(z² + 4 ln(H/M)))/2.
 * If mode = min (a lognormal's mode cannot sit on its shift) M is taken as 5% of the range.
 */
export function fitLognormalFromTriangle(min: number, mode: number, max: number): ShiftedLognormal {
  const range = max - min;
  if (!(range > 0)) return { shift: min, mu: -Infinity, sigma: 0 };
  const m = Math.min(Math.max(mode - min, 0.05 * range), 0.95 * range);
  const z = normalQuantile(LOGNORMAL_MAX_PERCENTILE);
  const sigma = (-z + Math.sqrt(z * z + 4 * Math.log(range / m))) / 2;
  return { shift: min, mu: Math.log(m) + sigma * sigma, sigma };
}

/** One draw of a fitted shifted lognormal. */
export function sampleShiftedLognormal(rng: Sfc32, fit: ShiftedLognormal): number {
  return fit.shift + Math.exp(fit.mu + fit.sigma * sampleStdNormal(rng));
}

/**
 * Poisson(mean). Small means (< 10): sequential inversion of the CDF (one uniform, O(mean)
 * steps). Larger means: Hörmann's PTRS transformed rejection (Insurance: Math. & Econ. 12, 1993),
 * exact with ~1.1 uniforms pairs per draw — the same split numpy uses.
 */
export function samplePoisson(rng: Sfc32, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 10) {
    let p = Math.exp(-mean);
    let cdf = p;
    let k = 0;
    const u = rng.nextFloat();
    while (u > cdf && k < 1000) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }
  const slam = Math.sqrt(mean);
  const logLam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = rng.nextFloat() - 0.5;
    const v = rng.nextFloat();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
      -mean + k * logLam - logGamma(k + 1)
    ) {
      return k;
    }
  }
}
