/**
 * The dual problem: the "fastest" mix within a budget. Decision (docs/optimizer-spec.md): maximise
 * P(success) — the probability of reaching the target within the enrolment window — subject to
 * expected cost ≤ budget and the regional shares. For a fixed window this is the mix most likely to
 * be on time; its P50 time to target is reported alongside. Solved through the primal: the minimum
 * cost C*(p) is non-decreasing in p, so bisection on p finds the largest p with C*(p) ≤ budget
 * (to 1e-4 in probability); each step is the exact branch-and-bound.
 */
import { addSites, costOf, isFeasible, totalsOf } from './mix-state';
import { evaluateMix, successFromTotals, type CompiledProblem } from './model';
import { minCostMix, type SearchOptions } from './search';

export interface BudgetResult {
  sites: number[] | null;
  /** every inner branch-and-bound finished */
  proven: boolean;
  nodes: number;
  /** every mix within budget the bisection met (candidates for the exact confirmation) */
  visited: number[][];
}

/** Adds the site with the best P(success) gain per USD while the budget and regional shares allow. */
function greedyWithinBudget(p: CompiledProblem, start: number[], budget: number): number[] {
  const sites = start.slice();
  const t = totalsOf(p, sites);
  let cost = costOf(p, sites);
  for (;;) {
    const g0 = successFromTotals(p, t.mean, t.variance);
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < sites.length; i++) {
      const c = p.cost[i] as number;
      if ((sites[i] as number) >= (p.max[i] as number) || cost + c > budget) continue;
      addSites(p, t, i, 1);
      if (isFeasible(p, t, 0)) {
        const gain = successFromTotals(p, t.mean, t.variance) - g0;
        const score = c > 0 ? gain / c : gain * 1e300;
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      addSites(p, t, i, -1);
    }
    if (best < 0) return sites;
    sites[best] = (sites[best] as number) + 1;
    addSites(p, t, best, 1);
    cost += p.cost[best] as number;
  }
}

export function maxSuccessWithinBudget(
  p: CompiledProblem,
  budget: number,
  options: SearchOptions = {},
): BudgetResult {
  const cheapest = minCostMix(p, 0, options);
  if (!cheapest.sites || cheapest.cost > budget)
    return { sites: null, proven: cheapest.proven, nodes: cheapest.nodes, visited: [] };
  let best = greedyWithinBudget(p, cheapest.sites, budget);
  const visited = [cheapest.sites, best];
  let lo = evaluateMix(p, best, 0).pSuccess;
  let hi = evaluateMix(p, p.max, 0).pSuccess;
  let proven = cheapest.proven;
  let nodes = cheapest.nodes;
  for (let it = 0; it < 40 && hi - lo > 1e-4; it++) {
    const mid = (lo + hi) / 2;
    const r = minCostMix(p, mid, options);
    nodes += r.nodes;
    proven &&= r.proven;
    if (r.sites && r.cost <= budget * (1 + 1e-12)) {
      visited.push(r.sites);
      const g = evaluateMix(p, r.sites, 0).pSuccess;
      if (g > lo) {
        lo = g;
        best = r.sites;
      }
    } else {
      hi = mid;
    }
  }
  return { sites: best, proven, nodes, visited };
}
