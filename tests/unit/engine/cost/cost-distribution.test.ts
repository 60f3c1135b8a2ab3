import { describe, expect, it } from 'vitest';
import { computeCost, costDistribution, type CostInput, type CostOutcome } from '../../../../src/engine/cost';
import { Sfc32, sampleUniform } from '../../../../src/engine/random';
import { baseInput } from './fixtures';

/** One USD country: start-up 100, patient 10, month 1, regulatory 50; nothing else. */
const SIMPLE: CostInput = {
  reportingCurrency: 'USD',
  reportingPerUsd: 1,
  countries: [
    {
      iso2: 'US',
      currency: 'USD',
      fxPerUsd: 1,
      siteStartupFee: 100,
      perPatientScreening: 0,
      perPatientTreatment: 10,
      perPatientFollowUp: 0,
      screenFailureRate: 0,
      monthlySiteCost: 1,
      monitoringVisitsPerSiteMonth: 0,
      monitoringVisitCost: 0,
      regulatoryFee: 50,
      ethicsFee: 0,
      ethicsFeeBasis: 'country',
    },
  ],
  cros: [],
  sponsor: { hasAustralianEntity: false },
  horizonMonths: 24,
};

describe('costDistribution', () => {
  it('matches percentiles computed by hand on four runs', () => {
    // Given 4 runs × 2 sites, 5 expected patients (patients 50 + regulatory 50 = 100 fixed)
    // r0: LPI 10, sites open at 2 / never → 1 site × 8 months → 100 + 100 + 8  = 208
    // r1: LPI 12, sites at 0 / 4          → 2 sites, 12 + 8 = 20 months → 200 + 100 + 20 = 320
    // r2: LPI ∞ → cut at 24; sites at 1 / 30 (after the horizon: never) → 100 + 100 + 23 = 223
    // r3: LPI 6, sites at 7 (after LPI: cancelled) / 5 → 100 + 100 + 1 = 201
    const samples = {
      runs: 4,
      lpiMonths: new Float64Array([10, 12, Infinity, 6]),
      activationMonths: new Float32Array([2, NaN, 0, 4, 1, 30, 7, 5]),
      siteCountry: new Int32Array([0, 0]),
      expectedPatientsByCountry: { US: 5 },
    };
    // When
    const d = costDistribution(SIMPLE, samples);
    // Then sorted totals 201, 208, 223, 320: mean 952 / 4 = 238; type-7 quantiles
    // P10 = 201 + 0.3 × 7 = 203.1; P50 = 208 + 0.5 × 15 = 215.5; P90 = 223 + 0.7 × 97 = 290.9
    expect(d.expectedTotal).toBeCloseTo(238, 10);
    expect(d.p10).toBeCloseTo(203.1, 10);
    expect(d.p50).toBeCloseTo(215.5, 10);
    expect(d.p90).toBeCloseTo(290.9, 10);
    expect(d.runsCutAtHorizon).toBe(1);
    // Start-ups: 1 + 2 + 1 + 1 = 5 sites → 500 / 4 = 125; running (8 + 20 + 23 + 1) / 4 = 13
    expect(d.expectedByCategory.startup).toBeCloseTo(125, 10);
    expect(d.expectedByCategory.siteRunning).toBeCloseTo(13, 10);
    expect(d.expectedByCountry.US).toBeCloseTo(238, 10);
    expect(d.expectedPerRandomisedPatient).toBeCloseTo(238 / 5, 10);
  });

  it('averages exactly what computeCost gives run by run (random two-country sample with the incentive)', () => {
    // Given 200 random runs over 6 sites (3 US, 3 AU) with some never-activating sites
    const input = baseInput({ horizonMonths: 36 });
    const rng = new Sfc32(42);
    const runs = 200;
    const siteCountry = new Int32Array([0, 0, 0, 1, 1, 1]);
    const lpi = new Float64Array(runs);
    const act = new Float32Array(runs * 6);
    for (let r = 0; r < runs; r++) {
      lpi[r] = rng.nextFloat() < 0.1 ? Infinity : sampleUniform(rng, 10, 30);
      for (let s = 0; s < 6; s++) act[r * 6 + s] = rng.nextFloat() < 0.15 ? NaN : sampleUniform(rng, 1, 20);
    }
    const expected = { US: 40, AU: 12 };
    // When
    const d = costDistribution(input, {
      runs,
      lpiMonths: lpi,
      activationMonths: act,
      siteCountry,
      expectedPatientsByCountry: expected,
    });
    // Then the mean equals the mean of independent computeCost calls, one per run
    let sum = 0;
    let sumAu = 0;
    for (let r = 0; r < runs; r++) {
      const end = Math.min(lpi[r]!, 36);
      const outcome: CostOutcome = {
        sites: [...siteCountry].map((c, s) => {
          const a = act[r * 6 + s]!;
          const on = !Number.isNaN(a) && a < end;
          return { iso2: c === 0 ? 'US' : 'AU', activated: on, openMonths: on ? end - a : 0 };
        }),
        patients: { US: { randomised: 40, screened: 60 }, AU: { randomised: 12, screened: 18 } }, // sf 1/3 → screened = 1.5 × randomised
      };
      const one = computeCost(input, outcome);
      sum += one.total;
      sumAu += one.byCountry.AU!.total;
    }
    expect(d.expectedTotal).toBeCloseTo(sum / runs, 4);
    expect(d.expectedByCountry.AU).toBeCloseTo(sumAu / runs, 4);
    expect(d.p10).toBeLessThanOrEqual(d.p50);
    expect(d.p50).toBeLessThanOrEqual(d.p90);
    expect(d.incentives[0]?.pApplied).toBe(1);
  });

  it('rejects a site country index outside the input', () => {
    const bad = {
      runs: 1,
      lpiMonths: new Float64Array([5]),
      activationMonths: new Float32Array([1]),
      siteCountry: new Int32Array([3]),
      expectedPatientsByCountry: {},
    };
    expect(() => costDistribution(SIMPLE, bad)).toThrow(/siteCountry\[0\]/);
  });
});
