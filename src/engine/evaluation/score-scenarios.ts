import { referenceData } from '../../domain/reference/index';
import { perPatientBenchmarkInCostYear } from '../../domain/reference/score-anchors';
import type { Workspace } from '../../domain/workspace/index';
import { rankScenarios, type ScenarioScore } from '../scores/index';
import type { ComparedScenario } from './compare';
import { outcomeOf } from './outcome';

/**
 * Scores compared scenarios with the workspace's weights: the one function the Compare screen and
 * `mrct evaluate` share, so both show the same numbers.
 */
export function scoreCompared(workspace: Workspace, compared: ComparedScenario[]): ScenarioScore[] {
  if (compared.length === 0) return [];
  const currency = workspace.study.reportingCurrency;
  return rankScenarios(
    compared.map((c) => outcomeOf(c.evaluation, c.markets)),
    {
      // Scoring on topline measures speed against the topline deadline (milestones.ts).
      deadlineMonths:
        compared[0]?.evaluation.milestones?.scoring.deadlineMonths ??
        compared[0]?.evaluation.deadlineMonths ??
        1,
      currency,
      reportingPerUsd: referenceData.fx.rates[currency]?.value ?? 1,
      // 2017-USD benchmark inflated to the cost model's USD year (docs/scores.md, Cost)
      perPatientBenchmarkUsd: perPatientBenchmarkInCostYear(),
      weights: workspace.settings.scoreWeights,
    },
  );
}
