import { describe, expect, it } from 'vitest';
import { DAYS_PER_MONTH, forecast, simulateStartup } from '../../../../src/engine/forecast';
import type { CountryStartup, StartupPlan } from '../../../../src/engine/forecast';

const zero = { min: 0, mode: 0, max: 0 };
const country = (over: Partial<CountryStartup> = {}): CountryStartup => ({
  countryId: 'DE',
  regulatoryDays: { min: 30, mode: 60, max: 120 },
  ethicsDays: { min: 20, mode: 45, max: 90 },
  ethicsMode: 'parallel',
  gateDays: [],
  contractDays: { min: 20, mode: 40, max: 90 },
  initiationDays: { min: 7, mode: 14, max: 30 },
  pNeverActivate: 0,
  ...over,
});
const sites = (n: number, id = 'DE') =>
  Array.from({ length: n }, () => ({ countryId: id, shape: 2, rate: 4 }));

describe('start-up model', () => {
  it('reproduces the analytic triangular median when only regulatory review is uncertain', () => {
    // Given regulatory Tri(30, 60, 120) days and every other step zero
    const plan: StartupPlan = {
      countries: [country({ ethicsDays: zero, contractDays: zero, initiationDays: zero })],
    };
    const r = simulateStartup(plan, sites(1), { runs: 20_000, seed: 1 });
    // Then the median is 120 − √(0.5·90·60) = 68.0385 days (triangular inverse CDF), in months
    const expected = (120 - Math.sqrt(0.5 * 90 * 60)) / DAYS_PER_MONTH;
    expect(Math.abs(r.sites[0]!.p50 / expected - 1)).toBeLessThan(0.01);
  });
  it('sequential ethics never activates earlier than parallel (same random numbers)', () => {
    const par = simulateStartup({ countries: [country()] }, sites(5), { runs: 5000, seed: 3 });
    const seq = simulateStartup({ countries: [country({ ethicsMode: 'sequential' })] }, sites(5), {
      runs: 5000,
      seed: 3,
    });
    for (let i = 0; i < 5; i++) {
      for (const k of ['p10', 'p50', 'p90'] as const)
        expect(seq.sites[i]![k]).toBeGreaterThanOrEqual(par.sites[i]![k]);
    }
    expect(seq.firstSiteActivated.p50).toBeGreaterThan(par.firstSiteActivated.p50);
  });
  it('gates add to the country approval; first patient comes after first activation', () => {
    const gated = simulateStartup(
      { countries: [country({ gateDays: [{ min: 60, mode: 90, max: 150 }] })] },
      sites(5),
      { runs: 5000, seed: 3 },
    );
    const plain = simulateStartup({ countries: [country()] }, sites(5), { runs: 5000, seed: 3 });
    expect(gated.firstSiteActivated.p50 - plain.firstSiteActivated.p50).toBeGreaterThan(60 / DAYS_PER_MONTH);
    expect(gated.firstPatientIn!.p50).toBeGreaterThan(gated.firstSiteActivated.p50);
  });
  it('the never-activating fraction matches pNeverActivate', () => {
    // Given p = 0.11 (the ~11% benchmark) and 20 000 runs: SE = √(0.11·0.89/20000) = 0.0022
    const r = simulateStartup({ countries: [country({ pNeverActivate: 0.11 })] }, sites(3), {
      runs: 20_000,
      seed: 8,
    });
    for (const s of r.sites) expect(Math.abs(s.pNever - 0.11)).toBeLessThan(4 * 0.0022);
    // And all three never activate together with probability 0.11³
    expect(r.firstSiteActivated.pNever).toBeLessThan(0.004);
  });
  it('lognormal option has a longer right tail than triangular', () => {
    const tri = simulateStartup({ countries: [country()] }, sites(1), { runs: 10_000, seed: 4 });
    const logn = simulateStartup({ countries: [country()], distribution: 'lognormal' }, sites(1), {
      runs: 10_000,
      seed: 4,
    });
    expect(logn.sites[0]!.p90).toBeGreaterThan(tri.sites[0]!.p90);
  });
  it('feeds the forecast: sites of one country share the approval draw (approx ≈ Monte Carlo)', () => {
    // Given two countries with 20 sites each opening through the start-up model
    const plan: StartupPlan = {
      countries: [
        country(),
        country({ countryId: 'JP', regulatoryDays: { min: 60, mode: 120, max: 200 }, pNeverActivate: 0.1 }),
      ],
    };
    const input = {
      target: 200,
      sites: [
        { count: 20, shape: 2, rate: 4, countryId: 'DE' },
        { count: 20, shape: 2, rate: 4, countryId: 'JP' },
      ],
      startup: plan,
    };
    const mc = forecast(input, { method: 'monte-carlo', runs: 20_000, seed: 1 });
    const ap = forecast(input, { method: 'approx' });
    // Then the two agree within 2% (approx uses 1000 start-up draws for its opening moments)
    expect(Math.abs(ap.timeToTarget.p50 / mc.timeToTarget.p50 - 1)).toBeLessThan(0.02);
    expect(Math.abs(ap.timeToTarget.p90 / mc.timeToTarget.p90 - 1)).toBeLessThan(0.03);
    expect(mc.expectedByCountry.DE!).toBeGreaterThan(mc.expectedByCountry.JP!);
  });
});
