/** The worker command behind the Optimizer panel: build the spec, optimise, verify, frontier. */
import type { Workspace } from '../../../domain/workspace/index';
import {
  optimizeCountryMix,
  optimizerSpecSchema,
  formatSpecIssues,
  type OptimizeResult,
  type OptimizeStage,
  type OptimizerSpec,
} from '../solver/index';
import { buildOptimizerSpec, type MixRequest } from './build-spec';
import type { CountryMixInput } from './country-inputs';
import { droppedCountries, type DroppedCountry } from './dropped';

export interface WorkspaceMixResult {
  result: OptimizeResult;
  spec: OptimizerSpec;
  countries: CountryMixInput[];
  warnings: string[];
  /** Offered countries the mix leaves without sites, each with the reason (empty when infeasible). */
  dropped: DroppedCountry[];
}

/** Stages of a workspace run, in order: country inputs first, then the optimizer's own stages. */
export type WorkspaceMixStage = 'inputs' | OptimizeStage;

export interface WorkspaceMixOptions {
  seed?: number;
  monteCarloRuns?: number;
  frontier?: boolean;
  maxNodes?: number;
  onProgress?: (stage: WorkspaceMixStage) => void;
}

/**
 * Optimises the country mix for the workspace (see buildOptimizerSpec) and, by default, computes
 * the Pareto frontier. Constraints the spec cannot express (a filing market none of whose
 * countries is offered) make the answer infeasible with that constraint named as binding.
 */
export function optimizeWorkspaceMix(
  workspace: Workspace,
  request: MixRequest,
  options: WorkspaceMixOptions = {},
): WorkspaceMixResult {
  if (request.countries.length === 0) throw new Error('Choose at least one country to optimise.');
  options.onProgress?.('inputs');
  const built = buildOptimizerSpec(workspace, request);
  const parsed = optimizerSpecSchema.safeParse(built.spec);
  if (!parsed.success) throw new Error(formatSpecIssues(parsed.error).join('\n'));
  const seed = options.seed ?? workspace.settings.seed;
  const result = optimizeCountryMix(parsed.data, {
    seed,
    monteCarloRuns: options.monteCarloRuns ?? 10_000,
    frontier: options.frontier ?? true,
    ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (built.problems.length > 0) {
    const binding = built.problems.map((message) => ({
      constraint: 'region-share' as const,
      achievable: 0,
      required: 0,
      message,
    }));
    return {
      result: {
        ...result,
        feasible: false,
        sites: null,
        expectedCost: null,
        pSuccess: null,
        pSuccessMonteCarlo: null,
        monteCarloStandardError: null,
        expectedPatients: null,
        p50MonthsToTarget: null,
        regions: [],
        monteCarloConfirms: null,
        binding: [...binding, ...result.binding],
        frontier: { costVsP50: [], costVsSuccess: [] },
      },
      spec: parsed.data,
      countries: built.countries,
      warnings: built.warnings,
      dropped: [],
    };
  }
  const dropped = result.sites ? droppedCountries(parsed.data, result.sites) : [];
  return { result, spec: parsed.data, countries: built.countries, warnings: built.warnings, dropped };
}
