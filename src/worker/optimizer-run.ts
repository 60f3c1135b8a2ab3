import type { ParetoFrontier } from '../engine/optimizer/solver/index';
import type { WorkspaceMixResult, WorkspaceMixStage } from '../engine/optimizer/from-workspace/index';
import type { OptimizerReply, OptimizerRequest } from './optimizer-protocol';

export class OptimizerCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'OptimizerCancelled';
  }
}

export interface OptimizerRun {
  /** The mix (without the frontier). */
  result: Promise<WorkspaceMixResult>;
  /** The cost–speed frontier, after the result; null when not asked for, infeasible or cancelled. */
  frontier: Promise<ParetoFrontier | null>;
  /** Stops the run (terminates its worker); `result` rejects with OptimizerCancelled if not yet settled. */
  cancel: () => void;
}

/**
 * Starts one optimizer run in a fresh worker (so Cancel can terminate it), reporting stages through
 * `onProgress`. Without Web Worker support the run happens on the main thread (no progress; cancel
 * only discards the answer).
 */
export function startOptimizerRun(
  message: OptimizerRequest,
  onProgress: (stage: WorkspaceMixStage) => void,
): OptimizerRun {
  let worker: Worker | null = null;
  let resultSettled = false;
  let frontierSettled = false;
  let rejectResult: (error: unknown) => void = () => undefined;
  let resolveFrontier: (f: ParetoFrontier | null) => void = () => undefined;
  const frontier = new Promise<ParetoFrontier | null>((resolve) => (resolveFrontier = resolve));
  const endFrontier = (f: ParetoFrontier | null) => {
    if (frontierSettled) return;
    frontierSettled = true;
    worker?.terminate();
    resolveFrontier(f);
  };
  const result = new Promise<WorkspaceMixResult>((resolve, reject) => {
    rejectResult = reject;
    const settle = (f: () => void) => {
      if (resultSettled) return;
      resultSettled = true;
      f();
    };
    try {
      if (typeof Worker === 'undefined') throw new Error('No Web Worker support');
      worker = new Worker(new URL('./optimizer.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      void import('../engine/optimizer/from-workspace/run').then(({ optimizeWorkspaceMix }) => {
        try {
          const r = optimizeWorkspaceMix(message.workspace, message.request, message.options);
          settle(() => resolve(r));
          endFrontier(r.result.frontier ?? null);
        } catch (error) {
          settle(() => reject(error instanceof Error ? error : new Error(String(error))));
          endFrontier(null);
        }
      });
      return;
    }
    worker.onmessage = (event: MessageEvent<OptimizerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.stage);
      else if (reply.kind === 'done') {
        settle(() => resolve(reply.result));
        if (!message.options.frontier || !reply.result.result.feasible) endFrontier(null);
      } else if (reply.kind === 'frontier') endFrontier(reply.frontier);
      else {
        settle(() => reject(new Error(reply.message)));
        endFrontier(null);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      settle(() => reject(new Error(event.message || 'The optimizer worker failed')));
      endFrontier(null);
    };
    worker.postMessage(message);
  });
  return {
    result,
    frontier,
    cancel: () => {
      if (!resultSettled) {
        resultSettled = true;
        rejectResult(new OptimizerCancelled());
      }
      endFrontier(null);
    },
  };
}
