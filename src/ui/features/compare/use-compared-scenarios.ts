import { useMemo } from 'react';
import type { Workspace } from '../../../domain/workspace/index';
import { useEngine, type EngineArgs } from '../../../worker/use-engine';
import { QUICK_RUNS } from '../scenarios/use-scenario-evaluation';

type Args = EngineArgs<'compareScenarios'>;

/**
 * Compares scenarios `ids` in the worker (each one a full Monte Carlo): a quick pass of
 * QUICK_RUNS runs first, then the runs of the workspace settings. Nothing runs while fewer than
 * `minimum` scenarios are chosen. `key` names the screen's request (Compare, Overview).
 */
export function useComparedScenarios(key: string, workspace: Workspace, ids: string[], minimum: number) {
  const enough = ids.length >= minimum;
  const quick = useMemo(
    () => (enough ? ([workspace, ids, { runs: QUICK_RUNS }] as const) : null),
    [enough, workspace, ids],
  );
  const full = useMemo(() => (enough ? ([workspace, ids, {}] as const) : null), [enough, workspace, ids]);
  return useEngine(key, 'compareScenarios', quick as Args | null, full as Args | null);
}
