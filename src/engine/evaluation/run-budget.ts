/**
 * Work budgets for very large scenarios. Monte Carlo cost grows as runs × sites; a 10,000-site
 * scenario at the default 10,000 runs is 100 million site draws (~35 s in a worker, and the
 * start-up summaries alone ~160 MB). Above a budget the run count is lowered so runs × sites stays
 * within it, and the evaluation says so in a warning. Ordinary scenarios (a few hundred sites)
 * are far below every budget and keep the runs asked for.
 */

/** Site draws (runs × sites) for the enrollment forecast: 10,000 runs up to 2,000 sites. */
export const FORECAST_SITE_RUNS = 20_000_000;
/** Site draws kept for per-site start-up quantiles (held in memory as runs × sites numbers). */
export const STARTUP_SITE_RUNS = 2_000_000;
/** Site draws for the filing-market share Monte Carlo (each run bisects over all sites). */
export const MARKET_SHARE_SITE_RUNS = 4_000_000;
/** Fewest runs a budget may leave: P10/P50/P90 stay readable at this many. */
export const MIN_BUDGET_RUNS = 200;

/**
 * Runs to use for `sites` sites: the runs asked for, or fewer when runs × sites exceeds
 * `budget` (never fewer than {@link MIN_BUDGET_RUNS} unless fewer were asked for).
 */
export function runsWithinBudget(requested: number, sites: number, budget: number): number {
  if (sites <= 0 || requested * sites <= budget) return requested;
  return Math.min(requested, Math.max(MIN_BUDGET_RUNS, Math.floor(budget / sites)));
}

/** Fewest runs ever used: below this a forecast's P10/P90 are too rough to show. */
export const MIN_WORK_RUNS = 20;
/** The most a forecast may spend to keep {@link MIN_BUDGET_RUNS} runs: five times its budget. */
export const HARD_BUDGET_FACTOR = 5;

/**
 * Runs for a forecast whose runs each cost `workPerRun` site draws (see monteCarloWorkPerRun):
 * within `budget`, keeping {@link MIN_BUDGET_RUNS} while that costs at most five budgets, and never
 * fewer than {@link MIN_WORK_RUNS}. Capped forecasts to large targets used to keep 10,000 runs of
 * hundreds of thousands of arrivals each (over 5 minutes, issue #14).
 */
export function runsWithinWork(requested: number, workPerRun: number, budget: number): number {
  if (workPerRun <= 0 || requested * workPerRun <= budget) return requested;
  const withinBudget = Math.floor(budget / workPerRun);
  const floor = Math.max(
    MIN_WORK_RUNS,
    Math.min(MIN_BUDGET_RUNS, Math.floor((HARD_BUDGET_FACTOR * budget) / workPerRun)),
  );
  return Math.min(requested, Math.max(floor, withinBudget));
}
