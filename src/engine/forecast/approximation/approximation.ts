import { negBinQuantile, regularizedBeta } from '../../stats';
import { exactCountSurvival } from './fixed-opening-count';
import { intensityMomentsFn, type MomentFn } from './moments';
import { survivalIntegral } from './tail-integral';
import { earliestOpening } from '../openings';
import { prepareForecast, type PreparedForecast } from '../prepare';
import {
  ForecastNotApplicableError,
  OPEN_FIXED,
  type AtPoint,
  type CurvePoint,
  type DeadlineLateness,
  type ForecastInput,
  type ForecastResult,
} from '../types';

/** Beyond this many months from the earliest opening a quantile is reported as Infinity. */
const HORIZON_MONTHS = 1200;

/** The approximation's law of n(t): moments, survival P(n(t) < need) and CDF P(n(t) ≥ need). */
function approxLaws(p: PreparedForecast) {
  const moments = intensityMomentsFn(p);
  const need = p.remaining;
  const nb = (t: number) => {
    const { mean, variance } = moments(t);
    return {
      mean,
      variance,
      a: variance > 0 ? (mean * mean) / variance : Infinity,
      b: variance > 0 ? mean / variance : Infinity,
    };
  };
  const exact = exactCountSurvival(p);
  // Survival P(n(t) < need) computed directly (not 1 − F) so that far tails keep their precision.
  const survival = (t: number): number => {
    if (need <= 0) return 0;
    if (exact) return exact(t);
    const { mean, a, b } = nb(t);
    if (!(mean > 0) || !(a > 0)) return 1;
    if (a === Infinity) return mean >= need ? 0 : 1;
    return regularizedBeta(b / (1 + b), a, need);
  };
  const cdf = (t: number): number => {
    if (need <= 0) return 1;
    if (exact) return 1 - exact(t);
    const { mean, a, b } = nb(t);
    if (!(mean > 0)) return 0;
    if (a === Infinity) return mean >= need ? 1 : 0;
    // A tiny mean (a month just after the first opening) makes a = E²/Var underflow to 0, and
    // I_x(n, 0) is NaN. The limit a → 0 puts all the NegBin mass on 0: P(n(t) ≥ need ≥ 1) = 0.
    // (Found by tests/unit/fuzz/cli-specs.fuzz.test.ts.)
    if (!(a > 0)) return 0;
    return regularizedBeta(1 / (1 + b), need, a);
  };
  return { moments, need, nb, survival, cdf };
}

/**
 * P(target by the deadline) and the median time to target only — no mean, tails or curve: the
 * cheap probe the concentration measure runs three times per scenario (scenario/concentration.ts).
 */
export function approxReachAndMedian(input: ForecastInput): { pReachByDeadline: number; p50: number } {
  const p = prepareForecast(input);
  if (p.hasCaps)
    throw new ForecastNotApplicableError('approx', 'site or country caps need the Monte Carlo method');
  const { cdf } = approxLaws(p);
  return {
    pReachByDeadline: p.deadline === undefined ? NaN : cdf(p.deadline),
    p50: solveQuantile(cdf, 0.5, earliestOpening(p)),
  };
}

/**
 * Moment-matched Poisson–Gamma approximation for staggered/random openings and heterogeneous
 * priors. Λ(t) is matched by one Gamma(a, b) with a = E²/Var, b = E/Var (Mountain & Sherlock
 * 2022 "PG approximation"), so n(t) ~ NegBin(a, b/(b+1)) and
 * P(T ≤ t) = P(n(t) ≥ n) = I_{1/(1+b)}(n, a). Quantiles of T are found by bisection on that
 * monotone CDF; E[T] = t₀ + ∫ (1 − F) dt with an analytic power-law tail (approx-tail.ts), so
 * the mean is finite whenever the tail is integrable. When all sites open together with one prior
 * it reduces exactly to the closed form (a = Cα, b = β/t).
 * When every site opens at a fixed month and the problem is small, P(n(t) ≥ n) is instead the
 * exact convolution of the sites' negative binomials (approx-exact-count.ts), which removes the
 * moment match's tail bias for staggered openings.
 * Caps are not representable in this form: the method refuses them.
 */
