import { describe, expect, it } from 'vitest';
import { costDistribution, type CostInput, type CostSamples } from '../../../../src/engine/cost';
import {
  sigmaFromRange,
  unitCostSigma,
  UNIT_COST_SIGMA_BY_EVIDENCE,
} from '../../../../src/engine/cost/unit-cost-spread';

/** One USD country, one site: start-up 1,000, 10 patients × 100, 1 per site-month, regulatory 500. */
const ONE: CostInput = {
  reportingCurrency: 'USD',
  reportingPerUsd: 1,
  countries: [
    {
      iso2: 'US',
      currency: 'USD',
      fxPerUsd: 1,
      siteStartupFee: 1_000,
      perPatientScreening: 0,
      perPatientTreatment: 100,
      perPatientFollowUp: 0,
      screenFailureRate: 0,
      monthlySiteCost: 10,
      monitoringVisitsPerSiteMonth: 0,
      monitoringVisitCost: 0,
      regulatoryFee: 500,
      ethicsFee: 0,
      ethicsFeeBasis: 'country',
    },
  ],
  cros: [],
  sponsor: { hasAustralianEntity: false },
  horizonMonths: 24,
};

/** Every run has the same timing (LPI 10, the site opens at 0): timing alone gives no spread. */
function sameTiming(runs: number): CostSamples {
  return {
    runs,
    lpiMonths: new Float64Array(runs).fill(10),
    activationMonths: new Float32Array(runs).fill(0),
    siteCountry: new Int32Array([0]),
    expectedPatientsByCountry: { US: 10 },
  };
}

const withSigma = (sigma: Record<string, number>, seed: number | string = 7): CostInput => ({
  ...ONE,
  unitCostSeed: seed,
  countries: [{ ...ONE.countries[0]!, unitCostSigma: sigma }],
});

describe('unit-cost uncertainty in costDistribution', () => {
  // Point-value arithmetic: 1,000 + 10 × 100 + 10 months × 10 + 500 = 2,600 in every run.
  const POINT = 2_600;

  it('without σ the percentiles reflect timing only (identical runs → one value)', () => {
    const d = costDistribution(ONE, sameTiming(2_000));
    expect(d.uncertainty).toBe('timing');
    expect(d.p10).toBeCloseTo(POINT, 9);
    expect(d.p90).toBeCloseTo(POINT, 9);
  });

  it('with σ the P10 < P50 < P90 widen, while the expected total stays the point arithmetic', () => {
    const d = costDistribution(
      withSigma({ siteStartupFee: 0.5, perPatient: 0.35, monthlySiteCost: 0.5, regulatoryFee: 0 }),
      sameTiming(20_000),
    );
    expect(d.uncertainty).toBe('timing-and-unit-costs');
    expect(d.expectedTotal).toBeCloseTo(POINT, 9);
    expect(d.p10).toBeLessThan(d.p50 - 100);
    expect(d.p90).toBeGreaterThan(d.p50 + 100);
    // The expected quarters are the point arithmetic too, so they still add up to the total.
    const quarters = d.byQuarter.reduce((a, q) => a + q.expected, 0);
    expect(quarters).toBeCloseTo(POINT, 6);
    // The start-up fee alone: lognormal mean 1,000, σ 0.5 → median 1,000·e^(−0.125) = 882.5,
    // P10 = 1,000·e^(−0.125 − 1.2816·0.5) = 465.1, P90 = 1,000·e^(−0.125 + 0.6408) = 1,674.6
    const s = d.byCategoryPercentiles.startup;
    expect(s.expected).toBeCloseTo(1_000, 9);
    expect(s.p50).toBeGreaterThan(882.5 * 0.97);
    expect(s.p50).toBeLessThan(882.5 * 1.03);
    expect(s.p10).toBeGreaterThan(465.1 * 0.96);
    expect(s.p10).toBeLessThan(465.1 * 1.04);
    expect(s.p90).toBeGreaterThan(1_674.6 * 0.96);
    expect(s.p90).toBeLessThan(1_674.6 * 1.04);
    // σ 0 (a statutory fee) is not sampled
    const reg = d.byCategoryPercentiles.regulatoryEthics;
    expect(reg.p10).toBeCloseTo(500, 9);
    expect(reg.p90).toBeCloseTo(500, 9);
  });

  it('puts the P50 of a sampled category at the lognormal median, e^(−σ²/2) × the point value', () => {
    const runs = 20_000;
    const d = costDistribution(withSigma({ perPatient: 0.35 }), sameTiming(runs));
    const cat = d.byCategoryPercentiles.patientsTreatment;
    // 1,000 × e^(−0.06125) = 940.6; the sample median's standard error ≈ 1.25 × 0.35 × 940.6 / √20,000 ≈ 2.9
    expect(Math.abs(cat.p50 - 1_000 * Math.exp(-(0.35 ** 2) / 2))).toBeLessThan(25);
    expect(cat.expected).toBeCloseTo(1_000, 9);
  });

  it('is reproducible: same seed, same percentiles; another seed, other percentiles', () => {
    const a = costDistribution(withSigma({ siteStartupFee: 0.4 }, 'x'), sameTiming(500));
    const b = costDistribution(withSigma({ siteStartupFee: 0.4 }, 'x'), sameTiming(500));
    const c = costDistribution(withSigma({ siteStartupFee: 0.4 }, 'y'), sameTiming(500));
    expect(b.p10).toBe(a.p10);
    expect(b.p90).toBe(a.p90);
    expect(c.p90).not.toBe(a.p90);
  });

  it('spreads a proxy more than a large study, and a statute not at all', () => {
    const width = (sigma: number) => {
      const d = costDistribution(withSigma({ perPatient: sigma }), sameTiming(4_000));
      return d.p90 - d.p10;
    };
    const official = width(unitCostSigma('official', 'high'));
    const study = width(unitCostSigma('study', 'high'));
    const proxy = width(unitCostSigma('proxy', 'low'));
    expect(official).toBe(0);
    expect(study).toBeGreaterThan(0);
    expect(proxy).toBeGreaterThan(study * 2);
  });

  it('maps evidence to σ by the documented table, and a typed range to σ as P10–P90', () => {
    expect(unitCostSigma('study', 'high')).toBe(0.15);
    expect(unitCostSigma('study', 'medium')).toBe(UNIT_COST_SIGMA_BY_EVIDENCE.study);
    expect(unitCostSigma(undefined)).toBe(UNIT_COST_SIGMA_BY_EVIDENCE.none);
    // ln(2 / 0.5) / (2 × 1.2816) = 1.3863 / 2.5631 = 0.5409
    expect(sigmaFromRange(0.5, 2)).toBeCloseTo(0.5409, 4);
    expect(sigmaFromRange(3, 3)).toBe(0);
  });

  it('refuses a negative σ, naming the field', () => {
    expect(() => costDistribution(withSigma({ ethicsFee: -1 }), sameTiming(2))).toThrow(
      /countries\[0\] \(US\)\.unitCostSigma\.ethicsFee/,
    );
  });
});
