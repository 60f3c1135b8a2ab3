/// <reference lib="webworker" />
/**
 * The optimizer's own worker: a run takes seconds, and in the shared engine worker it queued behind
 * forecasts and restarted whenever an edit superseded them. Here it reports each stage as it
 * starts, and the page cancels it by terminating this worker.
 */
import { compileProblem, paretoFrontier } from '../engine/optimizer/solver/index';
import { optimizeWorkspaceMix } from '../engine/optimizer/from-workspace/run';
import type { OptimizerReply, OptimizerRequest } from './optimizer-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<OptimizerRequest>) => {
  const { workspace, request, options } = event.data;
  const post = (reply: OptimizerReply) => scope.postMessage(reply);
  try {
    // The answer first, the cost–speed frontier after it (it took longer than the search on the sample).
    const result = optimizeWorkspaceMix(workspace, request, {
      ...options,
      frontier: false,
      onProgress: (stage) => post({ kind: 'progress', stage }),
    });
    post({ kind: 'done', result });
    if (options.frontier && result.result.feasible)
      post({ kind: 'frontier', frontier: paretoFrontier(compileProblem(result.spec)) });
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