export function runApprox(p: PreparedForecast, curveMonths: number[]): ForecastResult {
  if (p.hasCaps)
    throw new ForecastNotApplicableError('approx', 'site or country caps need the Monte Carlo method');
  const { moments, need, nb, survival, cdf } = approxLaws(p);
  const t0 = earliestOpening(p);
  const quantile = (q: number) => solveQuantile(cdf, q, t0);
  const p50 = quantile(0.5);
  const p90 = quantile(0.9);
  const breaks = openingBreaks(p);
  const mean = need <= 0 ? t0 : t0 + survivalIntegral(survival, t0, p50 - t0, breaks);
  const at: AtPoint[] = p.at.map((month) => {
    const m = nb(month);
    return {
      month,
      mean: p.alreadyCounted + m.mean,
      variance: m.mean + m.variance,
      pReachTarget: cdf(month),
    };
  });
  const curve: CurvePoint[] = curveMonths.map((month) => {
    const { mean: e, a, b } = nb(month);
    const q = (x: number) =>
      p.alreadyCounted +
      (e > 0 && a > 0 && a !== Infinity ? negBinQuantile(x, a, b / (b + 1)) : Math.round(e));
    return { month, mean: p.alreadyCounted + e, p10: q(0.1), p50: q(0.5), p90: q(0.9) };
  });
  return {
    method: 'approx',
    timeToTarget: { mean, p10: quantile(0.1), p50, p90 },
    pReachByDeadline: p.deadline === undefined ? NaN : cdf(p.deadline),
    ...(p.deadline === undefined ? {} : { lateness: lateness(survival, cdf, p.deadline, p90, breaks) }),
    curve,
    expectedByCountry: compositionAt(p, moments, p50),
    at,
  };
}

function solveQuantile(cdf: (t: number) => number, q: number, t0: number): number {
  let lo = t0;
  let width = 1;
  while (cdf(lo + width) < q) {
    lo += width;
    width *= 2;
    if (lo - t0 > HORIZON_MONTHS) return Infinity;
  }
  let hi = lo + width;
  // Illinois (modified regula falsi) on the bracket: superlinear, never leaves [lo, hi].
  let flo = cdf(lo) - q;
  let fhi = cdf(hi) - q;
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-9 * Math.max(1, hi); i++) {
    const mid = fhi !== flo ? hi - (fhi * (hi - lo)) / (fhi - flo) : 0.5 * (lo + hi);
    const x = mid > lo && mid < hi ? mid : 0.5 * (lo + hi);
    const fx = cdf(x) - q;
    if (fx === 0) return x;
    if (fx < 0) {
      lo = x;
      flo = fx;
      if (side === -1) fhi /= 2;
      side = -1;
    } else {
      hi = x;
      fhi = fx;
      if (side === 1) flo /= 2;
      side = 1;
    }
    if (Math.abs(fx) < 1e-13) return x;
  }
  return 0.5 * (lo + hi);
}

/** Lateness past the deadline D: E[(T − D)⁺] = ∫_D^∞ S, and P(T ≤ D + 3), P(T ≤ D + 6). */
function lateness(
  survival: (t: number) => number,
  cdf: (t: number) => number,
  deadline: number,
  p90: number,
  breaks: number[],
): DeadlineLateness {
  return {
    expectedMonthsLate: survivalIntegral(survival, deadline, Math.max(1, p90 - deadline), breaks),
    pWithin3Months: cdf(deadline + 3),
    pWithin6Months: cdf(deadline + 6),
  };
}

/** Fixed opening months (the survival has a kink at each): panel edges for the integrals. */
function openingBreaks(p: PreparedForecast): number[] {
  if (p.startup) return [];
  const months = new Set<number>();
  for (let i = 0; i < p.sites.count && months.size <= 32; i++)
    if (p.sites.openKind[i] === OPEN_FIXED) months.add(Math.max(p.now, p.sites.openA[i]!));
  return months.size > 32 ? [] : [...months].sort((a, b) => a - b);
}

/** Expected count per country when the target is reached, taken at the median time. */
function compositionAt(p: PreparedForecast, moments: MomentFn, t: number): Record<string, number> {
  const out: Record<string, number> = {};
  const m = Number.isFinite(t) ? moments(t) : undefined;
  p.countryIds.forEach((id, c) => {
    const share = m && m.mean > 0 ? m.meanByCountry[c]! / m.mean : NaN;
    out[id] = p.alreadyByCountry[c]! + (p.countryIds.length === 1 ? p.remaining : p.remaining * share);
  });
  return out;
}
