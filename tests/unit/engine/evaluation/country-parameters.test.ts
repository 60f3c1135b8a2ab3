import { describe, expect, it } from 'vitest';
import { getCountry, getPathway, type ReferenceCountry } from '../../../../src/domain/reference/index';
import {
  resolveCountryParameters,
  resolveParameter,
  validateOverride,
} from '../../../../src/engine/evaluation/country-parameters';
import { choosePathway } from '../../../../src/engine/evaluation/pathway-choice';

const us = getCountry('US') as ReferenceCountry;
const gb = getCountry('GB') as ReferenceCountry;
const ctx = (country: ReferenceCountry, submission = '2027-02-01') => ({
  therapeuticArea: 'oncology',
  submission,
  pathway: choosePathway(country, submission),
});

describe('country parameters', () => {
  it('derives the FDA review from the 30-calendar-day IND clock (21 CFR 312.40)', () => {
    // 2027-02-01 + 30 calendar days = 2027-03-03; no RFI allowance, so min = mode = max = 30
    const p = resolveParameter('regulatoryDays', us, undefined, ctx(us));
    expect(p.value).toEqual({ min: 30, mode: 30, max: 30 });
    expect(p.origin.kind).toBe('derived');
  });

  it('chooses the UK pathway in force on the submission date (regime change 28 Apr 2026)', () => {
    expect(choosePathway(gb, '2026-01-15').validTo).toBeDefined();
    expect(choosePathway(gb, '2026-06-01').id).toBe('mhra-combined-2026');
    expect(choosePathway(gb, '2026-06-01', getPathway('mhra-combined-2026')?.id).id).toBe(
      'mhra-combined-2026',
    );
  });

  it('uses an override instead of the reference value and remembers the reference', () => {
    const selection = { iso2: 'US', overrides: { contractDays: { value: { min: 10, mode: 20, max: 30 } } } };
    const params = resolveCountryParameters(us, selection, ctx(us));
    expect(params.contractDays.value).toEqual({ min: 10, mode: 20, max: 30 });
    expect(params.contractDays.origin).toMatchObject({
      kind: 'override',
      reference: { mode: us.contractDays.mode },
    });
    expect(params.initiationDays.origin.kind).toBe('reference');
  });

  it('takes the therapeutic-area multiplier when the country has one', () => {
    const area = Object.keys(gb.recruitment.byArea)[0];
    if (!area) return;
    const p = resolveParameter('recruitmentMultiplier', gb, undefined, { ...ctx(gb), therapeuticArea: area });
    const byArea = gb.recruitment.byArea[area as keyof typeof gb.recruitment.byArea];
    expect(p.value.mode).toBe(byArea && ('value' in byArea ? byArea.value : byArea.mode));
  });
});

describe('override validation', () => {
  it.each([
    [{ min: 90, mode: 60, max: 120 }, /minimum ≤ most likely ≤ maximum/],
    [-5, /cannot be below 0/],
    [Number.NaN, /must be a number/],
    ['12', /must be a number/],
    [{ min: 1, mode: 2, max: 1e12 }, /cannot exceed/],
  ])('refuses %j', (value, reason) => {
    expect(validateOverride('contractDays', value)).toMatch(reason);
  });

  it('refuses a never-activate share of 1 or more', () => {
    expect(validateOverride('pNeverActivate', 1)).toMatch(/cannot exceed 0.99/);
    expect(validateOverride('pNeverActivate', 0.2)).toBeNull();
  });

  it('accepts a valid range and a point', () => {
    expect(validateOverride('contractDays', { min: 30, mode: 60, max: 90 })).toBeNull();
    expect(validateOverride('siteStartupFee', 25000)).toBeNull();
  });
});
