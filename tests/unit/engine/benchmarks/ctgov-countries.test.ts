import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../../../src/domain/reference/country';
import { referenceData } from '../../../../src/domain/reference/index';
import { CTGOV_COUNTRIES } from '../../../../src/engine/benchmarks/ctgov-countries';

describe('ClinicalTrials.gov country names (data/ctgov/country-names.json)', () => {
  it('map each name to one ISO code and a planner region', () => {
    const entries = Object.entries(CTGOV_COUNTRIES);
    expect(entries.length).toBeGreaterThan(100);
    for (const [name, { iso2, region }] of entries) {
      expect(iso2, name).toMatch(/^[A-Z]{2}$/);
      expect(REGIONS, name).toContain(region);
    }
    const codes = entries.map(([, c]) => c.iso2);
    expect(new Set(codes).size).toBe(codes.length);
    expect(CTGOV_COUNTRIES['Korea, Republic of']).toEqual({ iso2: 'KR', region: 'Asia-Pacific' });
  });

  it('place every reference country in its reference region', () => {
    const byIso = new Map(Object.values(CTGOV_COUNTRIES).map((c) => [c.iso2, c.region]));
    for (const c of referenceData.countries)
      if (byIso.has(c.iso2)) expect(byIso.get(c.iso2), c.iso2).toBe(c.region);
  });
});
