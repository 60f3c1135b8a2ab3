import { describe, expect, it } from 'vitest';
import { maxSuccessWithinBudget } from '../../../../../src/engine/optimizer/solver/budget';
import { compileProblem, evaluateMix } from '../../../../../src/engine/optimizer/solver/model';
import { minCostMix } from '../../../../../src/engine/optimizer/solver/search';
import { allMixes, fourCountrySpec, randomSmallSpec } from './fixtures';

function bruteForceMinCost(spec: ReturnType<typeof randomSmallSpec>): {
  cost: number;
  sites: number[] | null;
} {
  const p = compileProblem(spec);
  let best: { cost: number; sites: number[] | null } = { cost: Infinity, sites: null };
  for (const mix of allMixes(p.min, p.max)) {
    const e = evaluateMix(p, mix);
    if (e.feasible && e.cost < best.cost) best = { cost: e.cost, sites: mix };
  }
  return best;
}

describe('minimum-cost mix: branch-and-bound vs brute-force enumeration', () => {
  it.each([false, true])(
    'agrees on 80 random 2–4 country problems (regional constraint: %s)',
    (withRegion) => {
      let feasibleCount = 0;
      for (let seed = 1; seed <= 80; seed++) {
        // Given a random small problem
        const spec = randomSmallSpec(seed * 7919 + (withRegion ? 1 : 0), withRegion);
        // When solved both ways
        const brute = bruteForceMinCost(spec);
        const r = minCostMix(compileProblem(spec), spec.successProbability);
        // Then the optimal costs agree and the search proves it
        expect(r.proven).toBe(true);
        if (brute.sites === null) {
          expect(r.sites).toBeNull();
        } else {
          feasibleCount++;
          expect(r.sites).not.toBeNull();
          expect(r.cost).toBeCloseTo(brute.cost, 6);
          expect(evaluateMix(compileProblem(spec), r.sites!).feasible).toBe(true);
        }
      }
      expect(feasibleCount).toBeGreaterThan(20);
    },
  );

  it('solves the 4-country example optimally in well under a second', () => {
    const spec = fourCountrySpec({ regions: [{ id: 'Japan', countries: ['JP'], minShare: 0.1 }] });
    const t0 = performance.now();
    const r = minCostMix(compileProblem(spec), spec.successProbability);
    const ms = performance.now() - t0;
    const brute = bruteForceMinCost(spec);
    expect(r.cost).toBeCloseTo(brute.cost, 6);
    expect(ms).toBeLessThan(1000);
  });
});

describe('dual: highest P(success) within a budget', () => {
  it('matches brute force on random small problems', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const spec = randomSmallSpec(seed * 104729, seed % 2 === 0);
      const p = compileProblem(spec);
      // Given a budget at 60% of the all-maximum cost
      const budget = 0.6 * evaluateMix(p, p.max, 0).cost;
      let bestP = -1;
      for (const mix of allMixes(p.min, p.max)) {
        const e = evaluateMix(p, mix, 0);
        if (e.feasible && e.cost <= budget && e.pSuccess > bestP) bestP = e.pSuccess;
      }
      // When the dual is solved
      const r = maxSuccessWithinBudget(p, budget);
      if (bestP < 0) {
        expect(r.sites).toBeNull();
        continue;
      }
      // Then it is within budget, meets the regions, and its P(success) is within 1e-4 of the best
      const e = evaluateMix(p, r.sites!, 0);
      expect(e.cost).toBeLessThanOrEqual(budget * (1 + 1e-12));
      expect(e.feasible).toBe(true);
      expect(e.pSuccess).toBeGreaterThan(bestP - 1e-4);
    }
  });
});
