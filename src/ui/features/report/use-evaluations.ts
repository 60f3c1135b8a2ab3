import { useEffect, useState } from 'react';
import type { Workspace } from '../../../domain/workspace/index';
import type { ScenarioEvaluation } from '../../../engine/scenario/evaluate';
import { engineClient, SupersededError } from '../../../worker/client';

export type EvaluationsState =
  | { status: 'idle' | 'loading'; evaluations: ScenarioEvaluation[]; done: number; error?: undefined }
  | { status: 'ready'; evaluations: ScenarioEvaluation[]; done: number; error?: undefined }
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
    Promise.all(
      ids.map((id, i) =>
        client.run('evaluateScenario', [workspace, id, {}], `report:${i}`).then((e) => {
          done += 1;
          if (alive) setState((s) => (s.status === 'loading' ? { ...s, done } : s));
          return e;
        }),
      ),
    )
      .then((evaluations) => alive && setState({ status: 'ready', evaluations, done: evaluations.length }))
      .catch((error: unknown) => {
        if (!alive || error instanceof SupersededError) return;
        setState({ status: 'error', evaluations: [], done: 0, error: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      alive = false;
    };
  }, [workspace, idsKey]);

  return state;
}
