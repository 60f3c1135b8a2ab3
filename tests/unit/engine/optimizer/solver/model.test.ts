import { describe, expect, it } from 'vitest';
import { probabilityAtLeast } from '../../../../../src/engine/optimizer/solver/count-tail';
import { compileProblem } from '../../../../../src/engine/optimizer/solver/model';
import { monteCarloCheck } from '../../../../../src/engine/optimizer/solver/monte-carlo';
import {
  openTimeMoments,
  siteExpectedCost,
  siteMoments,
} from '../../../../../src/engine/optimizer/solver/site-model';
import { createRng } from '../../../../../src/engine/optimizer/solver/rng';
import { fourCountrySpec } from './fixtures';

describe('count tail (moment-matched negative binomial)', () => {
  // References: direct pmf sums with python3 math.lgamma.
  it('matches the NB tail P(N ≥ n) for mean M, variance V', () => {
    expect(probabilityAtLeast(400, 430, 900)).toBeCloseTo(0.8456082559, 8);
    expect(probabilityAtLeast(50, 40, 120)).toBeCloseTo(0.1865125151, 8);
    expect(probabilityAtLeast(10, 20, 21)).toBeCloseTo(0.9941725771, 8);
  });
  it('falls back to the Poisson tail when V = M', () => {
    expect(probabilityAtLeast(400, 420, 420)).toBeCloseTo(0.8414421106, 8);
    expect(probabilityAtLeast(5, 3.2, 3.2)).toBeCloseTo(0.2193874889, 9);
  });
  it('edge cases: target 0 is certain, no patients is hopeless', () => {
    expect(probabilityAtLeast(0, 0, 0)).toBe(1);
    expect(probabilityAtLeast(3, 0, 0)).toBe(0);
  });
});

describe('site model', () => {
  it('open-time moments for U(2, 8) match numeric integration', () => {
    // Given a site opening uniformly in months 2–8 / When observed at t = 6 and t = 24
    expect(openTimeMoments({ uniform: [2, 8] }, 6).m1).toBeCloseTo(4 / 3, 9);
    expect(openTimeMoments({ uniform: [2, 8] }, 6).m2).toBeCloseTo(32 / 9, 9);
    expect(openTimeMoments({ uniform: [2, 8] }, 24)).toEqual({ m1: 19, m2: expect.closeTo(364, 9) });
    expect(openTimeMoments(5, 3)).toEqual({ m1: 0, m2: 0 });
  });
  it('expected cost per site follows the issue formula', () => {
    const [a] = fourCountrySpec().countries;
    // 15000 + (3000 + 1000·1.0·0.99)·E[τ], E[τ] = 18 − 3 = 15 months
    expect(siteExpectedCost(a!, 18)).toBeCloseTo(15000 + (3000 + 990) * 15, 6);
  });
  it('site moments agree with a seeded Monte Carlo of one site', () => {
    const spec = fourCountrySpec();
    const problem = compileProblem(spec);
    const d = spec.countries[3]!;
    const m = siteMoments(d, spec.windowMonths);
    // Given 4000 copies of one D site (sum is exact by independence) / When simulated
    const mc = monteCarloCheck({ ...problem, regions: [] }, [0, 0, 0, 1], 40_000, 11);
    expect(mc.meanPatients).toBeCloseTo(m.mean, 0);
    expect(Math.abs(mc.meanPatients - m.mean) / m.mean).toBeLessThan(0.01);
  });
  it('site variance (Poisson + rate spread + random opening) agrees with direct simulation', () => {
    // Given λ ~ Gamma(mean 1.4, var 1.0), u ~ U(1, 3), dropout 0.1, window 18
    const d = fourCountrySpec().countries[3]!;
    const rng = createRng(99);
    const n = 200_000;
    let s1 = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const lambda = rng.gamma(1.4 ** 2 / 1.0, 1.4 / 1.0);
      const u = 1 + 2 * rng.next();
      const x = rng.poisson(lambda * 0.9 * (18 - u));
      s1 += x;
      s2 += x * x;
    }
    const mean = s1 / n;
    const variance = s2 / n - mean * mean;
    // When / Then within 1.5% (sampling error of a variance at n = 2e5 is ~0.5%)
    const m = siteMoments(d, 18);
    expect(Math.abs(mean / m.mean - 1)).toBeLessThan(0.01);
    expect(Math.abs(variance / m.variance - 1)).toBeLessThan(0.015);
  });
});
