/**
 * Running totals of a mix (expected patients, variance, per-region sums) and the feasibility test
 * shared by the heuristics and the branch-and-bound. Shares are of expected non-dropout patients.
 */
import { normalCdf } from '../../stats/index';
import { successFromTotals, type CompiledProblem } from './model';

export interface Totals {
  mean: number;
  variance: number;
  regionMean: number[];
  regionVar: number[];
}

export function emptyTotals(problem: CompiledProblem): Totals {
  return {
    mean: 0,
    variance: 0,
    regionMean: problem.regions.map(() => 0),
    regionVar: problem.regions.map(() => 0),
  };
}

/** Adds n (possibly negative) sites of country i to the totals. */
export function addSites(problem: CompiledProblem, t: Totals, i: number, n: number): void {
  if (n === 0) return;
  const m = n * (problem.mean[i] as number);
  const v = n * (problem.variance[i] as number);
  t.mean += m;
  t.variance += v;
  for (let k = 0; k < problem.regions.length; k++) {
    if (problem.regions[k]?.memberMask[i]) {
      t.regionMean[k] = (t.regionMean[k] as number) + m;
      t.regionVar[k] = (t.regionVar[k] as number) + v;
    }
  }
}

export function totalsOf(problem: CompiledProblem, sites: readonly number[]): Totals {
  const t = emptyTotals(problem);
  sites.forEach((n, i) => addSites(problem, t, i, n));
  return t;
}

/** z of the normal approximation to the region-share contrast (1 − s)A − sB. */
export function regionZ(s: number, aMean: number, aVar: number, mean: number, variance: number): number {
  const num = (1 - s) * aMean - s * (mean - aMean);
  const sd = Math.sqrt(Math.max(0, (1 - s) ** 2 * aVar + s * s * (variance - aVar)));
  return sd > 0 ? num / sd : num >= 0 ? Infinity : -Infinity;
}

const EPS = 1e-12;

/** Index of the first violated regional constraint, or −1. */
export function violatedRegion(problem: CompiledProblem, t: Totals): number {
  for (let k = 0; k < problem.regions.length; k++) {
    const r = problem.regions[k];
    if (!r) continue;
    const a = t.regionMean[k] as number;
    if (!(t.mean > 0) || a < r.minShare * t.mean * (1 - EPS)) return k;
    if (r.minProbability !== undefined) {
      const p = normalCdf(regionZ(r.minShare, a, t.regionVar[k] as number, t.mean, t.variance));
      if (p < r.minProbability - EPS) return k;
    }
  }
  return -1;
}

export function isFeasible(problem: CompiledProblem, t: Totals, pRequired: number): boolean {
  if (violatedRegion(problem, t) >= 0) return false;
  return pRequired <= 0 || successFromTotals(problem, t.mean, t.variance) >= pRequired - EPS;
}

export function costOf(problem: CompiledProblem, sites: readonly number[]): number {
  return sites.reduce((sum, n, i) => sum + n * (problem.cost[i] as number), 0);
}
