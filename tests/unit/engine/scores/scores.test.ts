import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gammaPoissonCv,
  rankScenarios,
  riskiestShare,
  scoreScenarios,
  type ScenarioOutcome,
  type ScoreContext,
} from '../../../../src/engine/scores';

const CTX: ScoreContext = {
  deadlineMonths: 30,
  currency: 'USD',
  weights: { speed: 35, cost: 30, feasibility: 25, regional: 10 },
};

const A: ScenarioOutcome = {
  id: 'A',
  name: 'Global',
  firstSiteActivatedP50: 6,
  firstPatientInP50: 8,
  lastPatientInP50: 24,
  lastPatientInP90: 30,
  pReachByDeadline: 0.8,
  expectedTotalCost: 20_000_000,
  costPerRandomised: 41_413,
  riskiestShare: 0.2,
  regions: [
    { region: 'Japan', expectedShare: 0.15, requiredShare: 0.1, pMet: 0.9 },
    { region: 'China', expectedShare: 0.22, requiredShare: 0.2, pMet: 0.6 },
    { region: 'Europe', expectedShare: 0.3, requiredShare: 0, pMet: 1 },
  ],
};

describe('scoreScenarios: hand-checked', () => {
  it('computes every sub-score and the composite', () => {
    // Given scenario A and a 30-month window
    const [s] = scoreScenarios([A], CTX);
    // Then speed = 0.4·L(24) + 0.3·L(30) + 0.15·S(6) + 0.15·S(8)
    //   L(24) = 100·(45 − 24)/30 = 70; L(30) = 50; S(6) = 80; S(8) = 73.33… → 28 + 15 + 12 + 11 = 66
    expect(s!.speed.score).toBeCloseTo(66, 10);
    // cost: per patient at the US$41,413 benchmark → 50
    expect(s!.cost.score).toBeCloseTo(50, 10);
    // feasibility = 0.75·80 + 0.25·100·(0.5 − 0.2)/0.4 = 60 + 18.75 = 78.75
    expect(s!.feasibility.score).toBeCloseTo(78.75, 10);
    // regional = 100 · min(0.9, 0.6) = 60 (Europe has no requirement)
    expect(s!.regional.score).toBeCloseTo(60, 10);
    // composite with weights 35/30/25/10 (sum 100): 23.1 + 15 + 19.6875 + 6 = 63.7875
    expect(s!.composite.score).toBeCloseTo(63.7875, 10);
    expect(s!.rank).toBe(1);
    // And every score explains itself
    for (const k of ['speed', 'cost', 'feasibility', 'regional', 'composite'] as const) {
      expect(s![k].explanation.formula.length).toBeGreaterThan(10);
      expect(s![k].explanation.inputs.length).toBeGreaterThan(0);
    }
    expect(s!.speed.explanation.inputs).toContainEqual({
      label: 'Last patient in, P50',
      value: 24,
      unit: 'months',
    });
  });

  it('blends in the budget and converts the benchmark to the reporting currency', () => {
    // Given a US$25M budget: T = 100·(37.5 − 20)/25 = 70 → cost = 0.5·50 + 0.5·70 = 60
    expect(scoreScenarios([A], { ...CTX, budget: 25_000_000 })[0]!.cost.score).toBeCloseTo(60, 10);
    // Given EUR at 0.9 per USD: benchmark €37,271.70; €18,635.85 per patient is half of it → 100
    const eur = { ...A, costPerRandomised: 18_635.85 };
    expect(
      scoreScenarios([eur], { ...CTX, currency: 'EUR', reportingPerUsd: 0.9 })[0]!.cost.score,
    ).toBeCloseTo(100, 8);
  });

  it('scores a never-reached target 0 on last patient in', () => {
    // Given LPI never reached (Infinity) and no chance by the deadline
    const never = { ...A, lastPatientInP50: Infinity, lastPatientInP90: Infinity, pReachByDeadline: 0 };
    const [s] = scoreScenarios([never], CTX);
    // Then only the start-up terms remain: 12 + 11 = 23
    expect(s!.speed.score).toBeCloseTo(23, 10);
    expect(s!.feasibility.score).toBeCloseTo(18.75, 10);
  });
});

