import { describe, expect, it } from 'vitest';
import { gammaQuantile, probabilityNoPatient } from '../../../../src/engine/priors';

describe('gammaQuantile', () => {
  it('matches the exponential closed form (shape 1): q = −ln(1−p)/β', () => {
    // Given Gamma(1, 2) — an exponential with mean 0.5
    // Then q(p) = −ln(1 − p)/2 exactly
    expect(gammaQuantile(0.05, 1, 2)).toBeCloseTo(-Math.log(0.95) / 2, 10);
    expect(gammaQuantile(0.95, 1, 2)).toBeCloseTo(-Math.log(0.05) / 2, 10);
  });

  it('matches published chi-square table values (χ²_k = Gamma(k/2, rate ½))', () => {
    // Standard χ² table: df 1: 0.00393 / 3.841; df 4: 0.711 / 9.488; df 10: 3.940 / 18.307
    expect(gammaQuantile(0.05, 0.5, 0.5)).toBeCloseTo(0.003932, 5);
    expect(gammaQuantile(0.95, 0.5, 0.5)).toBeCloseTo(3.8415, 3);
    expect(gammaQuantile(0.05, 2, 0.5)).toBeCloseTo(0.7107, 3);
    expect(gammaQuantile(0.95, 2, 0.5)).toBeCloseTo(9.4877, 3);
    expect(gammaQuantile(0.05, 5, 0.5)).toBeCloseTo(3.9403, 3);
    expect(gammaQuantile(0.95, 5, 0.5)).toBeCloseTo(18.307, 2);
  });

  it('refuses p outside (0, 1) and non-positive parameters', () => {
    expect(() => gammaQuantile(0, 1, 1)).toThrow(RangeError);
    expect(() => gammaQuantile(0.5, 0, 1)).toThrow(RangeError);
  });
});

describe('probabilityNoPatient', () => {
  it('is the negative-binomial zero term (β/(β+τ))^α', () => {
    // Given α = 1, β = 2 (mean 0.5/month) over 12 months: 2/14 = 0.142857
    expect(probabilityNoPatient(1, 2, 12)).toBeCloseTo(1 / 7, 12);
    // Given α = 2, β = 4 over 12 months: (4/16)^2 = 0.0625
    expect(probabilityNoPatient(2, 4, 12)).toBeCloseTo(0.0625, 12);
  });

  it('agrees with a Monte-Carlo Poisson–gamma simulation (seeded)', () => {
    // Given rates drawn from Gamma(1, 2) (exponential: −ln U / 2) and Poisson counts over 12 months
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
    let zeros = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const lambda = -Math.log(rand()) / 2;
      // P(N = 0 | λ) = e^(−12λ): draw the zero event directly
      if (rand() < Math.exp(-12 * lambda)) zeros++;
    }
    // Then the share of zero sites ≈ 1/7 within 3 standard errors
    const se = Math.sqrt(((1 / 7) * (6 / 7)) / n);
    expect(Math.abs(zeros / n - 1 / 7)).toBeLessThan(3 * se);
  });
});
