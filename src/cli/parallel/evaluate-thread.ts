import { parentPort } from 'node:worker_threads';
import type { Workspace } from '../../domain/workspace/index';
import { compareScenarios, type ComparedScenario } from '../../engine/evaluation/compare';
import type { EvaluateOptions } from '../../engine/evaluation/evaluate';

/** Request from `compareInThreads`: evaluate these scenarios of this (already validated) workspace. */
export interface EvaluateRequest {
  workspace: Workspace;
  ids: string[];
  options: EvaluateOptions;
}

export type EvaluateReply = { ok: true; compared: ComparedScenario[] } | { ok: false; message: string };

parentPort?.on('message', (request: EvaluateRequest) => {
  try {
    const compared = compareScenarios(request.workspace, request.ids, request.options);
    parentPort!.postMessage({ ok: true, compared } satisfies EvaluateReply);
  } catch (error) {
    parentPort!.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies EvaluateReply);
  }
});
