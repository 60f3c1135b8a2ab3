import { describe, expect, it } from 'vitest';
import { exactTimeQuantile, forecast, ForecastNotApplicableError } from '../../../../src/engine/forecast';

// Reference cases PG-1..PG-5 (docs/verification.md; scipy/R cross-checked). Closed forms to 1e-4
// (PG-4 is published to 3 decimals, so half a unit in the last place: 5e-4).
const pg1 = { target: 300, sites: [{ count: 50, shape: 2, rate: 4, opensAt: 0 }], at: [12] };

describe('exact Poisson–Gamma (all sites open together)', () => {
  it('PG-1: count at t = 12 has mean 300, variance 1200, P(n ≥ 300) = 0.492319', () => {
    // Given 50 sites, α = 2, β = 4, open at 0; when forecasting exactly
    const r = forecast(pg1, { method: 'exact' });
    // Then the count at month 12 matches the negative binomial
    const at = r.at![0]!;
    expect(at.mean).toBeCloseTo(300, 9);
    expect(at.variance).toBeCloseTo(1200, 9);
    expect(Math.abs(at.pReachTarget - 0.492319)).toBeLessThan(1e-4);
  });
  it('PG-2: time to 300 has mean 12.1212, median 12.0267, q05 9.9728, q95 14.5916', () => {
    const r = forecast(pg1, { method: 'exact' });
    expect(Math.abs(r.timeToTarget.mean - 12.1212)).toBeLessThan(1e-4);
    expect(Math.abs(r.timeToTarget.p50 - 12.0267)).toBeLessThan(1e-4);
    expect(Math.abs(exactTimeQuantile(0.05, 50, 2, 4, 300) - 9.9728)).toBeLessThan(1e-4);
    expect(Math.abs(exactTimeQuantile(0.95, 50, 2, 4, 300) - 14.5916)).toBeLessThan(1e-4);
  });
  it('PG-2: SD 1.4121 (beta-prime variance β²n(n+r−1)/((r−1)²(r−2)))', () => {
    // Given r = Cα = 100, n = 300, β = 4 — the analytic SD the engine's quantiles must reproduce
    const sd = Math.sqrt((16 * 300 * (300 + 99)) / (99 ** 2 * 98));
    expect(Math.abs(sd - 1.4121)).toBeLessThan(1e-4);
    // And the spread implied by the engine's quantiles is consistent: (q95 − q05) ≈ 3.29·SD·(skew-corrected)
    const spread = exactTimeQuantile(0.95, 50, 2, 4, 300) - exactTimeQuantile(0.05, 50, 2, 4, 300);
    expect(spread / sd).toBeGreaterThan(3.2);
    expect(spread / sd).toBeLessThan(3.4);
  });
  it('PG-3: C = 20, α = 1.5, β = 3, time to 100: mean 10.3448, q05 7.2172, median 10.0784, q95 14.3771', () => {
    const r = forecast({ target: 100, sites: [{ count: 20, shape: 1.5, rate: 3 }] }, { method: 'exact' });
    expect(Math.abs(r.timeToTarget.mean - 10.3448)).toBeLessThan(1e-4);
    expect(Math.abs(r.timeToTarget.p50 - 10.0784)).toBeLessThan(1e-4);
    expect(Math.abs(exactTimeQuantile(0.05, 20, 1.5, 3, 100) - 7.2172)).toBeLessThan(1e-4);
    expect(Math.abs(exactTimeQuantile(0.95, 20, 1.5, 3, 100) - 14.3771)).toBeLessThan(1e-4);
  });
  it('PG-4: C = 20, α = 1.2, β = 2, time to 150: q10 9.616, median 12.647, q90 16.960', () => {
    const r = forecast({ target: 150, sites: [{ count: 20, shape: 1.2, rate: 2 }] }, { method: 'exact' });
    expect(Math.abs(r.timeToTarget.p10 - 9.616)).toBeLessThan(5e-4);
    expect(Math.abs(r.timeToTarget.p50 - 12.647)).toBeLessThan(5e-4);
    expect(Math.abs(r.timeToTarget.p90 - 16.96)).toBeLessThan(5e-4);
  });
  it('PG-5: one site, α = 2, β = 4: P(zero) after 6 months 0.16, after 12 months 0.0625', () => {
    // Given target 1, P(n(t) ≥ 1) = 1 − P(zero)
    const r = forecast(
      { target: 1, sites: [{ count: 1, shape: 2, rate: 4 }], at: [6, 12] },
      { method: 'exact' },
    );
    expect(Math.abs(1 - r.at![0]!.pReachTarget - 0.16)).toBeLessThan(1e-4);
    expect(Math.abs(1 - r.at![1]!.pReachTarget - 0.0625)).toBeLessThan(1e-4);
  });
  it('shifts by a common opening month and reports the deadline probability', () => {
    // Given the PG-1 sites opening together at month 3, deadline 15 (= 12 months of recruitment)
    const r = forecast(
      { ...pg1, sites: [{ count: 50, shape: 2, rate: 4, opensAt: 3 }], deadline: 15 },
      { method: 'exact' },
    );
    expect(r.timeToTarget.mean).toBeCloseTo(3 + 12.121212, 5);
    expect(Math.abs(r.pReachByDeadline - 0.492319)).toBeLessThan(1e-4);
  });
  it('thinning by screen failure scales the rate: SF 50% doubles the time scale', () => {
    const thin = forecast({ ...pg1, thinning: { screenFailure: 0.5 } }, { method: 'exact' });
    const base = forecast({ target: 300, sites: [{ count: 50, shape: 2, rate: 8 }] }, { method: 'exact' });
    expect(thin.timeToTarget.p50).toBeCloseTo(base.timeToTarget.p50, 10);
  });
  it('refuses staggered openings with a clear error, and auto falls back', () => {
    const staggered = {
      target: 100,
      sites: [
        { count: 10, shape: 2, rate: 4, opensAt: 0 },
        { count: 10, shape: 2, rate: 4, opensAt: 2 },
      ],
    };
    expect(() => forecast(staggered, { method: 'exact' })).toThrow(ForecastNotApplicableError);
    expect(() => forecast(staggered, { method: 'exact' })).toThrow(/open together/);
    expect(forecast(staggered, { method: 'auto' }).method).toBe('approx');
    expect(forecast(pg1).method).toBe('exact');
  });
  it('curve quantiles are negative-binomial quantiles', () => {
    // Given PG-1 at month 12, NB(100, 0.25): its median is 299 (P(N ≤ 299) ≥ 0.5 > P(N ≤ 298))
    const r = forecast(pg1, { method: 'exact', curveMonths: [12] });
    const c = r.curve[0]!;
    expect(c.mean).toBeCloseTo(300, 9);
    expect(c.p10).toBeLessThan(c.p50);
    expect(c.p50).toBe(299);
    expect(c.p90).toBeGreaterThan(c.p50);
  });
});
