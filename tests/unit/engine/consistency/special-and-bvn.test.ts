import { describe, expect, it } from 'vitest';
import { bivariateNormalCdf } from '../../../../src/engine/consistency/bivariate-normal';
import { logGamma, normalCdf, normalQuantile, regularizedBeta } from '../../../../src/engine/stats/index';
import {
  shareProbabilityFromCounts,
  shareProbabilityFromMoments,
  shareProbabilityFromSamples,
} from '../../../../src/engine/consistency/share-probability';
import { createRng } from '../../../../src/engine/optimizer/solver/rng';

describe('special functions (references from python3 math.erfc / math.lgamma)', () => {
  it('normal CDF and quantile', () => {
    expect(normalCdf(-3.7)).toBeCloseTo(0.00010779973347738823, 15);
    expect(normalCdf(-9) / 1.1285884059538422e-19).toBeCloseTo(1, 7);
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845400532, 12);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729141, 12);
  });
  it('log-gamma', () => {
    expect(logGamma(0.3)).toBeCloseTo(1.0957979948180752, 12);
    expect(logGamma(123.4)).toBeCloseTo(469.3360974421906, 9);
  });
  it('incomplete beta: I_x(1, b) = 1 − (1−x)^b and symmetry', () => {
    expect(regularizedBeta(0.3, 1, 4.5)).toBeCloseTo(1 - 0.7 ** 4.5, 13);
    expect(regularizedBeta(0.4, 7, 3) + regularizedBeta(0.6, 3, 7)).toBeCloseTo(1, 13);
  });
});

describe('bivariate normal Φ₂ (Genz 2004)', () => {
  // References: Simpson integration of ∫_{-12}^{h} φ(x) Φ((k − ρx)/√(1−ρ²)) dx in python3.
  const cases: [number, number, number, number][] = [
    [1.2815515655446004, 0.5, 0.3, 0.6425419621249263],
    [0.3, -0.4, -0.5, 0.1376902399378132],
    [1.0, 1.5, 0.95, 0.839948973417114],
    [-0.5, 0.7, -0.95, 0.08350245204225816],
    [2, -1, 0.6, 0.15862028295128336],
    [0, 0, 0.5, 1 / 3],
  ];
  it.each(cases)('Φ₂(%f, %f; %f) = %f', (h, k, r, want) => {
    expect(bivariateNormalCdf(h, k, r)).toBeCloseTo(want, 10);
  });
  it('degenerate correlations reduce to one-dimensional normals', () => {
    expect(bivariateNormalCdf(0.4, 1.1, 0)).toBeCloseTo(normalCdf(0.4) * normalCdf(1.1), 14);
    expect(bivariateNormalCdf(0.4, 1.1, 1)).toBeCloseTo(normalCdf(0.4), 14);
    expect(bivariateNormalCdf(0.4, 1.1, -1)).toBeCloseTo(normalCdf(0.4) + normalCdf(1.1) - 1, 14);
  });
});

describe('probability that a scenario delivers a regional share', () => {
  it('moment-matched Beta agrees with a Simpson integration of the Beta density', () => {
    // mean 0.25, var 0.002 ⇒ Beta(23.1875, 69.5625); P(X ≥ 0.2) = 0.87003998 (python3).
    expect(shareProbabilityFromMoments(0.25, 0.002, 0.2)).toBeCloseTo(0.8700399808, 7);
  });
  it('degenerate and bound cases', () => {
    expect(shareProbabilityFromMoments(0.3, 0, 0.2)).toBe(1);
    expect(shareProbabilityFromMoments(0.1, 0, 0.2)).toBe(0);
    expect(shareProbabilityFromMoments(0.1, 0.01, 0)).toBe(1);
  });
  it('samples give the empirical fraction', () => {
    expect(shareProbabilityFromSamples([0.1, 0.2, 0.3, 0.4], 0.2)).toBe(0.75);
  });
  it('count-based normal approximation matches a seeded Poisson–gamma Monte Carlo', () => {
    // Given region counts Poisson(Gamma(40, 0.5)) (mean 80) and rest Poisson(Gamma(100, 0.4)) (mean 250)
    const rng = createRng(7);
    const runs = 100_000;
    let hits = 0;
    for (let i = 0; i < runs; i++) {
      const a = rng.poisson(rng.gamma(40, 0.5));
      const b = rng.poisson(rng.gamma(100, 0.4));
      if (a / (a + b) >= 0.22) hits++;
    }
    // Var = mean + mean²/shape
    const p = shareProbabilityFromCounts(
      { mean: 80, variance: 80 + 6400 / 40 },
      { mean: 250, variance: 250 + 62500 / 100 },
      0.22,
    );
    // Then within 0.01 (the approximation, not just sampling error)
    expect(Math.abs(hits / runs - p)).toBeLessThan(0.01);
  });
});
