import { SCORECARD_CRITERIA } from '../../domain/workspace/index';
import type { Cro, ScorecardCriterion } from '../../domain/workspace/index';

export const CRITERION_LABELS: Record<ScorecardCriterion, string> = {
  quality: 'Quality history',
  capacity: 'Capacity',
  regulatory: 'Regulatory record',
  therapeutic: 'Therapeutic experience',
  governance: 'Communication & governance',
};

/** Maximum rating on the due-diligence scale (ratings run 0–5). */
export const MAX_RATING = 5;

export interface ScorecardLine {
  criterion: ScorecardCriterion;
  label: string;
  /** The CRO's rating, 0–5. */
  rating: number;
  /** This criterion's share of the total weight, 0–1. */
  weightShare: number;
  /** Points this criterion contributes to the 0–100 score (rating/5 × weightShare × 100). */
  points: number;
  /** Points it could contribute with a perfect 5. */
  maxPoints: number;
}

export interface ScorecardResult {
  /** Weighted score, 0–100. */
  score: number;
  lines: ScorecardLine[];
  /** True when every weight was 0 and equal weights were used instead. */
  equalWeightsUsed: boolean;
}

/**
 * Due-diligence score of a CRO: the weighted mean of its 0–5 ratings, scaled to 0–100.
 * Weights are normalised, so any scale works (settings.scorecardWeights); all-zero weights fall
 * back to equal weights rather than dividing by zero.
 */
export function scorecardScore(
  scorecard: Cro['scorecard'],
  weights: Record<ScorecardCriterion, number>,
): ScorecardResult {
  const total = SCORECARD_CRITERIA.reduce((sum, c) => sum + Math.max(0, weights[c]), 0);
  const equalWeightsUsed = !(total > 0);
  const lines = SCORECARD_CRITERIA.map((criterion) => {
    const weightShare = equalWeightsUsed
      ? 1 / SCORECARD_CRITERIA.length
      : Math.max(0, weights[criterion]) / total;
    const rating = scorecard[criterion];
    return {
      criterion,
      label: CRITERION_LABELS[criterion],
      rating,
      weightShare,
      points: (rating / MAX_RATING) * weightShare * 100,
      maxPoints: weightShare * 100,
    };
  });
  return { score: lines.reduce((s, l) => s + l.points, 0), lines, equalWeightsUsed };
}
