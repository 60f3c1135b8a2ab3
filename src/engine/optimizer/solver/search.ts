/**
 * Minimum-expected-cost country mix subject to P(success) ≥ p and the regional share constraints.
 *
 * 1. Greedy construction, then drop / 1-for-1 swap local search (heuristics.ts) → incumbent.
 * 2. Depth-first branch-and-bound (branch-and-bound.ts) over countries sorted by USD per expected
 *    patient, seeded with the incumbent. At a node the cheapest completion puts every remaining
 *    country at its minimum; if that is feasible it is the subtree optimum. Otherwise the bound adds
 *    the fractional-knapsack cost of the expected patients success still needs, where the need
 *    accounts for the variance any completion must add (at least the smallest variance/mean ratio
 *    left). A regional share that even the most favourable completion cannot reach prunes the node.
 *    The success bound is valid for p ≥ 0.5 (the NB tail then falls with variance at fixed mean);
 *    below 0.5 it is dropped (still exact, just slower).
 * A node budget, not a clock, caps the work so results are identical on every machine; when it is
 * exhausted the incumbent is returned with proven = false and the root lower bound.
 */
import { branchAndBound, type SearchResult } from './branch-and-bound';
import { greedyMix, improveMix } from './heuristics';
import type { CompiledProblem } from './model';

export type { SearchResult } from './branch-and-bound';

export interface SearchOptions {
  /** branch-and-bound node budget; default 2 000 000 */
  maxNodes?: number;
}

/** Minimum-cost feasible mix for P(success) ≥ pRequired (pRequired ≤ 0: regional constraints only). */
export function minCostMix(
  problem: CompiledProblem,
  pRequired: number,
  options: SearchOptions = {},
): SearchResult {
  const greedy = greedyMix(problem, pRequired);
  const incumbent = greedy ? improveMix(problem, greedy, pRequired) : null;
  return branchAndBound(problem, pRequired, incumbent, options.maxNodes ?? 2_000_000);
}
