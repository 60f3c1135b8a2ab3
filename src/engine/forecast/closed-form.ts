import { inverseRegularizedBeta, negBinQuantile, regularizedBeta } from '../stats';
import type { PreparedForecast } from './prepare';
import { ForecastNotApplicableError, OPEN_FIXED, type ForecastResult } from './types';

/** Why the closed form does not apply to this input, or undefined when it does. */
export function exactNotApplicableReason(p: PreparedForecast): string | undefined {
  const s = p.sites;
  if (p.hasCaps) return 'caps make the count non-Poisson';
  if (p.startup) return 'start-up durations make opening times random';
  for (let i = 0; i < s.count; i++) {
    if (s.openKind[i] !== OPEN_FIXED || s.openA[i] !== s.openA[0])
      return 'sites must all open together at one fixed month';
    if (s.shape[i] !== s.shape[0] || p.effRate[i] !== p.effRate[0])
      return 'sites must share one Gamma prior (shape and rate)';
    if (s.pNever[i]! > 0) return 'sites that may never activate make the number of sites random';
  }
  return undefined;
}

/**
 * Closed form (Anisimov & Fedorov 2007; docs/forecast-spec.md): C sites open together at u₀ with
 * λ_i ~ Gamma(α, β). Total rate ~ Gamma(Cα, β), so n(t) ~ NegBin(Cα, β/(β+τ)) with τ = t − u₀,
 * and (T_n − u₀)/β ~ BetaPrime(n, Cα): P(T_n ≤ t) = I_{τ/(τ+β)}(n, Cα),
 * quantile u₀ + β·x/(1−x) with x = I⁻¹(q; n, Cα), mean u₀ + nβ/(Cα − 1) (infinite if Cα ≤ 1).
 */
export function runExact(p: PreparedForecast, curveMonths: number[]): ForecastResult {
  const reason = exactNotApplicableReason(p);
  if (reason) throw new ForecastNotApplicableError('exact', reason);
  const s = p.sites;
  const r = s.count * s.shape[0]!;
  const beta = p.effRate[0]!;
  const u0 = Math.max(s.openA[0]!, p.now);
  const n = p.remaining;
  const tq = (q: number) => {
    if (n <= 0) return p.now;
    const x = inverseRegularizedBeta(q, n, r);
    return u0 + (beta * x) / (1 - x);
  };
  const reach = (t: number) => {
    if (n <= 0) return 1;
    const tau = t - u0;
    return tau <= 0 ? 0 : regularizedBeta(tau / (tau + beta), n, r);
  };
  const countMoments = (t: number) => {
    const tau = Math.max(0, t - u0);
    const mean = (r * tau) / beta;
    return { mean, variance: mean * (1 + tau / beta), p: beta / (beta + tau) };
  };
  const expectedByCountry: Record<string, number> = {};
  p.countryIds.forEach((id, c) => {
    let sites = 0;
    for (let i = 0; i < s.count; i++) if (s.country[i] === c) sites++;
    expectedByCountry[id] = p.alreadyByCountry[c]! + (n * sites) / s.count;
  });
  return {
    method: 'exact',
    timeToTarget: {
      mean: n <= 0 ? p.now : r > 1 ? u0 + (n * beta) / (r - 1) : Infinity,
      p10: tq(0.1),
      p50: tq(0.5),
      p90: tq(0.9),
    },
    pReachByDeadline: p.deadline === undefined ? NaN : reach(p.deadline),
    curve: curveMonths.map((month) => {
      const m = countMoments(month);
      const q = (x: number) => p.alreadyCounted + (m.p >= 1 ? 0 : negBinQuantile(x, r, m.p));
      return { month, mean: p.alreadyCounted + m.mean, p10: q(0.1), p50: q(0.5), p90: q(0.9) };
    }),
    expectedByCountry,
    at: p.at.map((month) => {
      const m = countMoments(month);
      return { month, mean: p.alreadyCounted + m.mean, variance: m.variance, pReachTarget: reach(month) };
    }),
  };
}

/** Time-to-target quantile of the closed form, for any probability q (months). */
export function exactTimeQuantile(
  q: number,
  sites: number,
  shape: number,
  rate: number,
  target: number,
): number {
  const x = inverseRegularizedBeta(q, target, sites * shape);
  return (rate * x) / (1 - x);
}
