import { describe, expect, it } from 'vitest';
import { describeSitePrior, sitePrior } from '../../../../src/engine/priors';

describe('sitePrior', () => {
  it('with only the country default is Gamma(1/CV², 1/(CV²·m₀)) and stays wide', () => {
    // Given a country default of 0.5/month and CV 1
    const p = sitePrior({ countryCv: 1, countryDefaultRate: 0.5, optimismDiscount: 0.3 });
    // Then shape 1, rate 2 (mean 0.5) and the 90% range is the exponential's −ln(0.95)/2 … −ln(0.05)/2
    expect(p.shape).toBeCloseTo(1, 12);
    expect(p.rate).toBeCloseTo(2, 12);
    expect(p.mean).toBeCloseTo(0.5, 12);
    expect(p.interval90.low).toBeCloseTo(0.025647, 5);
    expect(p.interval90.high).toBeCloseTo(1.497866, 5);
    expect(p.noHistory).toBe(true);
    // And P(no patient in 12 months) = 2/14 ≈ 14% (Tufts: 11% of sites enrol nobody)
    expect(p.pZero).toBeCloseTo(1 / 7, 10);
  });

  it('combines default, PI history and discounted self-estimate with hand-computed weights', () => {
    // Given m₀ 0.5 (α₀ 1, β₀ 2), PI 0.8/month over 3 trials (T = 2×3 = 6 site-months),
    // a self-estimate 1.2 discounted 30% → 0.84 worth 1.5 site-months, 2 competing trials (×1/1.3)
    const p = sitePrior({
      countryCv: 1,
      countryDefaultRate: 0.5,
      piTrialsInArea: 3,
      piPastEnrollmentPerMonth: 0.8,
      selfEstimatePerMonth: 1.2,
      optimismDiscount: 0.3,
      competingTrials: 2,
    });
    // Then α = 1 + 0.8·6 + 0.84·1.5 = 7.06; β = (2 + 6 + 1.5)·1.3 = 12.35; mean 0.571660
    expect(p.shape).toBeCloseTo(7.06, 10);
    expect(p.rate).toBeCloseTo(12.35, 10);
    expect(p.mean).toBeCloseTo(0.5716599, 6);
    // Weights are the site-month shares: 2/9.5, 6/9.5, 1.5/9.5
    const w = Object.fromEntries(p.explanation.map((t) => [t.key, t.weight]));
    expect(w.country).toBeCloseTo(0.2105263, 6);
    expect(w['pi-history']).toBeCloseTo(0.6315789, 6);
    expect(w['self-estimate']).toBeCloseTo(0.1578947, 6);
    expect(p.explanation.find((t) => t.key === 'competition')?.value).toBeCloseTo(1 / 1.3, 10);
    // 90% interval (independent series + bisection in python): 0.26935 – 0.96529
    expect(p.interval90.low).toBeCloseTo(0.26935, 4);
    expect(p.interval90.high).toBeCloseTo(0.96529, 4);
    // P(no patient in 12 months) = (12.35/24.35)^7.06 = 0.0082887
    expect(p.pZero).toBeCloseTo(0.0082887, 6);
    expect(p.noHistory).toBe(false);
  });

  it('gives more weight to a PI with more trials, up to the cap', () => {
    const base = { countryDefaultRate: 0.5, piPastEnrollmentPerMonth: 1.5, optimismDiscount: 0.3 };
    const one = sitePrior({ countryCv: 1, ...base, piTrialsInArea: 1 });
    const five = sitePrior({ countryCv: 1, ...base, piTrialsInArea: 5 });
    const fifty = sitePrior({ countryCv: 1, ...base, piTrialsInArea: 50 });
    // Then the mean moves toward 1.5 and the shape grows (narrower): 1 trial → (1+3)/(2+2) = 1.0
    expect(one.mean).toBeCloseTo(1.0, 10);
    expect(five.mean).toBeGreaterThan(one.mean);
    expect(five.shape).toBeGreaterThan(one.shape);
    // 6 trials counted at most: (1 + 1.5·12)/(2 + 12) = 19/14
    expect(fifty.mean).toBeCloseTo(19 / 14, 10);
  });

  it('applies the optimism discount from settings to the self-estimate', () => {
    const none = sitePrior({
      countryCv: 1,
      countryDefaultRate: 0.5,
      selfEstimatePerMonth: 2,
      optimismDiscount: 0,
    });
    const half = sitePrior({
      countryCv: 1,
      countryDefaultRate: 0.5,
      selfEstimatePerMonth: 2,
      optimismDiscount: 0.5,
    });
    // (1 + 2·1.5)/3.5 = 1.142857 vs (1 + 1·1.5)/3.5 = 0.714286
    expect(none.mean).toBeCloseTo(4 / 3.5, 10);
    expect(half.mean).toBeCloseTo(2.5 / 3.5, 10);
  });

  it('widens relative to history: no history → smaller shape, wider relative range', () => {
    const without = sitePrior({ countryCv: 1, countryDefaultRate: 0.8, optimismDiscount: 0.3 });
    const withHist = sitePrior({
      countryCv: 1,
      countryDefaultRate: 0.8,
      piTrialsInArea: 4,
      piPastEnrollmentPerMonth: 0.8,
      optimismDiscount: 0.3,
    });
    expect(withHist.mean).toBeCloseTo(without.mean, 10);
    expect(without.shape).toBeLessThan(withHist.shape);
    expect(without.interval90.high - without.interval90.low).toBeGreaterThan(
      withHist.interval90.high - withHist.interval90.low,
    );
  });

  it('refuses a non-positive default rate and a discount of 1 or more', () => {
    expect(() => sitePrior({ countryDefaultRate: 0, optimismDiscount: 0.3 })).toThrow(RangeError);
    expect(() => sitePrior({ countryCv: 1, countryDefaultRate: 0.5, optimismDiscount: 1 })).toThrow(
      RangeError,
    );
  });

  it('explains itself in words and numbers', () => {
    const p = sitePrior({
      countryCv: 1,
      countryDefaultRate: 0.5,
      piTrialsInArea: 3,
      piPastEnrollmentPerMonth: 0.8,
      selfEstimatePerMonth: 1.2,
      optimismDiscount: 0.3,
      competingTrials: 2,
    });
    const text = describeSitePrior(p);
    expect(text).toMatch(/^Expected 0\.57 patients\/month; 90% range 0\.27–0\.97; based on: /);
    expect(text).toContain('PI history 0.80/month over 3 trials (weight 63%)');
    expect(text).toContain('site estimate 1.2 discounted 30% → 0.84/month (weight 16%)');
    expect(text).toContain('chance of no patient in 12 months <1%');
  });

  it('defaults its dispersion to the between-site shape fitted on ClinicalTrials.gov (benchmarks.json)', async () => {
    const benchmarks = (await import('../../../../data/reference/benchmarks.json')).default;
    const p = sitePrior({ countryDefaultRate: 0.5, optimismDiscount: 0.3 });
    // CV = 1/√α: shape α = 1/CV², which is the fitted site shape (to the 4 digits stored)
    expect(p.shape).toBeCloseTo(benchmarks.priorDispersion.siteShape, 2);
    expect(p.mean).toBeCloseTo(0.5, 12);
  });
});
