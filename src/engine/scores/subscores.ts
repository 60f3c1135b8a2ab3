/**
 * The sub-scores, each on ABSOLUTE anchors (the deadline, a benchmark cost per patient from the
 * reference data, the required regional shares) rather than relative to the other scenarios, so a
 * scenario scored alone is still meaningful and adding a scenario never changes another one's
 * scores. docs/scores.md gives the reasoning for every anchor.
 */
import { concentrationScore } from './concentration';
import type { ScenarioOutcome, ScoreContext, SubScore } from './types';
import { money, months, pct, points } from './words';

export const SPEED_WEIGHTS = {
  lpiP50: 0.4,
  lpiP90: 0.3,
  firstSiteActivated: 0.15,
  firstPatientIn: 0.15,
} as const;
export const FEASIBILITY_WEIGHTS = { reach: 0.75, concentration: 0.25 } as const;
/** Weights of the reach term R: P(by D), P(by D + 3), P(by D + 6), and the lateness term. */
export const REACH_WEIGHTS = { byDeadline: 0.5, within3: 0.2, within6: 0.1, lateness: 0.2 } as const;
/** Expected months late that halve the lateness term (a six-month slip of the filing). */
export const LATENESS_HALVING_MONTHS = 6;
/** Steepness k of the cost curve 100/(1 + (x/anchor)^k): per-patient cost and total vs budget. */
export const COST_STEEPNESS = { perPatient: 2, budget: 4 } as const;

const clamp100 = (x: number) => (Number.isNaN(x) ? 0 : Math.min(100, Math.max(0, x)));

/** 100 when LPI ≤ half the window, 50 at the deadline, 0 at ≥ 1.5 × the window (Infinity → 0). */
export function lpiPoints(t: number, deadline: number): number {
  return clamp100((100 * (1.5 * deadline - t)) / deadline);
}

/** 100 at month 0, 0 at the deadline, linear between. */
export function startPoints(t: number, deadline: number): number {
  return clamp100(100 * (1 - t / deadline));
}

/**
 * 100/(1 + (x/anchor)^k): 50 at the anchor, smooth and never reaching 0 or 100 for a positive
 * finite cost, so it keeps ranking plans far from the anchor (the old linear/log₂ forms were
 * clamped at half and double the anchor). x = 0 → 100; x unknown (NaN) or infinite → 0.
 */
export function anchoredCostPoints(x: number, anchor: number, k: number): number {
  if (x === 0) return 100;
  if (!(x > 0) || !(anchor > 0) || !Number.isFinite(x)) return 0;
  return 100 / (1 + (x / anchor) ** k);
}

/** Per-patient cost points: 50 at the benchmark, 80 at half, 20 at double (k = 2). */
export function perPatientPoints(cost: number, benchmark: number): number {
  return anchoredCostPoints(cost, benchmark, COST_STEEPNESS.perPatient);
}

/** Budget points: 50 on budget, 73 at 80% of it, 33 at 120% (k = 4). */
export function budgetPoints(cost: number, budget: number): number {
  return anchoredCostPoints(cost, budget, COST_STEEPNESS.budget);
}

/** Lateness points: 100·2^(−E[months late]/6): 100 on time, 50 at 6 months, 25 at 12. */
export function latenessPoints(expectedMonthsLate: number): number {
  return expectedMonthsLate >= 0 ? clamp100(100 * 2 ** (-expectedMonthsLate / LATENESS_HALVING_MONTHS)) : 0;
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
      summary:
        `Against the ${months(D)} window: last patient in at ${months(o.lastPatientInP50)} (median) and ${months(o.lastPatientInP90)} (P90), ` +
        `first site activated at ${months(o.firstSiteActivatedP50)}, first patient in at ${months(o.firstPatientInP50)}. ` +
        'Last patient in scores 100 by half the window, 50 on the deadline and 0 at one and a half windows; the start-up milestones 100 at month 0 and 0 at the deadline.',
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
  const bench = ctx.perPatientBenchmarkUsd;
  const B = bench.value * (ctx.reportingPerUsd ?? 1);
  const pp = perPatientPoints(o.costPerRandomised, B);
  const inputs = [
    { label: 'Cost per randomised patient', value: o.costPerRandomised, unit: ctx.currency },
    { label: 'Benchmark per patient B', value: B, unit: ctx.currency, source: bench.source },
    { label: 'Expected total cost', value: o.expectedTotalCost, unit: ctx.currency },
  ];
  const k = COST_STEEPNESS;
  const ppFormula = `P = 100/(1 + (cost per patient / B)^${k.perPatient}) (50 at the benchmark, 80 at half, 20 at double)`;
  const ppWords =
    `${money(o.costPerRandomised, ctx.currency)} per randomised patient is ${(o.costPerRandomised / B).toFixed(2)}× the benchmark ${money(B, ctx.currency)} ` +
    `(${bench.source}) → ${points(pp)} points (50 at the benchmark, 80 at half of it, 20 at double).`;
  if (ctx.budget === undefined || !(ctx.budget > 0)) {
    return { score: pp, explanation: { summary: ppWords, formula: `cost = P; ${ppFormula}`, inputs } };
  }
  const bp = budgetPoints(o.expectedTotalCost, ctx.budget);
  inputs.push({ label: 'Budget', value: ctx.budget, unit: ctx.currency });
  return {
    score: 0.5 * pp + 0.5 * bp,
    explanation: {
      summary: `${ppWords} The expected total ${money(o.expectedTotalCost, ctx.currency)} is ${pct(o.expectedTotalCost / ctx.budget)} of the budget → ${points(bp)} points (50 on budget). The score is their average.`,
      formula: `cost = 0.5·P + 0.5·T; ${ppFormula}; T = 100/(1 + (total/budget)^${k.budget}) (50 on budget)`,
      inputs,
    },
  };
}

