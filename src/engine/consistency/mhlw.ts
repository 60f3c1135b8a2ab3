/**
 * Regional consistency under ICH E17 / MHLW "Basic Principles on Global Clinical Trials" (2007).
 *
 * Normal model with a common true effect δ; the overall sample size gives power 1 − β at one-sided
 * level α, so the overall z-statistic has mean s = z_{1−α} + z_{1−β}. A region holds a fraction f of
 * the patients. D_all and D_region are the observed effects.
 *
 * - Method 1 asks P(D_region / D_all > π) ≥ CP (typically π = 0.5, CP = 0.8). As in the literature
 *   we evaluate P(D_region − π·D_all > 0), whose z-score is
 *   Z(f) = (1 − π)·s / √(1/f + π² − 2π)   (Quan, Li, Chen et al., Pharm Stat 2010; 9:100–112).
 * - Conditional on overall significance (Homma, Pharm Stat 2024): corr(D_all, D_region − π D_all) =
 *   ρ = (1 − π)/√(1/f + π² − 2π), the joint probability is Φ₂(z_{1−β}, Z; ρ), and the conditional
 *   probability is that joint divided by the power 1 − β.
 * - Method 2 asks every region k to show a positive effect: P = ∏ Φ(√f_k · s) (regions independent).
 */
import { bivariateNormalCdf } from './bivariate-normal';
import { normalCdf, normalQuantile } from '../stats/index';

/** Design inputs shared by the methods. */
export interface ConsistencyDesign {
  /** overall power 1 − β of the trial, in (0, 1) */
  power: number;
  /** one-sided type I error α; default 0.025 */
  alpha?: number;
}

function checkDesign(d: ConsistencyDesign): { zPower: number; s: number } {
  const alpha = d.alpha ?? 0.025;
  if (!(d.power > 0 && d.power < 1)) throw new RangeError(`power must be in (0, 1), got ${d.power}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const zPower = normalQuantile(d.power);
  return { zPower, s: normalQuantile(1 - alpha) + zPower };
}

function checkFraction(f: number): void {
  if (!(f > 0 && f <= 1)) throw new RangeError(`fraction must be in (0, 1], got ${f}`);
}

function method1Z(f: number, pi: number, s: number): { z: number; rho: number } {
  // π = 1 asks the region to beat the overall estimate: the contrast has mean 0 (Z = 0, RC-5)
  // and, when f = 1, is identically 0 — avoid 0/0.
  if (pi === 1) return { z: 0, rho: 0 };
  const root = Math.sqrt(1 / f + pi * pi - 2 * pi);
  return { z: ((1 - pi) * s) / root, rho: (1 - pi) / root };
}

/**
 * MHLW Method 1, unconditional: P(D_region/D_all > π) for a region holding fraction f of patients.
 * Quan et al. 2010: Φ((1 − π)s / √(1/f + π² − 2π)).
 *
 * @param fraction f, the region's share of the total sample size, in (0, 1]
 * @param pi π, the fraction of the overall effect the region must retain (e.g. 0.5)
 */
export function method1Probability(fraction: number, pi: number, design: ConsistencyDesign): number {
  checkFraction(fraction);
  const { s } = checkDesign(design);
  return normalCdf(method1Z(fraction, pi, s).z);
}

/**
 * Smallest regional fraction f with Method 1 unconditional probability ≥ CP (closed form, Quan et
 * al. 2010): f = z_CP² / ((1 − π)² s² − z_CP² π(π − 2)). Returns 0 when every f satisfies it
 * (CP ≤ 0.5 and π ≤ 1) and null when no f ≤ 1 does (e.g. π ≥ 1 with CP > 0.5).
 */
export function method1MinFraction(
  pi: number,
  targetProbability: number,
  design: ConsistencyDesign,
): number | null {
  const { s } = checkDesign(design);
  if (!(targetProbability > 0 && targetProbability < 1))
    throw new RangeError(`target probability must be in (0, 1), got ${targetProbability}`);
  const zCp = normalQuantile(targetProbability);
  if (zCp <= 0) return pi <= 1 ? 0 : null;
  if (pi >= 1) return null;
  const f = (zCp * zCp) / ((1 - pi) ** 2 * s * s - zCp * zCp * pi * (pi - 2));
  return f > 0 && f <= 1 ? f : null;
}

/**
 * MHLW Method 1 conditional on overall significance (Homma 2024):
 * P(D_region/D_all > π | overall z > z_{1−α}) = Φ₂(z_{1−β}, Z; ρ) / (1 − β).
 */
export function method1ConditionalProbability(
  fraction: number,
  pi: number,
  design: ConsistencyDesign,
): number {
  checkFraction(fraction);
  const { zPower, s } = checkDesign(design);
  const { z, rho } = method1Z(fraction, pi, s);
  // Φ₂(z_{1−β}, Z; ρ) ≤ Φ(z_{1−β}) = 1 − β in exact arithmetic, but rounding can put the ratio
  // a hair above 1 (1.0000000000000002 at power 0.01; found by tests/unit/fuzz): clamp.
  return Math.min(1, bivariateNormalCdf(zPower, z, Math.max(-1, Math.min(1, rho))) / design.power);
}

/**
 * Smallest fraction f whose conditional Method 1 probability is ≥ the target. The probability is
 * increasing in f (Z and ρ both grow with f, and Φ₂ grows with each), so bisection on (0, 1] is
 * exact to 1e-12. Returns null when even f = 1 falls short.
 */
export function method1ConditionalMinFraction(
  pi: number,
  targetProbability: number,
  design: ConsistencyDesign,
): number | null {
  if (!(targetProbability > 0 && targetProbability < 1))
    throw new RangeError(`target probability must be in (0, 1), got ${targetProbability}`);
  const g = (f: number): number => method1ConditionalProbability(f, pi, design) - targetProbability;
  if (g(1) < 0) return null;
  let lo = 1e-12;
  if (g(lo) >= 0) return 0;
  let hi = 1;
  while (hi - lo > 1e-12) {
    const mid = (lo + hi) / 2;
    if (g(mid) >= 0) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * MHLW Method 2: probability that every region shows a positive effect, ∏_k Φ(√f_k · s).
 *
 * @param fractions each region's share of the total sample; should sum to 1 (checked to 1e-6)
 */
export function method2Probability(fractions: readonly number[], design: ConsistencyDesign): number {
  if (fractions.length === 0) throw new RangeError('fractions must not be empty');
  fractions.forEach(checkFraction);
  const total = fractions.reduce((a, b) => a + b, 0);
  if (Math.abs(total - 1) > 1e-6) throw new RangeError(`fractions must sum to 1, got ${total}`);
  const { s } = checkDesign(design);
  return fractions.reduce((p, f) => p * normalCdf(Math.sqrt(f) * s), 1);
}
