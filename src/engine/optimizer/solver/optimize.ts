/**
 * Country-mix optimizer entry point (CLI `mrct optimize`, the worker). Pure and deterministic for a
 * given seed: the search uses the analytic moment-matched negative binomial, then the chosen mix is
 * re-checked by a seeded Monte Carlo and both P(success) values are reported.
 *
 * - Without `budget`: minimise expected cost (USD) s.t. P(success) ≥ successProbability and the
 *   regional share constraints.
 * - With `budget`: maximise P(success) s.t. expected cost ≤ budget and the regional shares.
 * Never returns a mix that violates a constraint: when none is feasible, `sites` is null and
 * `binding` says which constraint binds and by how much.
 */
import { confirmedMaxSuccessWithinBudget } from './budget-confirm';
import { confirmedMinCostMix } from './confirm';
import { exactEvaluator } from './exact-count';
import { diagnoseBudget, diagnoseMinCost, type BindingConstraint } from './diagnose';
import { paretoFrontier, type ParetoFrontier } from './frontier';
import { compileProblem, evaluateMix, type RegionStatus } from './model';
import { monteCarloCheck } from './monte-carlo';
import type { OptimizerSpec } from './spec';
import { monthsToTargetQuantile } from './timing';

export interface OptimizeOptions {
  /** Monte Carlo seed; default 1 */
  seed?: number;
  /** Monte Carlo runs for the verification; default 10 000 */
  monteCarloRuns?: number;
  /** also compute the Pareto frontier */
  frontier?: boolean;
  /** branch-and-bound node budget per solve; default 2 000 000 */
  maxNodes?: number;
  /** told when each stage starts (the app's progress bar) */
  onProgress?: (stage: OptimizeStage) => void;
}

/** The stages of a run, in order. */
export type OptimizeStage = 'search' | 'frontier' | 'monte-carlo';

export interface RegionReport extends RegionStatus {
  /** Monte Carlo share of runs whose achieved share ≥ required */
  monteCarloProbability: number;
  /** exact P(achieved share ≥ required) from the count distribution; null when not computed */
  exactProbability: number | null;
}

export interface OptimizeResult {
  objective: 'min-cost' | 'max-success-within-budget';
  feasible: boolean;
  /** sites per country id, or null when infeasible */
  sites: Record<string, number> | null;
  /** USD */
  expectedCost: number | null;
  /** analytic P(target reached within the window), moment-matched negative binomial */
  pSuccess: number | null;
  pSuccessMonteCarlo: number | null;
  /** exact P(success) from the count distribution (exact-count.ts); null when too large to compute */
  pSuccessExact: number | null;
  /**
   * borderline mixes were judged by the exact count distribution (confirm.ts, budget-confirm.ts); false
   * when the problem is too large for it (the answer then rests on the approximation alone)
   */
  exactlyConfirmed: boolean;
  monteCarloStandardError: number | null;
  monteCarloRuns: number;
  seed: number;
  /** expected non-dropout patients by the window end */
  expectedPatients: number | null;
  /** median months to the target (analytic) */
  p50MonthsToTarget: number | null;
  regions: RegionReport[];
  /** when infeasible: what binds and by how much */
  binding: BindingConstraint[];
  /** proven: branch-and-bound finished; heuristic: node budget hit (see lowerBound) */
  optimality: 'proven' | 'heuristic';
  /** lower bound on the optimal expected cost (min-cost objective), USD */
  lowerBound: number | null;
  nodes: number;
  /** Monte Carlo P(success) within 3 standard errors (+0.005 model tolerance) of the requirement */
  monteCarloConfirms: boolean | null;
  frontier?: ParetoFrontier;
}

/** The binding constraint when the budget cannot open even the cheapest site. */
function budgetTooSmallForOneSite(costPerSite: ArrayLike<number>, budget: number): BindingConstraint {
  const cheapest = Math.min(...Array.from(costPerSite));
  const usd = (x: number) => `USD ${Math.round(x).toLocaleString('en-US')}`;
  return {
    constraint: 'budget',
    achievable: cheapest,
    required: budget,
    message: `budget binds: ${usd(budget)} does not open a single site (the cheapest site costs ${usd(cheapest)} over the window)`,
  };
}

