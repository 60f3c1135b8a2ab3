/**
 * Fast heuristics: a greedy construction and a drop / 1-for-1 swap local search. They give the
 * branch-and-bound a good incumbent, and the greedy path feeds the Pareto frontier.
 */
import { addSites, isFeasible, totalsOf, violatedRegion } from './mix-state';
import type { CompiledProblem } from './model';

/** Normal-approximation z-score of reaching the target: the greedy's smooth progress measure. */
function successZ(target: number, mean: number, variance: number): number {
  return variance > 0 ? (mean - target + 0.5) / Math.sqrt(variance) : mean >= target ? Infinity : -Infinity;
}

/**
 * Greedy construction from every country at its minimum: while infeasible, add one site — in a
 * region whose share constraint is unmet, the member with most expected patients per USD; else the
 * country with the largest gain in success z-score per USD. With pRequired > 1 it never stops early
 * and so traces the whole path to all-maximum; `visit` sees every intermediate mix.
 */
export function greedyMix(
  problem: CompiledProblem,
  pRequired: number,
  visit?: (sites: number[]) => void,
): number[] | null {
  const sites = problem.min.slice();
  const t = totalsOf(problem, sites);
  const target = problem.spec.target;
  visit?.(sites.slice());
  for (;;) {
    if (pRequired <= 1 && isFeasible(problem, t, pRequired)) return sites;
    const k = violatedRegion(problem, t);
    const z0 = successZ(target, t.mean, t.variance);
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < sites.length; i++) {
      const mean = problem.mean[i] as number;
      if ((sites[i] as number) >= (problem.max[i] as number) || !(mean > 0)) continue;
      if (k >= 0 && !problem.regions[k]?.memberMask[i]) continue;
      const cost = problem.cost[i] as number;
      const gain =
        k >= 0 ? mean : successZ(target, t.mean + mean, t.variance + (problem.variance[i] as number)) - z0;
      const score = cost > 0 ? gain / cost : Number.MAX_VALUE * Math.sign(gain || 1);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) return pRequired <= 1 ? null : sites;
    sites[best] = (sites[best] as number) + 1;
    addSites(problem, t, best, 1);
    visit?.(sites.slice());
  }
}

/** Drop and 1-for-1 swap moves that keep feasibility and lower the cost, until none applies. */
export function improveMix(problem: CompiledProblem, start: readonly number[], pRequired: number): number[] {
  const sites = start.slice();
  const t = totalsOf(problem, sites);
  const n = sites.length;
  const byCostDesc = [...sites.keys()].sort(
    (a, b) => (problem.cost[b] as number) - (problem.cost[a] as number),
  );
  let improved = true;
  while (improved) {
    improved = false;
    for (const i of byCostDesc) {
      while ((sites[i] as number) > (problem.min[i] as number)) {
        addSites(problem, t, i, -1);
        if (!isFeasible(problem, t, pRequired)) {
          addSites(problem, t, i, 1);
          break;
        }
        sites[i] = (sites[i] as number) - 1;
        improved = true;
      }
    }
    let bestSave = 1e-9;
    let move: [number, number] | null = null;
    for (let out = 0; out < n; out++) {
      if ((sites[out] as number) <= (problem.min[out] as number)) continue;
      for (let inn = 0; inn < n; inn++) {
        const save = (problem.cost[out] as number) - (problem.cost[inn] as number);
        if (inn === out || save <= bestSave || (sites[inn] as number) >= (problem.max[inn] as number))
          continue;
        addSites(problem, t, out, -1);
        addSites(problem, t, inn, 1);
        if (isFeasible(problem, t, pRequired)) {
          bestSave = save;
          move = [out, inn];
        }
        addSites(problem, t, inn, -1);
        addSites(problem, t, out, 1);
      }
    }
    if (move) {
      const [out, inn] = move;
      sites[out] = (sites[out] as number) - 1;
      sites[inn] = (sites[inn] as number) + 1;
      addSites(problem, t, out, -1);
      addSites(problem, t, inn, 1);
      improved = true;
    }
  }
  return sites;
}
