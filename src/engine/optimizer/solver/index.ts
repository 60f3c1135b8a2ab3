export {
  optimizeCountryMix,
  type OptimizeOptions,
  type OptimizeResult,
  type OptimizeStage,
  type RegionReport,
} from './optimize';
export {
  optimizerSpecSchema,
  formatSpecIssues,
  type OptimizerSpec,
  type OptimizerSpecInput,
  type CountrySpec,
  type RegionSpec,
} from './spec';
export {
  compileProblem,
  evaluateMix,
  type CompiledProblem,
  type MixEvaluation,
  type RegionStatus,
} from './model';
export { minCostMix, type SearchResult, type SearchOptions } from './search';
export { maxSuccessWithinBudget } from './budget';
export { paretoFrontier, type FrontierPoint, type ParetoFrontier } from './frontier';
export { monteCarloCheck, type MonteCarloResult } from './monte-carlo';
export { monthsToTargetQuantile, successProbabilityAt } from './timing';
export { probabilityAtLeast } from './count-tail';
export { siteMoments, siteExpectedCost, openTimeMoments } from './site-model';
export type { BindingConstraint } from './diagnose';