export function feasibilityScore(o: ScenarioOutcome): { feasibility: SubScore; concentration: SubScore } {
  const w = REACH_WEIGHTS;
  const L = o.lateness;
  const late = latenessPoints(L.expectedMonthsLate);
  const reach = clamp100(
    100 * (w.byDeadline * o.pReachByDeadline + w.within3 * L.pWithin3Months + w.within6 * L.pWithin6Months) +
      w.lateness * late,
  );
  const concentration = concentrationScore(o.concentration, o.pReachByDeadline, o.lastPatientInP50);
  const f = FEASIBILITY_WEIGHTS;
  const lateWords =
    L.expectedMonthsLate > 0 ? `${months(L.expectedMonthsLate)} late on average` : 'never late';
  return {
    concentration,
    feasibility: {
      score: f.reach * reach + f.concentration * concentration.score,
      explanation: {
        summary:
          `P(target by the deadline) ${pct(o.pReachByDeadline)}, within 3 months after it ${pct(L.pWithin3Months)}, within 6 months ${pct(L.pWithin6Months)}; ${lateWords} ` +
          `(lateness ${points(late)} points: 100 on time, halving every ${LATENESS_HALVING_MONTHS} months late). Reach R = ${points(reach)}; ` +
          `concentration C = ${points(concentration.score)} (see its own why). Feasibility = ${f.reach}·R + ${f.concentration}·C.`,
        formula:
          `feasibility = ${f.reach}·R + ${f.concentration}·C; R = 100·(${w.byDeadline}·P(T ≤ D) + ${w.within3}·P(T ≤ D + 3) + ${w.within6}·P(T ≤ D + 6)) + ${w.lateness}·100·2^(−E[(T − D)⁺]/${LATENESS_HALVING_MONTHS}); ` +
          'T = time to target, D = deadline (months); C = concentration',
        inputs: [
          { label: 'P(target by deadline)', value: o.pReachByDeadline, unit: 'probability' },
          { label: 'P(target within deadline + 3 months)', value: L.pWithin3Months, unit: 'probability' },
          { label: 'P(target within deadline + 6 months)', value: L.pWithin6Months, unit: 'probability' },
          { label: 'Expected months late E[(T − D)⁺]', value: L.expectedMonthsLate, unit: 'months' },
          { label: 'Concentration C', value: concentration.score, unit: 'points (0–100)' },
        ],
      },
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
    return {
      score: 100,
      explanation: {
        summary: 'No filing market requires a minimum share of patients, so nothing can fail here: 100.',
        formula: 'regional = 100 (no regional minimum required)',
        inputs,
      },
    };
  }
  const pOf = (r: (typeof required)[number]) => (Number.isNaN(r.pMet) ? 0 : r.pMet);
  const weakest = required.reduce((a, b) => (pOf(b) < pOf(a) ? b : a));
  return {
    score: clamp100(100 * pOf(weakest)),
    explanation: {
      summary:
        `The weakest required market decides: ${weakest.region} needs ${pct(weakest.requiredShare)} of patients, expects ${pct(weakest.expectedShare)}, ` +
        `and meets its minimum with probability ${pct(pOf(weakest))} → ${points(100 * pOf(weakest))}. A filing needs every required market.`,
      formula:
        'regional = 100 · min over regions with a required minimum of P(share ≥ minimum) (the weakest region decides: a filing needs every one)',
      inputs,
    },
  };
}
