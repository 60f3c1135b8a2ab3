import { describe, expect, it } from 'vitest';
import {
  method1ConditionalMinFraction,
  method1ConditionalProbability,
  method1MinFraction,
  method1Probability,
  method2Probability,
} from '../../../../src/engine/consistency/mhlw';
import { normalQuantile } from '../../../../src/engine/stats/index';
import { createRng } from '../../../../src/engine/optimizer/solver/rng';

// Reference values RC-1..RC-5 (docs/verification.md): published MHLW/Quan et al. figures.
describe('MHLW Method 1 unconditional (Quan et al. 2010)', () => {
  it('RC-1: π=0.5, CP=0.8, power 0.9 needs 22.43% of patients', () => {
    // Given the design / When solved / Then
    expect(method1MinFraction(0.5, 0.8, { power: 0.9 })).toBeCloseTo(0.2243, 4);
  });
  it('RC-2: π=0.5, CP=0.8, power 0.8 needs 28.41%', () => {
    expect(method1MinFraction(0.5, 0.8, { power: 0.8 })).toBeCloseTo(0.2841, 4);
  });
  it('RC-3: π=0.3, CP=0.8 needs 16.84% (power 0.8) and 12.86% (power 0.9)', () => {
    expect(method1MinFraction(0.3, 0.8, { power: 0.8 })).toBeCloseTo(0.1684, 4);
    expect(method1MinFraction(0.3, 0.8, { power: 0.9 })).toBeCloseTo(0.1286, 4);
  });
  it('RC-5: π=1 gives probability 0.5 for any fraction', () => {
    for (const f of [0.05, 0.2, 0.6, 1])
      expect(method1Probability(f, 1, { power: 0.9 })).toBeCloseTo(0.5, 10);
  });
  it('the probability at the minimum fraction equals the target CP (closed form inverts the CDF)', () => {
    const f = method1MinFraction(0.5, 0.8, { power: 0.9 }) as number;
    expect(method1Probability(f, 0.5, { power: 0.9 })).toBeCloseTo(0.8, 10);
  });
  it('is increasing in the fraction', () => {
    let prev = 0;
    for (let f = 0.02; f <= 1; f += 0.02) {
      const p = method1Probability(f, 0.5, { power: 0.8 });
      expect(p).toBeGreaterThan(prev);
      prev = p;
    }
  });
  it('returns 0 for CP ≤ 0.5 and null when π ≥ 1 makes CP > 0.5 unreachable', () => {
    expect(method1MinFraction(0.5, 0.4, { power: 0.9 })).toBe(0);
    expect(method1MinFraction(1, 0.8, { power: 0.9 })).toBeNull();
  });
  it('uses the one-sided α: a larger α (same power) lowers s, so the region needs a larger share', () => {
    const a = method1MinFraction(0.5, 0.8, { power: 0.9, alpha: 0.025 }) as number;
    const b = method1MinFraction(0.5, 0.8, { power: 0.9, alpha: 0.05 }) as number;
    expect(b).toBeGreaterThan(a);
  });
  it('rejects bad inputs with a RangeError', () => {
    expect(() => method1Probability(0, 0.5, { power: 0.9 })).toThrow(RangeError);
    expect(() => method1Probability(0.2, 0.5, { power: 1 })).toThrow(RangeError);
  });
  it('agrees with a seeded Monte Carlo of the normal model within sampling error', () => {
    // Given N(δ, 1/N) effects simulated as regional and rest-of-world means, f = 0.25, power 0.8.
    const f = 0.25;
    const pi = 0.5;
    const s = normalQuantile(0.975) + normalQuantile(0.8);
    const rng = createRng(20240607);
    const runs = 200_000;
    let hits = 0;
    let sig = 0;
    let both = 0;
    for (let i = 0; i < runs; i++) {
      // z-scale: overall effect estimate has sd 1 and mean s; region sd 1/√f; rest sd 1/√(1−f).
      const dRegion = s + rng.normal() / Math.sqrt(f);
      const dRest = s + rng.normal() / Math.sqrt(1 - f);
      const dAll = f * dRegion + (1 - f) * dRest;
      const ok = dRegion - pi * dAll > 0;
      if (ok) hits++;
      if (dAll > normalQuantile(0.975)) {
        sig++;
        if (ok) both++;
      }
    }
    // When compared / Then within 4 standard errors
    const p = method1Probability(f, pi, { power: 0.8 });
    expect(Math.abs(hits / runs - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / runs));
    const pc = method1ConditionalProbability(f, pi, { power: 0.8 });
    expect(Math.abs(both / sig - pc)).toBeLessThan(4 * Math.sqrt((pc * (1 - pc)) / sig));
    expect(Math.abs(sig / runs - 0.8)).toBeLessThan(4 * Math.sqrt(0.16 / runs));
  });
});

describe('MHLW Method 1 conditional on overall significance (Homma 2024)', () => {
  it('matches an independent Simpson-rule integration of Φ₂ (python, math.erfc)', () => {
    // References from ∫ φ(x)Φ((k−ρx)/√(1−ρ²))dx in python3 stdlib.
    expect(method1ConditionalProbability(0.2243, 0.5, { power: 0.9 })).toBeCloseTo(0.8161732234, 8);
    expect(method1ConditionalProbability(0.3, 0.5, { power: 0.8 })).toBeCloseTo(0.8415471541, 8);
    expect(method1ConditionalProbability(0.1, 0.3, { power: 0.9 })).toBeCloseTo(0.7842167988, 8);
  });
  it('is at least the unconditional probability (consistency and significance correlate positively)', () => {
    for (const f of [0.05, 0.15, 0.3, 0.6, 0.9]) {
      for (const power of [0.8, 0.9]) {
        expect(method1ConditionalProbability(f, 0.5, { power })).toBeGreaterThanOrEqual(
          method1Probability(f, 0.5, { power }),
        );
      }
    }
  });
  it('min fraction solves the equation and is below the unconditional one', () => {
    const f = method1ConditionalMinFraction(0.5, 0.8, { power: 0.9 }) as number;
    expect(method1ConditionalProbability(f, 0.5, { power: 0.9 })).toBeCloseTo(0.8, 9);
    expect(f).toBeLessThan(0.2243);
    expect(f).toBeGreaterThan(0.15);
  });
  it('is increasing in f', () => {
    let prev = 0;
    for (let f = 0.02; f <= 1; f += 0.02) {
      const p = method1ConditionalProbability(f, 0.5, { power: 0.9 });
      expect(p).toBeGreaterThan(prev);
      prev = p;
    }
  });
  it('returns null when even the whole trial cannot reach the target (π = 1 caps it at 0.5)', () => {
    expect(method1ConditionalProbability(1, 1, { power: 0.8 })).toBeCloseTo(0.5, 10);
    expect(method1ConditionalMinFraction(1, 0.8, { power: 0.8 })).toBeNull();
  });
});

describe('MHLW Method 2', () => {
  it('RC-4: equal regions at power 0.8 give 0.9530 / 0.8496 / 0.7144 for 2 / 3 / 4 regions', () => {
    expect(method2Probability([0.5, 0.5], { power: 0.8 })).toBeCloseTo(0.953, 4);
    expect(method2Probability([1 / 3, 1 / 3, 1 / 3], { power: 0.8 })).toBeCloseTo(0.8496, 4);
    expect(method2Probability([0.25, 0.25, 0.25, 0.25], { power: 0.8 })).toBeCloseTo(0.7144, 4);
  });
  it('rejects fractions not summing to 1', () => {
    expect(() => method2Probability([0.2, 0.3], { power: 0.8 })).toThrow(/sum to 1/);
  });
});
