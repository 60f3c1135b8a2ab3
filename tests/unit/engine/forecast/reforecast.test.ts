import { describe, expect, it } from 'vitest';
import {
  forecast,
  posteriorRate,
  reforecastInput,
  sitesFromGroups,
  summarizeActuals,
} from '../../../../src/engine/forecast';
import { parseActualsCsv } from '../../../../src/io/actuals-csv';
import { inverseRegularizedBeta } from '../../../../src/engine/stats';

describe('posterior update', () => {
  it('Gamma(α + k, β + τ): 10 patients in 6 months on a Gamma(2, 4) prior give Gamma(12, 10)', () => {
    // Given prior mean 0.5/month and observed 10/6 ≈ 1.67/month, then posterior mean 1.2/month
    const post = posteriorRate(2, 4, 10, 6);
    expect(post).toEqual({ shape: 12, rate: 10 });
    expect(post.shape / post.rate).toBeCloseTo(1.2, 12);
  });
  it('re-forecasts the remainder from now with actuals as the starting count', () => {
    // Given 50 sites (Gamma(2, 4)) all open at 0 and, at month 6, each has 3 patients
    const { sites, countryIds } = sitesFromGroups([{ count: 50, shape: 2, rate: 4, opensAt: 0 }]);
    const plan = { target: 300, sites, countryIds, at: [12] };
    const actuals = Array.from({ length: 50 }, (_, site) => ({ site, patients: 3, monthsOpen: 6 }));
    const input = reforecastInput(plan, actuals, 6);
    // When forecast (identical posteriors Gamma(5, 10) → the exact form applies)
    const r = forecast(input);
    expect(r.method).toBe('exact');
    // Then T = 6 + 10·x/(1−x), x = I⁻¹(0.5; 150 remaining, 50·5)
    const x = inverseRegularizedBeta(0.5, 150, 250);
    expect(r.timeToTarget.p50).toBeCloseTo(6 + (10 * x) / (1 - x), 8);
    expect(r.timeToTarget.mean).toBeCloseTo(6 + (150 * 10) / 249, 8);
    // And the count at 12 starts from the 150 actuals: 150 + 250·6/10
    expect(r.at![0]!.mean).toBeCloseTo(150 + 150, 8);
    expect(plan.sites.shape[0]).toBe(2); // the plan is untouched
  });
});

describe('actuals CSV', () => {
  const known = ['S1', 'S2'];
  it('accepts a valid file with a header and sums per site', () => {
    const csv = 'site,date,randomised\nS1,2025-01-10,2\nS1,2025-02-10,3\nS2,2025-01-20,1\n';
    const res = parseActualsCsv(csv, known);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.rows).toHaveLength(3);
    const sum = summarizeActuals(res.rows, '2025-03-01', { S1: '2024-12-01' });
    const s1 = sum.find((s) => s.siteId === 'S1')!;
    expect(s1.patients).toBe(5);
    // 2024-12-01 → 2025-03-01 is 90 days = 90/30.4375 months
    expect(s1.monthsOpen).toBeCloseTo(90 / 30.4375, 12);
  });
  it('names row, column, value and reason for every problem and returns no data', () => {
    const csv = [
      'site,date,randomised',
      'S9,2025-01-10,2', // unknown site
      'S1,2025-13-01,1', // bad month
      'S1,2025-02-30,1', // no such day
      'S2,2025-01-20,-1', // negative
      'S2,2025-03-01,1',
      'S2,2025-02-01,1', // out of order
      'S1,2025-04-01,1.5', // not whole
    ].join('\n');
    const res = parseActualsCsv(csv, known);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors).toEqual([
      { row: 2, column: 'site id', value: 'S9', reason: 'unknown site id' },
      { row: 3, column: 'date', value: '2025-13-01', reason: 'not a valid date in YYYY-MM-DD form' },
      { row: 4, column: 'date', value: '2025-02-30', reason: 'not a valid date in YYYY-MM-DD form' },
      { row: 5, column: 'patients randomised', value: '-1', reason: 'negative count' },
      {
        row: 7,
        column: 'date',
        value: '2025-02-01',
        reason: 'dates out of order for site S2: 2025-02-01 is not after 2025-03-01',
      },
      { row: 8, column: 'patients randomised', value: '1.5', reason: 'not a whole number' },
    ]);
  });
  it('reports rows with the wrong number of columns', () => {
    const res = parseActualsCsv('S1,2025-01-01\n', known);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]).toMatchObject({ row: 1, column: 'row' });
  });
});
