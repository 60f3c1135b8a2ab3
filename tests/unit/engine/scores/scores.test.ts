import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecast } from '../../../../src/engine/forecast';
import {
  rankScenarios,
  scoreScenarios,
  topShare,
  type ConcentrationOutcome,
  type ScenarioOutcome,
  type ScoreContext,
} from '../../../../src/engine/scores';

const BENCHMARK = { value: 41_413, source: 'Moore et al., BMJ Open 2020 (PMC7295430)' };
const CTX: ScoreContext = {
  deadlineMonths: 30,
  currency: 'USD',
  perPatientBenchmarkUsd: BENCHMARK,
  weights: { speed: 35, cost: 30, feasibility: 25, regional: 10 },
};

const CONCENTRATION: ConcentrationOutcome = {
  siteCount: 20,
  topDecileSites: 2,
  topDecileShare: 0.2,
  topSite: { name: 'Site 1', share: 0.06, pReachWithout: 0.7, lastPatientInP50Without: 25.2 },
  topCountry: { name: 'United States', share: 0.3, pReachWithout: 0.2, lastPatientInP50Without: 30 },
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
  lateness: { expectedMonthsLate: 0.5, pWithin3Months: 0.95, pWithin6Months: 1 },
  concentration: CONCENTRATION,
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
    // cost: per patient at the US$41,413 benchmark → 100/(1 + 1²) = 50
    expect(s!.cost.score).toBeCloseTo(50, 10);
    // concentration C = (D + S + K)/3: top decile 20% → D = 100·(0.6 − 0.2)/0.45;
    // top site: LPI 24 → 25.2 (+5%) → S = 100·2^(−0.05/0.25); country: 24 → 30 (+25%) → K = 50
    const C = (100 * (0.4 / 0.45) + 100 * 2 ** -0.2 + 50) / 3;
    expect(s!.concentration.score).toBeCloseTo(C, 10);
    // feasibility = 0.75·R + 0.25·C, R = 100·(0.5·0.8 + 0.2·0.95 + 0.1·1) + 0.2·100·2^(−0.5/6)
    const R = 100 * (0.4 + 0.19 + 0.1) + 20 * 2 ** (-0.5 / 6);
    expect(s!.feasibility.score).toBeCloseTo(0.75 * R + 0.25 * C, 10);
    // regional = 100 · min(0.9, 0.6) = 60 (Europe has no requirement)
    expect(s!.regional.score).toBeCloseTo(60, 10);
    // composite with weights 35/30/25/10 (sum 100)
    expect(s!.composite.score).toBeCloseTo(
      0.35 * 66 + 0.3 * 50 + 0.25 * (0.75 * R + 0.25 * C) + 0.1 * 60,
      10,
    );
    expect(s!.rank).toBe(1);
    // And every score explains itself: a plain-words summary, the formula and the inputs
    for (const k of ['speed', 'cost', 'feasibility', 'concentration', 'regional', 'composite'] as const) {
      expect(s![k].explanation.summary.length).toBeGreaterThan(40);
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
    // Given a US$25M budget: T = 100/(1 + 0.8⁴) → cost = 0.5·50 + 0.5·T
    expect(scoreScenarios([A], { ...CTX, budget: 25_000_000 })[0]!.cost.score).toBeCloseTo(
      25 + 50 / (1 + 0.8 ** 4),
      10,
    );
    // Given EUR at 0.9 per USD: benchmark €37,271.70; €18,635.85 per patient is half of it → 100/(1 + ¼) = 80
    const eur = { ...A, costPerRandomised: 18_635.85 };
    expect(
      scoreScenarios([eur], { ...CTX, currency: 'EUR', reportingPerUsd: 0.9 })[0]!.cost.score,
    ).toBeCloseTo(80, 8);
  });

  it('scores a never-reached target 0 on last patient in', () => {
    // Given LPI never reached (Infinity) and no chance by the deadline
    const never = {
      ...A,
      lastPatientInP50: Infinity,
      lastPatientInP90: Infinity,
      pReachByDeadline: 0,
      lateness: { expectedMonthsLate: Infinity, pWithin3Months: 0, pWithin6Months: 0 },
    };
    const [s] = scoreScenarios([never], CTX);
    // Then only the start-up terms remain: 12 + 11 = 23
    expect(s!.speed.score).toBeCloseTo(23, 10);
    // And feasibility keeps only the top-decile part of the concentration term (the slips are unknown → 0)
    expect(s!.feasibility.score).toBeCloseTo((0.25 * (100 * (0.4 / 0.45))) / 3, 10);
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
    const [w] = scoreScenarios([A], CTX);
    expect(s!.composite.score).toBeCloseTo((66 + 50 + w!.feasibility.score + 60) / 4, 10);
  });

  it('rejects a non-positive deadline', () => {
    expect(() => scoreScenarios([A], { ...CTX, deadlineMonths: 0 })).toThrow(/deadlineMonths/);
  });
});

