import type { Workspace } from '../domain/workspace/index';
import type { ParetoFrontier } from '../engine/optimizer/solver/index';
import type {
  MixRequest,
  WorkspaceMixOptions,
  WorkspaceMixResult,
  WorkspaceMixStage,
} from '../engine/optimizer/from-workspace/index';

/** One optimizer run: the page → the optimizer worker. */
export interface OptimizerRequest {
  workspace: Workspace;
  request: MixRequest;
  options: Omit<WorkspaceMixOptions, 'onProgress'>;
}

/** The worker → the page: stages as they start, then the result (or the error), then the frontier if asked for. */
export type OptimizerReply =
  | { kind: 'progress'; stage: WorkspaceMixStage }
  | { kind: 'done'; result: WorkspaceMixResult }
  | { kind: 'frontier'; frontier: ParetoFrontier }
  | { kind: 'error'; message: string };

/** Stage labels, in run order (the progress bar's steps). */
export const OPTIMIZER_STAGES: { stage: WorkspaceMixStage; label: string }[] = [
  { stage: 'inputs', label: 'Country inputs (start-up, rates, costs)' },
  { stage: 'search', label: 'Searching site mixes' },
  { stage: 'monte-carlo', label: 'Monte Carlo check' },
];