describe('scores: monotonicity and ranking', () => {
  it('a faster scenario never gets a lower speed score, all else equal', () => {
    const t = fc.double({ min: 0, max: 80, noNaN: true });
    fc.assert(
      fc.property(
        t,
        t,
        t,
        t,
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.nat(3),
        (fsa, fpi, p50, p90, gain, which) => {
          // Given a scenario and a copy that is faster on one milestone
          const slow: ScenarioOutcome = {
            ...A,
            firstSiteActivatedP50: fsa,
            firstPatientInP50: fpi,
            lastPatientInP50: p50,
            lastPatientInP90: p90,
          };
          const key = (
            ['firstSiteActivatedP50', 'firstPatientInP50', 'lastPatientInP50', 'lastPatientInP90'] as const
          )[which]!;
          const fast = { ...slow, [key]: Math.max(0, slow[key] - gain) };
          // When both are scored, Then the faster one scores at least as high
          const [a, b] = scoreScenarios([slow, fast], CTX);
          expect(b!.speed.score).toBeGreaterThanOrEqual(a!.speed.score - 1e-12);
        },
      ),
    );
  });

  it('a cheaper or more likely scenario never scores lower on cost or feasibility', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1_000, max: 500_000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (cpp, p, dp) => {
          const base = { ...A, costPerRandomised: cpp, pReachByDeadline: p };
          const better = { ...base, costPerRandomised: cpp * 0.9, pReachByDeadline: Math.min(1, p + dp) };
          const [a, b] = scoreScenarios([base, better], CTX);
          expect(b!.cost.score).toBeGreaterThanOrEqual(a!.cost.score);
          expect(b!.feasibility.score).toBeGreaterThanOrEqual(a!.feasibility.score);
        },
      ),
    );
  });

  it('changing the weights changes the ranking', () => {
    // Given a fast but expensive scenario and a slow but cheap one
    const fast: ScenarioOutcome = {
      ...A,
      id: 'fast',
      lastPatientInP50: 18,
      lastPatientInP90: 22,
      costPerRandomised: 60_000,
    };
    const cheap: ScenarioOutcome = {
      ...A,
      id: 'cheap',
      lastPatientInP50: 28,
      lastPatientInP90: 34,
      costPerRandomised: 25_000,
    };
    // When speed dominates the weights, Then the fast one ranks first
    const bySpeed = rankScenarios([cheap, fast], {
      ...CTX,
      weights: { speed: 80, cost: 10, feasibility: 5, regional: 5 },
    });
    expect(bySpeed.map((s) => s.id)).toEqual(['fast', 'cheap']);
    // When cost dominates, Then the cheap one does
    const byCost = rankScenarios([cheap, fast], {
      ...CTX,
      weights: { speed: 10, cost: 80, feasibility: 5, regional: 5 },
    });
    expect(byCost.map((s) => s.id)).toEqual(['cheap', 'fast']);
  });

  it('treats all-zero weights as equal weights', () => {
    const [s] = scoreScenarios([A], { ...CTX, weights: { speed: 0, cost: 0, feasibility: 0, regional: 0 } });
    expect(s!.composite.score).toBeCloseTo((66 + 50 + 78.75 + 60) / 4, 10);
  });

  it('rejects a non-positive deadline', () => {
    expect(() => scoreScenarios([A], { ...CTX, deadlineMonths: 0 })).toThrow(/deadlineMonths/);
  });
});

describe('riskiest sites', () => {
  it('takes the share of the top decile by risk', () => {
    // Given 20 sites (top decile = 2 sites): 18 steady sites expect 4.6 each, the two riskiest 3 and 5
    const expected = Array.from({ length: 20 }, () => 4.6);
    expected[18] = 3;
    expected[19] = 5;
    const risk = Array.from({ length: 20 }, (_, i) => (i >= 18 ? 2 : 0.5));
    // Then share = 8 / (18 × 4.6 + 8) = 8 / 90.8
    expect(riskiestShare(expected, risk)).toBeCloseTo(8 / 90.8, 12);
  });

  it('gamma–Poisson CV = √(1/E[N] + 1/α)', () => {
    // α = 2, β = 4 per month, 12 months → E[N] = 6; negative binomial Var = 6 + 6²/2 = 24;
    // CV = √24 / 6 = 0.816496580927726
    expect(gammaPoissonCv(2, 4, 12)).toBeCloseTo(0.816496580927726, 12);
    expect(gammaPoissonCv(2, 4, 0)).toBe(Infinity);
  });
});
