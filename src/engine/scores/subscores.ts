/**
 * The four sub-scores, each on ABSOLUTE anchors (the deadline, a published per-patient cost, the
 * required regional shares) rather than relative to the other scenarios, so a scenario scored
 * alone is still meaningful and adding a scenario never changes another one's scores.
 * docs/scores.md gives the reasoning for every anchor.
 */
import type { ScenarioOutcome, ScoreContext, SubScore } from './types';

/** Moore et al., BMJ Open 2020 (PMC7295430): median cost per patient of pivotal trials, 2015–17. */
export const PER_PATIENT_BENCHMARK_USD = {
  value: 41_413,
  source: 'Moore et al., BMJ Open 2020 (PMC7295430), median of 101 FDA approvals 2015–17',
};

export const SPEED_WEIGHTS = {
  lpiP50: 0.4,
  lpiP90: 0.3,
  firstSiteActivated: 0.15,
  firstPatientIn: 0.15,
} as const;
export const FEASIBILITY_WEIGHTS = { reach: 0.75, concentration: 0.25 } as const;
/** Riskiest-decile share at or below which concentration scores 100 (proportional), and at or above which 0. */
export const CONCENTRATION_ANCHORS = { best: 0.1, worst: 0.5 } as const;

const clamp100 = (x: number) => (Number.isNaN(x) ? 0 : Math.min(100, Math.max(0, x)));

/** 100 when LPI ≤ half the window, 50 at the deadline, 0 at ≥ 1.5 × the window (Infinity → 0). */
export function lpiPoints(t: number, deadline: number): number {
  return clamp100((100 * (1.5 * deadline - t)) / deadline);
}

/** 100 at month 0, 0 at the deadline, linear between. */
export function startPoints(t: number, deadline: number): number {
  return clamp100(100 * (1 - t / deadline));
}

/** 50 at the benchmark, +50 per halving, −50 per doubling (log₂ scale). */
export function perPatientPoints(cost: number, benchmark: number): number {
  return cost > 0 ? clamp100(50 - 50 * Math.log2(cost / benchmark)) : cost === 0 ? 100 : 0;
}

/** 100 when the total is ≤ half the budget, 50 at the budget, 0 at ≥ 1.5 × the budget. */
export function budgetPoints(cost: number, budget: number): number {
  return clamp100((100 * (1.5 * budget - cost)) / budget);
}

export function speedScore(o: ScenarioOutcome, ctx: ScoreContext): SubScore {
  const D = ctx.deadlineMonths;
  const w = SPEED_WEIGHTS;
  const score =
    w.lpiP50 * lpiPoints(o.lastPatientInP50, D) +
    w.lpiP90 * lpiPoints(o.lastPatientInP90, D) +
    w.firstSiteActivated * startPoints(o.firstSiteActivatedP50, D) +
    w.firstPatientIn * startPoints(o.firstPatientInP50, D);
  return {
    score,
    explanation: {
      formula:
        `speed = ${w.lpiP50}·L(LPI P50) + ${w.lpiP90}·L(LPI P90) + ${w.firstSiteActivated}·S(first site activated P50) + ${w.firstPatientIn}·S(FPI P50); ` +
        'L(t) = clamp(100·(1.5D − t)/D) (100 by half the window, 50 at the deadline D, 0 at 1.5D); S(t) = clamp(100·(1 − t/D))',
      inputs: [
        { label: 'Deadline D', value: D, unit: 'months' },
        { label: 'Last patient in, P50', value: o.lastPatientInP50, unit: 'months' },
        { label: 'Last patient in, P90', value: o.lastPatientInP90, unit: 'months' },
        { label: 'First site activated, P50', value: o.firstSiteActivatedP50, unit: 'months' },
        { label: 'First patient in, P50', value: o.firstPatientInP50, unit: 'months' },
      ],
    },
  };
}

export function costScore(o: ScenarioOutcome, ctx: ScoreContext): SubScore {
  const bench = ctx.perPatientBenchmarkUsd ?? PER_PATIENT_BENCHMARK_USD;
  const B = bench.value * (ctx.reportingPerUsd ?? 1);
  const pp = perPatientPoints(o.costPerRandomised, B);
  const inputs = [
    { label: 'Cost per randomised patient', value: o.costPerRandomised, unit: ctx.currency },
    { label: 'Benchmark per patient B', value: B, unit: ctx.currency, source: bench.source },
    { label: 'Expected total cost', value: o.expectedTotalCost, unit: ctx.currency },
  ];
  const ppFormula =
    'P = clamp(50 − 50·log₂(cost per patient / B)) (50 at the benchmark, 100 at half, 0 at double)';
  if (ctx.budget === undefined || !(ctx.budget > 0)) {
    return { score: pp, explanation: { formula: `cost = P; ${ppFormula}`, inputs } };
  }
  const bp = budgetPoints(o.expectedTotalCost, ctx.budget);
  inputs.push({ label: 'Budget', value: ctx.budget, unit: ctx.currency });
  return {
    score: 0.5 * pp + 0.5 * bp,
    explanation: {
      formula: `cost = 0.5·P + 0.5·T; ${ppFormula}; T = clamp(100·(1.5·budget − total)/budget)`,
      inputs,
    },
  };
}

export function feasibilityScore(o: ScenarioOutcome): SubScore {
  const { best, worst } = CONCENTRATION_ANCHORS;
  const reach = clamp100(100 * o.pReachByDeadline);
  const conc = clamp100((100 * (worst - o.riskiestShare)) / (worst - best));
  const w = FEASIBILITY_WEIGHTS;
  return {
    score: w.reach * reach + w.concentration * conc,
    explanation: {
      formula:
        `feasibility = ${w.reach}·100·P(reach target by deadline) + ${w.concentration}·C; ` +
        `C = clamp(100·(${worst} − riskiest-decile share)/${worst - best}) (100 when the riskiest 10% of sites bring ≤ ${best * 100}% of patients, 0 at ≥ ${worst * 100}%)`,
      inputs: [
        { label: 'P(target by deadline)', value: o.pReachByDeadline, unit: 'probability' },
        {
          label: 'Share of enrollment from the riskiest 10% of sites',
          value: o.riskiestShare,
          unit: 'share',
        },
      ],
    },
  };
}

export function regionalScore(o: ScenarioOutcome): SubScore {
  const required = o.regions.filter((r) => r.requiredShare > 0);
  const inputs = o.regions.flatMap((r) => [
    { label: `${r.region}: expected share`, value: r.expectedShare, unit: 'share' },
    { label: `${r.region}: required minimum`, value: r.requiredShare, unit: 'share' },
    { label: `${r.region}: P(minimum met)`, value: r.pMet, unit: 'probability' },
  ]);
  if (required.length === 0) {
    return { score: 100, explanation: { formula: 'regional = 100 (no regional minimum required)', inputs } };
  }
  const worst = Math.min(...required.map((r) => (Number.isNaN(r.pMet) ? 0 : r.pMet)));
  return {
    score: clamp100(100 * worst),
    explanation: {
      formula:
        'regional = 100 · min over regions with a required minimum of P(share ≥ minimum) (the weakest region decides: a filing needs every one)',
      inputs,
    },
  };
}