describe('issue #20: scores that keep ranking', () => {
  it('feasibility ranks two plans that both miss the deadline by how late they are', () => {
    // Given two plans forecast by Monte Carlo against a 12-month deadline: one about 4 months
    // late, one about two years late (20 sites Gamma(20, 40), mean 0.5/site/month)
    const plan = (target: number) =>
      forecast(
        { target, sites: [{ count: 20, shape: 20, rate: 40, opensAt: 0 }], deadline: 12 },
        { method: 'monte-carlo', runs: 20_000, seed: 9 },
      );
    const late4 = plan(160);
    const late24 = plan(360);
    const outcome = (id: string, f: ReturnType<typeof plan>): ScenarioOutcome => ({
      ...A,
      id,
      pReachByDeadline: f.pReachByDeadline,
      lastPatientInP50: f.timeToTarget.p50,
      lastPatientInP90: f.timeToTarget.p90,
      lateness: f.lateness!,
      // the same concentration for both, so only the lateness differs
      concentration: { ...CONCENTRATION, topSite: undefined, topCountry: undefined },
    });
    // Both essentially never make the deadline — the old score (0.75·100·P + …) could not tell them apart
    expect(late4.pReachByDeadline).toBeLessThan(0.01);
    expect(late24.pReachByDeadline).toBe(0);
    expect(late4.lateness!.expectedMonthsLate).toBeGreaterThan(3);
    expect(late4.lateness!.expectedMonthsLate).toBeLessThan(5);
    expect(late24.lateness!.expectedMonthsLate).toBeGreaterThan(20);
    // When scored
    const [a, b] = scoreScenarios([outcome('late4', late4), outcome('late24', late24)], CTX);
    // Then the plan 4 months late scores clearly higher than the one two years late
    expect(a!.feasibility.score).toBeGreaterThan(b!.feasibility.score + 10);
    // And the score alone means something: the 4-month-late plan's reach term is between 20 and 40
    const R = (a!.feasibility.score - 0.25 * a!.concentration.score) / 0.75;
    expect(R).toBeGreaterThan(20);
    expect(R).toBeLessThan(40);
  });

  it('feasibility falls with expected lateness even when P(deadline), P(+3) and P(+6) are all 0', () => {
    const miss = (late: number): ScenarioOutcome => ({
      ...A,
      pReachByDeadline: 0,
      lateness: { expectedMonthsLate: late, pWithin3Months: 0, pWithin6Months: 0 },
    });
    const scores = scoreScenarios([8, 12, 24, 48].map(miss), CTX).map((s) => s.feasibility.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThan(scores[i - 1]!);
    // 12 months late: lateness term 100·2^(−2) = 25
    expect(scores[1]!).toBeCloseTo(
      0.75 * 0.2 * 25 + 0.25 * scoreScenarios([A], CTX)[0]!.concentration.score,
      10,
    );
  });

  it('cost does not saturate within real plans: cheaper always scores higher', () => {
    // Given per-patient costs from a quarter to four times the benchmark (the old log₂ form was
    // clamped to 100 below half and to 0 above double)
    const costs = [0.25, 0.4, 0.5, 0.7, 1, 1.5, 2, 2.5, 4].map((r) => r * BENCHMARK.value);
    const scores = scoreScenarios(
      costs.map((c) => ({ ...A, costPerRandomised: c })),
      CTX,
    ).map((s) => s.cost.score);
    for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThan(scores[i - 1]! - 1);
    expect(scores[0]!).toBeLessThan(100);
    expect(scores.at(-1)!).toBeGreaterThan(0);
    // Anchor: 100/(1 + r²): 80 at half the benchmark, 50 at it, 20 at double
    expect(scores[2]!).toBeCloseTo(80, 10);
    expect(scores[6]!).toBeCloseTo(20, 10);
  });

  it('re-anchors on the benchmark it is given', () => {
    const [s] = scoreScenarios([{ ...A, costPerRandomised: 60_000 }], {
      ...CTX,
      perPatientBenchmarkUsd: { value: 60_000, source: 'whole-trial model' },
    });
    expect(s!.cost.score).toBeCloseTo(50, 10);
    expect(s!.cost.explanation.summary).toContain('whole-trial model');
  });

  it('concentration worsens as the top site carries more of the plan', () => {
    // Given the same plan where the top site carries a growing share (its loss slips the median LPI more)
    const withTop = (share: number, slip: number): ScenarioOutcome => ({
      ...A,
      concentration: {
        ...CONCENTRATION,
        topDecileShare: Math.max(0.2, share),
        topSite: {
          name: 'Big site',
          share,
          pReachWithout: 0.8 * (1 - share),
          lastPatientInP50Without: 24 * (1 + slip),
        },
      },
    });
    const scores = scoreScenarios([withTop(0.06, 0.05), withTop(0.2, 0.25), withTop(0.5, 1)], CTX).map(
      (s) => s.concentration.score,
    );
    expect(scores[1]!).toBeLessThan(scores[0]!);
    expect(scores[2]!).toBeLessThan(scores[1]!);
    // And its why says so in plain words, naming the site and the P(deadline) change
    const [w] = scoreScenarios([withTop(0.5, 1)], CTX);
    expect(w!.concentration.explanation.summary).toMatch(
      /If the top site Big site \(50% of patients\) enrolled nothing, P\(target by the deadline\) would go from 80% to 40%/,
    );
  });

  it('top share takes the largest decile (at least one entry)', () => {
    // 20 entries: the 2 largest (5 and 4.6) of a total 18 × 4.6 + 3 + 5 = 90.8
    const expected = Array.from({ length: 20 }, () => 4.6);
    expected[18] = 3;
    expected[19] = 5;
    expect(topShare(expected).count).toBe(2);
    expect(topShare(expected).share).toBeCloseTo((5 + 4.6) / 90.8, 12);
    expect(topShare([1, 3])).toEqual({ share: 0.75, count: 1 });
    expect(topShare([])).toEqual({ share: 0, count: 0 });
  });
});
