import { describe, expect, it } from 'vitest';
import { costDistribution, type CostInput, type CostSamples } from '../../../../src/engine/cost';

/**
 * One scenario costed by hand from docs/cost-model.md ("Formulas", "Cost over time"), written out
 * below as plain arithmetic; the test compares the engine with these literal numbers.
 *
 * One US site-pair, USD, one Monte Carlo run: LPI at month 12, follow-up 12 months, database lock
 * 3 months later → E = 12, C = 24, D = 27. Site 1 activates at month 0 (open 24 months), site 2 at
 * month 6 (open 18): 42 open site-months, 2 activated. 100 patients randomised, screen failure 50%
 * → 100 screen failures.
 */
const US = {
  iso2: 'US',
  currency: 'USD',
  fxPerUsd: 1,
  siteStartupFee: 20_000,
  perPatientScreening: 3_000,
  perPatientTreatment: 20_000,
  perPatientFollowUp: 7_000,
  screenFailureRate: 0.5,
  monthlySiteCost: 2_000,
  monitoringVisitsPerSiteMonth: 0.5,
  monitoringVisitCost: 1_800,
  regulatoryFee: undefined, // unknown: excluded, never costed as 0 silently
  ethicsFee: 4_000,
  ethicsFeeBasis: 'site' as const,
};
const STUDY = {
  ipSupplyPerPatientUsd: 10_000,
  centralLabImagingPerPatientUsd: 5_000,
  insurancePerPatientUsd: 300,
  dataManagementPerMonthUsd: 40_000,
  followUpMonths: 12,
  dbLockMonths: 3,
};
const input = (over: Partial<CostInput> = {}): CostInput => ({
  reportingCurrency: 'USD',
  reportingPerUsd: 1,
  countries: [US],
  cros: [],
  sponsor: { hasAustralianEntity: false },
  horizonMonths: 60,
  study: STUDY,
  ...over,
});
const samples: CostSamples = {
  runs: 1,
  lpiMonths: Float64Array.of(12),
  activationMonths: Float32Array.of(0, 6),
  siteCountry: Int32Array.of(0, 0),
  expectedPatientsByCountry: { US: 100 },
};

