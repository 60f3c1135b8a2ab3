import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCost, type CostOutcome } from '../../../../src/engine/cost';
import { baseInput, OUTCOME, US } from './fixtures';

// Hand-computed (all in USD; AU amounts are AUD / 1.5):
// US (sponsor-run): startup 2 × 20,000 = 40,000; patients 20 × 10,000 = 200,000;
//   screen failures (30 − 20) × 0.2 × 10,000 = 20,000; running (10 + 6) × 2,000 = 32,000;
//   monitoring 16 × 0.5 × 1,800 = 14,400; reg/ethics 0 + 2 × 3,900 = 7,800 → 314,200.
// AU (CRO C1): startup 20,000; patients 10 × 8,000 = 80,000; screen failures 5 × 2,000 = 10,000;
//   running 12 × 2,000 = 24,000; reg/ethics 1,000 + 3,000 = 4,000 → pass-throughs 138,000;
//   monitoring 12 × 2,500 = 30,000; markup 5% × 138,000 = 6,900;
//   management 10% × (138,000 + 30,000) = 16,800 → gross 191,700.
// R&D incentive: eligible 191,700 USD × 1.5 = 287,550 AUD; 43.5% → 125,084.25 AUD = 83,389.50 USD.
describe('computeCost: hand-checked example', () => {
  it('gives every category, country and the net total', () => {
    // Given the two-country fixture and a small, eligible Australian sponsor
    // When costed
    const r = computeCost(baseInput(), OUTCOME);
    // Then each line matches the hand computation
    const us = r.byCountry.US!.byCategory;
    expect(us).toEqual({
      startup: 40_000,
      patientsScreening: 40_000,
      patientsTreatment: 120_000,
      patientsFollowUp: 40_000,
      screenFailures: 20_000,
      siteRunning: 32_000,
      monitoring: 14_400,
      investigationalProduct: 0,
      centralLabImaging: 0,
      dataManagement: 0,
      regulatoryEthics: 7_800,
      insurance: 0,
      croFees: 0,
      passThroughMarkup: 0,
      fxRisk: 0,
      incentive: 0,
    });
    const au = r.byCountry.AU!.byCategory;
    expect(au.startup).toBeCloseTo(20_000, 6);
    expect(au.patientsScreening + au.patientsTreatment + au.patientsFollowUp).toBeCloseTo(80_000, 6);
    expect(au.screenFailures).toBeCloseTo(10_000, 6);
    expect(au.siteRunning).toBeCloseTo(24_000, 6);
    expect(au.monitoring).toBeCloseTo(30_000, 6);
    expect(au.regulatoryEthics).toBeCloseTo(4_000, 6);
    expect(au.passThroughMarkup).toBeCloseTo(6_900, 6);
    expect(au.croFees).toBeCloseTo(16_800, 6);
    expect(au.incentive).toBeCloseTo(-83_389.5, 4);
    expect(r.grossTotal).toBeCloseTo(505_900, 4);
    expect(r.total).toBeCloseTo(505_900 - 83_389.5, 4);
    expect(r.randomised).toBe(30);
    expect(r.perRandomisedPatient).toBeCloseTo(422_510.5 / 30, 6);
    // Pass-through FX: AU local-currency spend 138,000 + 6,900 + 10% × 138,000 = 158,700 (USD fees are not foreign).
    expect(r.fxExposure.amount).toBeCloseTo(158_700, 4);
    expect(r.fxExposure.high).toBeCloseTo(15_870, 4);
  });

  it('converts into a non-USD reporting currency and treats USD spend as foreign', () => {
    // Given reporting in EUR at 0.9 EUR per USD
    const r = computeCost(baseInput({ reportingCurrency: 'EUR', reportingPerUsd: 0.9 }), OUTCOME);
    // Then every amount is 0.9 × its USD value (EUR 455,310 gross), and all spend is now foreign:
    // US 314,200 + AU local 158,700 + AU CRO monitoring in USD 30,000 × 1.1 = 505,900 USD → 455,310 EUR.
    expect(r.currency).toBe('EUR');
    expect(r.grossTotal).toBeCloseTo(455_310, 4);
    expect(r.byCountry.US!.byCategory.patientsTreatment).toBeCloseTo(108_000, 6);
    expect(r.byCategory.incentive).toBeCloseTo(-0.9 * 83_389.5, 4);
    expect(r.fxExposure.amount).toBeCloseTo(455_310, 4);
  });

  it('charges hedging on hedged spend and nothing for fixed-at-contract', () => {
    // Given the AU CRO hedges (1% default) or fixes FX at contract
    const cro = baseInput().cros[0]!;
    const hedged = computeCost(baseInput({ cros: [{ ...cro, fxPolicy: 'hedged' }] }), OUTCOME);
    const fixed = computeCost(baseInput({ cros: [{ ...cro, fxPolicy: 'fixed-at-contract' }] }), OUTCOME);
    // Then hedging costs 1% × 158,700 = 1,587 and leaves no exposure; the incentive ignores hedging
    expect(hedged.byCategory.fxRisk).toBeCloseTo(1_587, 6);
    expect(hedged.fxExposure.amount).toBe(0);
    expect(hedged.byCategory.incentive).toBeCloseTo(-83_389.5, 4);
    expect(fixed.byCategory.fxRisk).toBe(0);
    expect(fixed.fxExposure.amount).toBe(0);
  });

  it('rejects an outcome naming a country outside the input', () => {
    // Given a site in Japan that the input does not cost
    const bad: CostOutcome = { sites: [{ iso2: 'JP', activated: true, openMonths: 3 }], patients: {} };
    // Then the error names the field
    expect(() => computeCost(baseInput(), bad)).toThrow(/sites\[0\]\.iso2/);
  });
});

describe('computeCost: monotonicity', () => {
  it('more open months never lowers the cost', () => {
    // Given random outcomes of a US-only plan (no incentive thresholds involved)
    const input = baseInput({ countries: [US], incentives: [] });
    const site = fc.record({
      activated: fc.boolean(),
      openMonths: fc.double({ min: 0, max: 60, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(site, { minLength: 1, maxLength: 8 }),
        fc.nat(7),
        fc.double({ min: 0, max: 24, noNaN: true }),
        (sites, k, extra) => {
          const outcome = (ss: typeof sites): CostOutcome => ({
            sites: ss.map((s) => ({ iso2: 'US', ...s })),
            patients: { US: { randomised: 5, screened: 8 } },
          });
          const i = k % sites.length;
          const longer = sites.map((s, j) => (j === i ? { ...s, openMonths: s.openMonths + extra } : s));
          // When one site stays open longer
          const a = computeCost(input, outcome(sites)).total;
          const b = computeCost(input, outcome(longer)).total;
          // Then the total does not fall
          expect(b).toBeGreaterThanOrEqual(a - 1e-9);
        },
      ),
    );
  });

  it('gross cost never falls with more open months, even with the Australian incentive', () => {
    // Given the two-country fixture with the refundable offset
    for (const extra of [0.5, 3, 24]) {
      const longer: CostOutcome = {
        ...OUTCOME,
        sites: OUTCOME.sites.map((s) => ({ ...s, openMonths: s.openMonths + extra })),
      };
      // When every site stays open longer, Then gross and net both rise (43.5% < 100% of the extra spend)
      expect(computeCost(baseInput(), longer).grossTotal).toBeGreaterThan(
        computeCost(baseInput(), OUTCOME).grossTotal,
      );
      expect(computeCost(baseInput(), longer).total).toBeGreaterThan(computeCost(baseInput(), OUTCOME).total);
    }
  });
});
