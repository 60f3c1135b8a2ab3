import { describe, expect, it } from 'vitest';
import { exactEvaluator } from '../../../../../src/engine/optimizer/solver/exact-count';
import { compileProblem, evaluateMix } from '../../../../../src/engine/optimizer/solver/model';
import { monteCarloCheck } from '../../../../../src/engine/optimizer/solver/monte-carlo';
import { optimizeCountryMix } from '../../../../../src/engine/optimizer/solver/optimize';
import { createRng } from '../../../../../src/engine/optimizer/solver/rng';
import { optimizerSpecSchema, type OptimizerSpec } from '../../../../../src/engine/optimizer/solver/spec';
import { allMixes } from './fixtures';

// Issue #20 stress case: rate priors of shape 0.5 (variance 2m²), target 80, Japan ≥ 20% of
// patients with probability 0.7. The moment-matched P of the true optimum is just under the line.
const STRESS: OptimizerSpec = optimizerSpecSchema.parse({
  target: 80,
  windowMonths: 17.3357,
  successProbability: 0.8634,
  countries: [
    {
      id: 'JP',
      rateMean: 0.66157,
      rateVariance: 0.87535,
      maxSites: 6,
      siteStartupCost: 22142,
      siteMonthlyCost: 3800,
      perPatientCost: 2102,
      dropoutRate: 0.05232,
      opensAt: { uniform: [0, 4.42155] },
    },
    {
      id: 'C1',
      rateMean: 0.45136,
      rateVariance: 0.40745,
      maxSites: 8,
      siteStartupCost: 5038,
      siteMonthlyCost: 5000,
      perPatientCost: 1740,
      dropoutRate: 0.00757,
      opensAt: 1.02317,
    },
    {
      id: 'C2',
      rateMean: 0.82694,
      rateVariance: 1.36765,
      maxSites: 6,
      siteStartupCost: 7209,
      siteMonthlyCost: 1964,
      perPatientCost: 2937,
      dropoutRate: 0.00189,
      opensAt: { uniform: [0, 3.76463] },
    },
  ],
  regions: [{ id: 'Japan', countries: ['JP'], minShare: 0.2, minProbability: 0.7 }],
});

/** The cheapest mix whose EXACT probabilities meet every requirement, by enumerating the box. */
function bruteForceOptimum(spec: OptimizerSpec): { sites: number[]; cost: number } | null {
  const p = compileProblem(spec);
  const exact = exactEvaluator(p)!;
  let best: { sites: number[]; cost: number } | null = null;
  for (const mix of allMixes(p.min, p.max)) {
    const a = evaluateMix(p, mix, 0);
    if (best && a.cost >= best.cost) continue;
    if (!a.regions.every((r) => r.expectedShare >= r.requiredShare - 1e-12)) continue;
    const e = exact(mix);
    const regionsOk = p.regions.every(
      (r, k) => r.minProbability === undefined || e.regionProbability[k]! >= r.minProbability,
    );
    if (e.pSuccess >= spec.successProbability && regionsOk) best = { sites: mix, cost: a.cost };
  }
  return best;
}

describe('exact count distribution of a mix', () => {
  it('agrees with a long seeded Monte Carlo of the same model (P(success) and the regional share)', () => {
    const p = compileProblem(STRESS);
    const exact = exactEvaluator(p)!;
    for (const mix of [
      [5, 2, 6],
      [3, 4, 4],
    ]) {
      const e = exact(mix);
      const mc = monteCarloCheck(p, mix, 200_000, 20);
      const se = (q: number) => Math.sqrt((q * (1 - q)) / 200_000);
      // Within 4 binomial standard errors (≈ 0.003)
      expect(Math.abs(e.pSuccess - mc.pSuccess)).toBeLessThan(4 * se(e.pSuccess));
      expect(Math.abs(e.regionProbability[0]! - mc.regions[0]!.probability)).toBeLessThan(
        4 * se(e.regionProbability[0]!),
      );
    }
  });
});

describe('optimizer confirms borderline answers exactly (issue #20)', () => {
  it('stress case (shape 0.5, target 80, 20% share with probability 0.7): returns the cheapest truly feasible mix', () => {
    // Given the true optimum established by brute force over every mix with exact probabilities
    const truth = bruteForceOptimum(STRESS)!;
    expect(truth).not.toBeNull();
    // And its analytic P(success) is just under the requirement (the trap the old search fell into)
    const p = compileProblem(STRESS);
    const analytic = evaluateMix(p, truth.sites).pSuccess;
    expect(analytic).toBeLessThan(STRESS.successProbability);
    expect(analytic).toBeGreaterThan(STRESS.successProbability - 0.002);
    // When optimised
    const r = optimizeCountryMix(STRESS, { seed: 1 });
    // Then the answer is that mix, at that cost, and its exact probabilities are reported
    expect(r.feasible).toBe(true);
    expect(STRESS.countries.map((c) => r.sites![c.id])).toEqual(truth.sites);
    expect(r.expectedCost!).toBeCloseTo(truth.cost, 6);
    expect(r.exactlyConfirmed).toBe(true);
    expect(r.pSuccessExact!).toBeGreaterThanOrEqual(STRESS.successProbability);
    expect(r.regions[0]!.exactProbability!).toBeGreaterThanOrEqual(0.7);
  });

  it('on random shape-0.5 problems it matches the exact brute-force optimum, and never returns a truly infeasible mix', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rng = createRng(1000 + seed);
      const spec = optimizerSpecSchema.parse({
        target: 80,
        windowMonths: 12 + rng.next() * 12,
        successProbability: 0.7 + rng.next() * 0.2,
        countries: Array.from({ length: 3 }, (_, i) => {
          const m = 0.3 + rng.next() * 1.2;
          return {
            id: `C${i}`,
            rateMean: m,
            rateVariance: 2 * m * m,
            maxSites: 3 + Math.floor(rng.next() * 5),
            siteStartupCost: 5000 + rng.next() * 30000,
            siteMonthlyCost: 1000 + rng.next() * 4000,
            perPatientCost: 500 + rng.next() * 3000,
            dropoutRate: rng.next() * 0.1,
            opensAt: rng.next() < 0.5 ? { uniform: [0, 2 + rng.next() * 4] } : rng.next() * 4,
          };
        }),
        regions: [{ id: 'R', countries: ['C0'], minShare: 0.2, minProbability: 0.7 }],
      });
      const truth = bruteForceOptimum(spec);
      const r = optimizeCountryMix(spec, { seed: 1, monteCarloRuns: 500 });
      expect(r.feasible, `seed ${seed}`).toBe(truth !== null);
      if (truth) expect(r.expectedCost!, `seed ${seed}`).toBeCloseTo(truth.cost, 6);
    }
  });
});