describe('whole-trial budget, computed by hand', () => {
  it('sponsor-run: every category and the total', () => {
    const d = costDistribution(input(), samples);
    // startup 2 × 20,000 = 40,000
    // visits: screening 100 × 3,000 = 300,000; treatment 100 × 20,000 = 2,000,000; follow-up 100 × 7,000 = 700,000
    // screen failures 100 × 3,000 (the screening payment) = 300,000
    // site running 42 × 2,000 = 84,000; monitoring 42 × 0.5 × 1,800 = 37,800
    // IP 100 × 10,000 = 1,000,000; central lab 100 × 5,000 = 500,000; insurance 100 × 300 = 30,000
    // data management 27 months × 40,000 = 1,080,000
    // regulatory/ethics: ethics 2 sites × 4,000 = 8,000 (the regulatory fee is unknown, excluded)
    // total = 6,079,800 → per randomised patient 60,798
    expect(d.expectedByCategory).toEqual({
      startup: 40_000,
      patientsScreening: 300_000,
      patientsTreatment: 2_000_000,
      patientsFollowUp: 700_000,
      screenFailures: 300_000,
      siteRunning: 84_000,
      monitoring: 37_800,
      investigationalProduct: 1_000_000,
      centralLabImaging: 500_000,
      dataManagement: 1_080_000,
      regulatoryEthics: 8_000,
      insurance: 30_000,
      croFees: 0,
      passThroughMarkup: 0,
      fxRisk: 0,
      incentive: 0,
    });
    expect(d.expectedTotal).toBeCloseTo(6_079_800, 6);
    expect(d.expectedPerRandomisedPatient).toBeCloseTo(60_798, 6);
    expect(d.timeline).toEqual({ lpiMonths: 12, lastVisitMonths: 24, dbLockMonths: 27 });
  });

  it('CRO-run: management fee and mark-up on the pass-throughs (the central lab included)', () => {
    const cro = {
      id: 'C',
      managementFeePct: 0.1,
      monitoringPerSiteMonthUsd: 2_500,
      passThroughMarkupPct: 0.05,
      fxPolicy: 'pass-through' as const,
    };
    const d = costDistribution(input({ countries: [{ ...US, croId: 'C' }], cros: [cro] }), samples);
    // pass-throughs = startup 40,000 + visits 3,000,000 + screen failures 300,000 + running 84,000
    //   + ethics 8,000 + central lab 500,000 = 3,932,000
    // monitoring (CRO rate) 42 × 2,500 = 105,000
    // mark-up 5% × 3,932,000 = 196,600; management 10% × (3,932,000 + 105,000) = 403,700
    // + IP 1,000,000 + data management 1,080,000 + insurance 30,000 (bought by the sponsor)
    // total = 3,932,000 + 105,000 + 196,600 + 403,700 + 2,110,000 = 6,747,300
    expect(d.expectedByCategory.passThroughMarkup).toBeCloseTo(196_600, 6);
    expect(d.expectedByCategory.croFees).toBeCloseTo(403_700, 6);
    expect(d.expectedTotal).toBeCloseTo(6_747_300, 6);
  });

  it('spreads the spend over quarters that add up to the total; quarter 1 by hand', () => {
    const d = costDistribution(input(), samples);
    const sum = d.byQuarter.reduce((a, q) => a + q.expected, 0);
    expect(sum).toBeCloseTo(d.expectedTotal, 4);
    // Quarter 1 (months 0–3):
    //   site 1's start-up + ethics at activation: 24,000
    //   randomisation-timed (screening 300,000 + screen failures 300,000 + insurance 30,000 = 630,000)
    //     × enrolling site-months 3 of 18 = 105,000
    //   on-study (treatment 2,000,000 + follow-up 700,000 + IP 1,000,000 + lab 500,000 = 4,200,000)
    //     × patient-months 4.5 of 306 (cumulative enrolling site-months 0→3→6→12→18, flat to month 24;
    //     per quarter (start + end) / 2 × 3: 4.5, 13.5, 27, 45, then 54 × 4) = 61,764.705882…
    //   site running + monitoring 121,800 × open site-months 3 of 42 = 8,700
    //   data management 1,080,000 × 3 of 27 months = 120,000
    //   → 319,464.705882…
    expect(d.byQuarter[0]!.expected).toBeCloseTo(
      24_000 + 105_000 + (4_200_000 * 4.5) / 306 + 8_700 + 120_000,
      4,
    );
    // Database lock at month 27 ends quarter 9 (months 24–27): the last quarter with spend.
    expect(d.byQuarter.length).toBe(9);
  });

  it('gives P10 ≤ P50 ≤ P90 per category and per quarter over several runs', () => {
    const many: CostSamples = {
      runs: 5,
      lpiMonths: Float64Array.of(10, 12, 14, 16, Infinity),
      activationMonths: Float32Array.of(0, 6, 1, 7, 2, NaN, 0, 3, 5, 9),
      siteCountry: Int32Array.of(0, 0),
      expectedPatientsByCountry: { US: 100 },
    };
    const d = costDistribution(input(), many);
    for (const c of Object.values(d.byCategoryPercentiles)) {
      expect(c.p10).toBeLessThanOrEqual(c.p50);
      expect(c.p50).toBeLessThanOrEqual(c.p90);
    }
    for (const q of d.byQuarter) expect(q.p10).toBeLessThanOrEqual(q.p90 + 1e-9);
    expect(d.byQuarter.reduce((a, q) => a + q.expected, 0)).toBeCloseTo(d.expectedTotal, 3);
    // The run that never reaches the target is cut at the 60-month horizon: sites close at 72, lock at 75.
    expect(d.runsCutAtHorizon).toBe(1);
    expect(d.byQuarter.length).toBe(25);
  });
});
