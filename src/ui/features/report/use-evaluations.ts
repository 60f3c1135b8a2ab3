import { useEffect, useState } from 'react';
import type { Workspace } from '../../../domain/workspace/index';
import type { ComparedScenario } from '../../../engine/evaluation/compare';
import type { ScenarioEvaluation } from '../../../engine/evaluation/evaluate';
import { engineClient, SupersededError } from '../../../worker/client';

export type EvaluationsState =
  | { status: 'idle' | 'loading'; evaluations: ScenarioEvaluation[]; done: number; error?: undefined }
  | {
      status: 'ready';
      evaluations: ScenarioEvaluation[];
      done: number;
      error?: undefined;
      compared: ComparedScenario[];
    }
  | { status: 'error'; evaluations: ScenarioEvaluation[]; done: number; error: string };

/**
 * Evaluates the chosen scenarios in the engine worker with the workspace's own runs and seed —
 * the full computation, never a quick preview, because a report's numbers must be the
 * reproducible ones. Results come back in the order of `scenarioIds`.
 */
export function useEvaluations(workspace: Workspace, scenarioIds: string[]): EvaluationsState {
  const [state, setState] = useState<EvaluationsState>({ status: 'idle', evaluations: [], done: 0 });
  const idsKey = scenarioIds.join('|');

  useEffect(() => {
    const ids = idsKey ? idsKey.split('|') : [];
    if (ids.length === 0) {
      setState({ status: 'idle', evaluations: [], done: 0 });
      return;
    }
    let alive = true;
    let done = 0;
    setState({ status: 'loading', evaluations: [], done: 0 });
    const client = engineClient();
    // One comparison (same runs and seed for all, with each filing market's share) so the report
    // carries the same ranking and recommendation as the Overview and Compare.
    client
      .run('compareScenarios', [workspace, ids, {}], 'report:compare')
      .then((compared) => {
        done = compared.length;
        if (alive)
          setState({ status: 'ready', evaluations: compared.map((c) => c.evaluation), done, compared });
      })
      .catch((error: unknown) => {
        if (!alive || error instanceof SupersededError) return;
        setState({
          status: 'error',
          evaluations: [],
          done: 0,
          error: error instanceof Error ? error.message : String(error),
        });
      });
    return () => {
      alive = false;
    };
  }, [workspace, idsKey]);

  return state;
}
