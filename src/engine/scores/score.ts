import { costScore, feasibilityScore, regionalScore, speedScore } from './subscores';
import type { ScenarioOutcome, ScenarioScore, ScoreContext, ScoreWeights, SubScore } from './types';

const KEYS = ['speed', 'cost', 'feasibility', 'regional'] as const;

/** Weights scaled to sum to 1; all zero (or invalid) → equal weights. */
export function normaliseWeights(w: ScoreWeights): ScoreWeights {
  const v = KEYS.map((k) => (Number.isFinite(w[k]) && w[k] > 0 ? w[k] : 0));
  const sum = v.reduce((a, b) => a + b, 0);
  if (sum <= 0) return { speed: 0.25, cost: 0.25, feasibility: 0.25, regional: 0.25 };
  return { speed: v[0]! / sum, cost: v[1]! / sum, feasibility: v[2]! / sum, regional: v[3]! / sum };
}

function composite(parts: Record<(typeof KEYS)[number], SubScore>, weights: ScoreWeights): SubScore {
  const w = normaliseWeights(weights);
  const score = KEYS.reduce((s, k) => s + w[k] * parts[k].score, 0);
  return {
    score,
    explanation: {
      summary: `Weighted average of the four scores with your weights: ${KEYS.map((k) => `${k} ${parts[k].score.toFixed(0)} × ${(w[k] * 100).toFixed(0)}%`).join(', ')}.`,
      formula: 'composite = Σ wₖ·scoreₖ with the weights normalised to sum 1',
      inputs: KEYS.flatMap((k) => [
        { label: `${k} score`, value: parts[k].score, unit: 'points (0–100)' },
        { label: `${k} weight (normalised)`, value: w[k], unit: 'share', source: 'settings.scoreWeights' },
      ]),
    },
  };
}

/**
 * Scores each scenario 0–100 on speed, cost, feasibility and regional ratio against absolute
 * anchors (see subscores.ts), combines them with the user's weights and ranks by composite
 * (ties keep input order). Pure: the same outcomes and context give the same scores.
 *
 * @returns scores in input order, each with its rank (1 = best).
 * @throws RangeError when the deadline is not a positive number of months.
 */
export function scoreScenarios(outcomes: ScenarioOutcome[], ctx: ScoreContext): ScenarioScore[] {
  if (!(ctx.deadlineMonths > 0)) throw new RangeError('ScoreContext.deadlineMonths: must be > 0 months');
  const scored = outcomes.map((o) => {
    const { feasibility, concentration } = feasibilityScore(o);
    const parts = {
      speed: speedScore(o, ctx),
      cost: costScore(o, ctx),
      feasibility,
      regional: regionalScore(o),
    };
    return {
      id: o.id,
      name: o.name,
      ...parts,
      concentration,
      composite: composite(parts, ctx.weights),
      rank: 0,
    };
  });
  const order = scored
    .map((_, i) => i)
    .sort((a, b) => scored[b]!.composite.score - scored[a]!.composite.score || a - b);
  order.forEach((i, r) => (scored[i]!.rank = r + 1));
  return scored;
}

/** The scores sorted best first. */
export function rankScenarios(outcomes: ScenarioOutcome[], ctx: ScoreContext): ScenarioScore[] {
  return scoreScenarios(outcomes, ctx).sort((a, b) => a.rank - b.rank);
}
