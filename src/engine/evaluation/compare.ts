import type { Workspace } from '../../domain/workspace/index';
import { scenarioMarketShares, type MarketSharesResult } from '../optimizer/from-workspace/market-shares';
import { evaluateScenario, type EvaluateOptions, type ScenarioEvaluation } from './evaluate';

export interface ComparedScenario {
  evaluation: ScenarioEvaluation;
  markets: MarketSharesResult;
}

/**
 * Evaluates 2–6 scenarios with the same runs and seed (common random numbers, so differences
 * come from the scenarios, not from sampling noise), each with its filing-market shares.
 */
export function compareScenarios(
  workspace: Workspace,
  scenarioIds: string[],
  options: EvaluateOptions = {},
): ComparedScenario[] {
  return scenarioIds.map((id) => ({
    evaluation: evaluateScenario(workspace, id, options),
    markets: scenarioMarketShares(workspace, id, {
      runs: Math.min(options.runs ?? workspace.settings.monteCarloRuns, 4000),
      seed: options.seed ?? workspace.settings.seed,
    }),
  }));
}
