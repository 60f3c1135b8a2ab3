import { describe, expect, it } from 'vitest';
import { getCountry } from '../../../../src/domain/reference';
import {
  AU_RDTI_DEFAULT,
  computeCost,
  rdtiRuleFromReference,
  type CostOutcome,
} from '../../../../src/engine/cost';
import { baseInput, OUTCOME } from './fixtures';

// The fixture's Australian gross spend is 191,700 USD = 287,550 AUD (see computeCost.test.ts).
const AU_ELIGIBLE_AUD = 287_550;

function line(r: ReturnType<typeof computeCost>) {
  const l = r.incentives.find((i) => i.id === 'au-rdti');
  if (!l) throw new Error('no R&D incentive line');
  return l;
}

describe('Australia R&D Tax Incentive rule', () => {
  it('small company with an Australian entity: 43.5% refundable, deducted from the net total', () => {
    // Given turnover A$12M and an Australian entity
    const r = computeCost(baseInput(), OUTCOME);
    const l = line(r);
    // Then 25% + 18.5 = 43.5% of 287,550 AUD = 125,084.25 AUD, refundable, on its own line
    expect(l.refundable).toBe(true);
    expect(l.ratePct).toBeCloseTo(43.5, 10);
    expect(l.eligibleSpendLocal).toBeCloseTo(AU_ELIGIBLE_AUD, 4);
    expect(l.amountLocal).toBeCloseTo(125_084.25, 4);
    expect(l.amount).toBeCloseTo(83_389.5, 4);
    expect(l.conditions.every((c) => c.met)).toBe(true);
    expect(r.total).toBeCloseTo(r.grossTotal - 83_389.5, 4);
    // Only Australia carries the line: not a blanket discount on the US
    expect(r.byCountry.US!.byCategory.incentive).toBe(0);
  });

  it('turnover ≥ A$20M: non-refundable offset reported but not reducing the cash cost', () => {
    // Given turnover A$30M (still a base-rate entity below A$50M → 25% tax rate)
    const r = computeCost(
      baseInput({ sponsor: { aggregatedTurnoverAud: 30_000_000, hasAustralianEntity: true } }),
      OUTCOME,
    );
    const l = line(r);
    // Then 25% + 8.5 = 33.5% of 287,550 = 96,329.25 AUD (64,219.50 USD), not refundable
    expect(l.refundable).toBe(false);
    expect(l.ratePct).toBeCloseTo(33.5, 10);
    expect(l.amountLocal).toBeCloseTo(96_329.25, 4);
    expect(l.amount).toBeCloseTo(64_219.5, 4);
    expect(r.byCategory.incentive).toBe(0);
    expect(r.total).toBeCloseTo(r.grossTotal, 6);
    // And at A$60M the 30% rate applies: 38.5%
    const big = line(
      computeCost(
        baseInput({ sponsor: { aggregatedTurnoverAud: 60_000_000, hasAustralianEntity: true } }),
        OUTCOME,
      ),
    );
    expect(big.ratePct).toBeCloseTo(38.5, 10);
  });

  it('no Australian entity: zero, with the unmet condition listed', () => {
    // Given a sponsor without an Australian entity
    const r = computeCost(
      baseInput({ sponsor: { aggregatedTurnoverAud: 12_000_000, hasAustralianEntity: false } }),
      OUTCOME,
    );
    const l = line(r);
    // Then nothing is claimed and the reason is visible
    expect(l.amount).toBe(0);
    expect(r.byCategory.incentive).toBe(0);
    const entity = l.conditions.find((c) => c.label === 'Australian entity');
    expect(entity?.met).toBe(false);
  });

  it('unknown turnover: zero, condition unmet', () => {
    const l = line(computeCost(baseInput({ sponsor: { hasAustralianEntity: true } }), OUTCOME));
    expect(l.amount).toBe(0);
    expect(l.conditions.find((c) => c.label === 'Aggregated turnover known')?.met).toBe(false);
  });

  it('below the A$20,000 minimum: zero', () => {
    // Given Australia with no site activated and no patient: reg + ethics 4,000 USD,
    // + 5% markup 200 + 10% management 400 = 4,600 USD = 6,900 AUD < 20,000 AUD
    const tiny: CostOutcome = { sites: [], patients: {} };
    const l = line(computeCost(baseInput(), tiny));
    // Then no offset, and the minimum-spend condition is the one unmet
    expect(l.eligibleSpendLocal).toBe(0);
    expect(l.amount).toBe(0);
    const min = l.conditions.find((c) => c.label.startsWith('Minimum'));
    expect(min?.met).toBe(false);
    expect(min?.detail).toContain('A$6,900');
  });

  it('caps eligible spend at A$150M', () => {
    // Given 10 Australian patients at 30M AUD each (300M AUD before fees)
    const au = {
      ...baseInput().countries[1]!,
      perPatientScreening: 0,
      perPatientTreatment: 30_000_000,
      perPatientFollowUp: 0,
    };
    const r = computeCost(baseInput({ countries: [baseInput().countries[0]!, au] }), OUTCOME);
    // Then the offset is 43.5% × 150M = 65.25M AUD
    expect(line(r).amountLocal).toBeCloseTo(65_250_000, 2);
  });

  it('counts overseas spend only with a finding and only while below the Australian spend', () => {
    // Given an overseas finding covering the US, where the US spend is 2 patients × 10,000 = 20,000 USD = 30,000 AUD
    const smallUs: CostOutcome = {
      sites: OUTCOME.sites.filter((s) => s.iso2 === 'AU'),
      patients: { AU: OUTCOME.patients.AU!, US: { randomised: 2, screened: 2 } },
    };
    const sponsor = {
      aggregatedTurnoverAud: 12_000_000,
      hasAustralianEntity: true,
      overseasFindingCountries: ['US'],
    };
    const withFinding = line(computeCost(baseInput({ sponsor }), smallUs));
    // Then eligible = 287,550 + 30,000 = 317,550 AUD → 43.5% = 138,134.25 AUD
    expect(withFinding.amountLocal).toBeCloseTo(138_134.25, 4);
    // But with the full US outcome (314,200 USD = 471,300 AUD ≥ 287,550) the overseas part is excluded
    const tooBig = line(computeCost(baseInput({ sponsor }), OUTCOME));
    expect(tooBig.amountLocal).toBeCloseTo(125_084.25, 4);
    expect(tooBig.conditions.find((c) => c.label.startsWith('Overseas'))?.met).toBe(false);
  });

  it('takes its parameters from the reference data definition', () => {
    // Given the shipped Australian incentive definition
    const inc = getCountry('AU')?.incentives[0];
    expect(inc).toBeDefined();
    const rule = rdtiRuleFromReference(inc!);
    // Then its parameters are the statutory ones (ITAA 1997 Div 355)
    expect(rule).toMatchObject({
      refundableTurnoverBelow: 20_000_000,
      refundablePremiumPts: 18.5,
      nonRefundablePremiumPts: 8.5,
      baseRateTaxPct: 25,
      otherTaxPct: 30,
      minimumEligibleSpend: 20_000,
      maximumEligibleSpend: 150_000_000,
    });
    expect(rule.id).toBe(AU_RDTI_DEFAULT.id);
  });
});
