import { describe, expect, it } from 'vitest';
import { forecast } from '../../../../src/engine/forecast';

const pg1 = { target: 300, sites: [{ count: 50, shape: 2, rate: 4, opensAt: 0 }], at: [12] };
const RUNS = 20_000;

describe('Monte Carlo vs the closed form (PG-1/PG-2)', () => {
  // Tolerances from the run count: T has SD 1.412 (PG-2), so SE(mean) = 1.412/√20000 = 0.010;
  // SE(median) ≈ 0.5/(√n·f(med)) with f(med) ≈ 0.28 → 0.013; SE(q10/q90) ≈ 0.3/(√n·0.13) ≈ 0.016.
  // We allow 4 SE (false-failure odds ~6e-5 per check) — all well inside docs/verification.md's 1%.
  const exact = forecast(pg1, { method: 'exact' });
  const mc = forecast(pg1, { method: 'monte-carlo', runs: RUNS, seed: 2024 });
  it('time to target mean and quantiles agree within 4 standard errors', () => {
    expect(Math.abs(mc.timeToTarget.mean - exact.timeToTarget.mean)).toBeLessThan(4 * 0.01);
    expect(Math.abs(mc.timeToTarget.p50 - exact.timeToTarget.p50)).toBeLessThan(4 * 0.013);
    expect(Math.abs(mc.timeToTarget.p10 - exact.timeToTarget.p10)).toBeLessThan(4 * 0.016);
    expect(Math.abs(mc.timeToTarget.p90 - exact.timeToTarget.p90)).toBeLessThan(4 * 0.016);
  });
  it('count at month 12: mean, variance and P(n ≥ 300) agree', () => {
    const a = mc.at![0]!;
    // SE(mean) = √(1200/n) = 0.245; variance of a sample variance ~ 2σ⁴/n → SE ≈ 12; p: √(p(1−p)/n) = 0.0035.
    expect(Math.abs(a.mean - 300)).toBeLessThan(4 * 0.245);
    expect(Math.abs(a.variance - 1200)).toBeLessThan(4 * 12);
    expect(Math.abs(a.pReachTarget - 0.492319)).toBeLessThan(4 * 0.0035);
  });
  it('identical seeds give identical results; different seeds differ', () => {
    const again = forecast(pg1, { method: 'monte-carlo', runs: RUNS, seed: 2024 });
    expect(again).toEqual(mc);
    const other = forecast(pg1, { method: 'monte-carlo', runs: RUNS, seed: 2025 });
    expect(other.timeToTarget.p50).not.toBe(mc.timeToTarget.p50);
  });
  it('curve quantiles bracket the exact negative-binomial quantiles', () => {
    const e = forecast(pg1, { method: 'exact', curveMonths: [6, 12] });
    const m = forecast(pg1, { method: 'monte-carlo', runs: RUNS, seed: 7, curveMonths: [6, 12] });
    m.curve.forEach((c, i) => {
      const x = e.curve[i]!;
      // Count quantile SE ≈ 0.3/√n / pmf ≈ 0.3/141/0.011 ≈ 0.2 patients; allow ±2 patients.
      expect(Math.abs(c.p10 - x.p10)).toBeLessThanOrEqual(2);
      expect(Math.abs(c.p50 - x.p50)).toBeLessThanOrEqual(2);
      expect(Math.abs(c.p90 - x.p90)).toBeLessThanOrEqual(2);
    });
  });
});

describe('approx vs Monte Carlo on staggered openings', () => {
  // 200 sites, Gamma(1.5, rate 1.875) (mean 0.8/month), openings U(1, 9), target 1000.
  const staggered = {
    target: 1000,
    sites: [{ count: 200, shape: 1.5, rate: 1.875, opensAt: { kind: 'uniform' as const, min: 1, max: 9 } }],
    at: [11],
  };
  it('time-to-target quantiles agree within 1% (moment-matching error ≫ MC SE ≈ 0.005 months)', () => {
    const a = forecast(staggered, { method: 'approx' });
    const m = forecast(staggered, { method: 'monte-carlo', runs: RUNS, seed: 11 });
    for (const key of ['mean', 'p10', 'p50', 'p90'] as const) {
      expect(Math.abs(a.timeToTarget[key] / m.timeToTarget[key] - 1)).toBeLessThan(0.01);
    }
    // The mean count is exact in both (E[Λ] is linear): 4 SE of the MC mean.
    expect(Math.abs(a.at![0]!.mean - m.at![0]!.mean)).toBeLessThan(4 * Math.sqrt(a.at![0]!.variance / RUNS));
    expect(Math.abs(a.at![0]!.pReachTarget - m.at![0]!.pReachTarget)).toBeLessThan(0.02);
  });
  it('approx with mixed priors and triangular openings tracks Monte Carlo', () => {
    const mixed = {
      target: 400,
      sites: [
        {
          count: 30,
          shape: 2,
          rate: 2,
          opensAt: { kind: 'triangular' as const, min: 2, mode: 4, max: 10 },
          countryId: 'US',
        },
        { count: 20, shape: 0.8, rate: 1, opensAt: 1, countryId: 'JP' },
      ],
    };
    const a = forecast(mixed, { method: 'approx' });
    const m = forecast(mixed, { method: 'monte-carlo', runs: RUNS, seed: 3 });
    expect(Math.abs(a.timeToTarget.p50 / m.timeToTarget.p50 - 1)).toBeLessThan(0.01);
    expect(Math.abs(a.timeToTarget.p90 / m.timeToTarget.p90 - 1)).toBeLessThan(0.02);
    // Composition at target: both split 400 patients between US and JP alike (within 2%).
    expect(Math.abs(a.expectedByCountry.US! / m.expectedByCountry.US! - 1)).toBeLessThan(0.02);
    expect(m.expectedByCountry.US! + m.expectedByCountry.JP!).toBeCloseTo(400, 6);
  });
  it('approx reduces to the exact form when all sites open together', () => {
    const e = forecast(pg1, { method: 'exact' });
    const a = forecast(pg1, { method: 'approx' });
    for (const key of ['mean', 'p10', 'p50', 'p90'] as const)
      expect(Math.abs(a.timeToTarget[key] - e.timeToTarget[key])).toBeLessThan(1e-6);
    expect(a.at![0]!.pReachTarget).toBeCloseTo(e.at![0]!.pReachTarget, 10);
  });
});