export function optimizeCountryMix(spec: OptimizerSpec, options: OptimizeOptions = {}): OptimizeResult {
  const problem = compileProblem(spec);
  const seed = options.seed ?? 1;
  const runs = options.monteCarloRuns ?? 10_000;
  const search = { maxNodes: options.maxNodes ?? 2_000_000 };
  const budget = spec.budget;
  const objective = budget === undefined ? 'min-cost' : 'max-success-within-budget';

  let sites: number[] | null;
  let proven: boolean;
  let nodes: number;
  let lowerBound: number | null = null;
  options.onProgress?.('search');
  let exactlyConfirmed: boolean;
  if (budget === undefined) {
    const r = confirmedMinCostMix(problem, spec.successProbability, search);
    sites = r.sites;
    proven = r.proven;
    nodes = r.nodes;
    exactlyConfirmed = r.exactComplete;
    lowerBound = Number.isFinite(r.lowerBound) ? r.lowerBound : null;
  } else {
    // The dual runs one exact solve per bisection step (~15), so each gets a tenth of the budget.
    const r = confirmedMaxSuccessWithinBudget(problem, budget, { maxNodes: Math.ceil(search.maxNodes / 10) });
    sites = r.sites;
    proven = r.proven;
    nodes = r.nodes;
    exactlyConfirmed = r.exactComplete;
  }

  if (options.frontier) options.onProgress?.('frontier');
  const frontier = options.frontier ? paretoFrontier(problem) : undefined;
  const base = {
    objective,
    monteCarloRuns: runs,
    seed,
    optimality: proven ? 'proven' : 'heuristic',
    nodes,
    lowerBound,
    exactlyConfirmed,
    ...(frontier ? { frontier } : {}),
  } as const;
  const pRequired = budget === undefined ? spec.successProbability : 0;
  const evaluation = sites ? evaluateMix(problem, sites, pRequired) : null;
  // A min-cost mix from the confirmed search is feasible by construction (analytically clear, or
  // exactly); a budget answer must pass the analytic test or have been judged exactly (budget-confirm.ts). A budget too small to open one site used
  // to come back as a "proven" empty mix with an infinite P50 (issue #14): no sites is no plan.
  const emptyWithinBudget = budget !== undefined && sites !== null && sites.every((n) => n === 0);
  const feasible =
    evaluation !== null &&
    (budget === undefined
      ? true
      : (evaluation.feasible || exactlyConfirmed) && evaluation.cost <= budget * (1 + 1e-12));
  if (!sites || !evaluation || !feasible || emptyWithinBudget) {
    return {
      ...base,
      feasible: false,
      sites: null,
      expectedCost: null,
      pSuccess: null,
      pSuccessMonteCarlo: null,
      pSuccessExact: null,
      monteCarloStandardError: null,
      expectedPatients: null,
      p50MonthsToTarget: null,
      regions: [],
      binding:
        budget === undefined
          ? diagnoseMinCost(problem, spec.successProbability)
          : emptyWithinBudget
            ? [budgetTooSmallForOneSite(problem.cost, budget)]
            : diagnoseBudget(problem, budget),
      monteCarloConfirms: null,
    };
  }
  options.onProgress?.('monte-carlo');
  const mc = monteCarloCheck(problem, sites, runs, seed);
  const exact = exactEvaluator(problem)?.(sites);
  const required = budget === undefined ? spec.successProbability : evaluation.pSuccess;
  return {
    ...base,
    feasible: true,
    sites: Object.fromEntries(problem.countries.map((c, i) => [c.id, sites[i] as number])),
    expectedCost: evaluation.cost,
    pSuccess: evaluation.pSuccess,
    pSuccessMonteCarlo: mc.pSuccess,
    pSuccessExact: exact?.pSuccess ?? null,
    monteCarloStandardError: mc.standardError,
    expectedPatients: evaluation.mean,
    // null when the target is not reached within the timing horizon (never an Infinity in JSON).
    p50MonthsToTarget: finiteOrNull(monthsToTargetQuantile(problem, sites, 0.5)),
    regions: evaluation.regions.map((r, k) => {
      const e = exact?.regionProbability[k];
      return {
        ...r,
        monteCarloProbability: mc.regions[k]?.probability ?? 0,
        exactProbability: e === undefined || Number.isNaN(e) ? null : e,
      };
    }),
    binding: [],
    monteCarloConfirms: mc.pSuccess >= required - 3 * mc.standardError - 0.005,
  };
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
