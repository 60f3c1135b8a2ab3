/**
 * Pareto frontier of candidate mixes for the chart: expected cost vs P50 months to target, and
 * expected cost vs P(success). Candidates: every mix on the greedy cost-efficiency path from
 * all-minimum to all-maximum, plus the exact minimum-cost mix at a grid of success probabilities.
 * Only mixes meeting the regional share constraints are kept, so any point can become a scenario.
 */
import { greedyMix } from './heuristics';
import { evaluateMix, type CompiledProblem } from './model';
import { minCostMix } from './search';
import { monthsToTargetQuantile } from './timing';

export interface FrontierPoint {
  sites: Record<string, number>;
  /** USD */
  expectedCost: number;
  pSuccess: number;
  /** median months from study start to the target number of non-dropout patients */
  p50Months: number;
}

export interface ParetoFrontier {
  costVsP50: FrontierPoint[];
  costVsSuccess: FrontierPoint[];
}

const SUCCESS_GRID = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.975, 0.99];

export function paretoFrontier(p: CompiledProblem, maxNodesPerSolve = 20_000): ParetoFrontier {
  const candidates = new Map<string, number[]>();
  const add = (sites: number[]): void => {
    if (evaluateMix(p, sites, 0).feasible) candidates.set(sites.join(','), sites);
  };
  greedyMix(p, 2, add);
  for (const q of SUCCESS_GRID) {
    const r = minCostMix(p, q, { maxNodes: maxNodesPerSolve });
    if (r.sites) add(r.sites);
  }
  const points = [...candidates.values()].map((sites) => {
    const e = evaluateMix(p, sites, 0);
    return {
      sites: Object.fromEntries(p.countries.map((c, i) => [c.id, sites[i] as number])),
      expectedCost: e.cost,
      pSuccess: e.pSuccess,
      p50Months: monthsToTargetQuantile(p, sites, 0.5),
    };
  });
  points.sort(
    (a, b) => a.expectedCost - b.expectedCost || a.p50Months - b.p50Months || b.pSuccess - a.pSuccess,
  );
  const costVsP50: FrontierPoint[] = [];
  const costVsSuccess: FrontierPoint[] = [];
  let bestTime = Infinity;
  let bestP = -Infinity;
  for (const pt of points) {
    if (pt.p50Months < bestTime - 1e-9) {
      costVsP50.push(pt);
      bestTime = pt.p50Months;
    }
    if (pt.pSuccess > bestP + 1e-12) {
      costVsSuccess.push(pt);
      bestP = pt.pSuccess;
    }
  }
  return { costVsP50, costVsSuccess };
}
