import { compareScenarios } from '../engine/evaluation/compare';
import { evaluateScenario } from '../engine/evaluation/evaluate';
import { scenarioSensitivity } from '../engine/evaluation/sensitivity';
import { optimizeWorkspaceMix, scenarioMarketShares } from '../engine/optimizer/from-workspace/index';

/**
 * The typed command map: every engine function the UI may run off the main thread, by name.
 * The worker and the main-thread fallback both execute from this one map, so a command behaves
 * the same wherever it runs. Commands must take and return structured-cloneable values.
 */
export const engineCommands = {
  evaluateScenario,
  compareScenarios,
  scenarioSensitivity,
  optimizeMix: optimizeWorkspaceMix,
  scenarioMarketShares,
};

export type EngineCommands = typeof engineCommands;
export type CommandName = keyof EngineCommands;
