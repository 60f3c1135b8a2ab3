/**
 * Minimum-cost mix CONFIRMED by the exact count distribution (exact-count.ts) rather than decided
 * by the moment-matched approximation alone (issue #20).
 *
 * The analytic P(success) and regional probabilities can err by a little either way, so a mix
 * just under the line may truly be feasible (and cheaper), and one just over it may not be. The
 * search therefore runs on a relaxed problem — P(success) ≥ p − 0.02 and each regional
 * probability ≥ q − 0.05 — and accepts a mix only when it is clearly feasible analytically
 * (every margin ≥ the same band) or its exact probabilities meet the real requirements. The
 * result is the cheapest truly feasible mix provided the approximation errs by less than the band
 * (measured: ≤ 0.003 on P(success), ≤ 0.03 on the regional probability with shape 0.5).
 */
import { branchAndBound, type SearchResult } from './branch-and-bound';
import { exactEvaluator } from './exact-count';
import { evaluateMix, type CompiledProblem, type MixEvaluation } from './model';
import { minCostMix, type SearchOptions } from './search';

/** Half-widths of the band in which the analytic answer is confirmed exactly. */
export const BORDERLINE_BAND = { success: 0.02, region: 0.05 } as const;
/**
 * Exact work allowed per solve, in multiply-adds of the count convolutions (~1.5e8 a second in
 * V8 on this machine). One check of a 90-site mix for a 600-patient target with three regional
 * shares is ~3e7, so this allows ~15 such checks; small problems (the #20 stress case) need
 * ~1e5 per check. Beyond it the remaining borderline mixes are judged analytically.
 */
export const DEFAULT_EXACT_WORK = 5e8;

export interface ConfirmOptions extends SearchOptions {
  /** exact work budget (multiply-adds); default DEFAULT_EXACT_WORK */
  exactWork?: number;
}

export interface ConfirmedSearchResult extends SearchResult {
  /** exact count distributions computed */
  exactChecks: number;
  /** multiply-adds spent on them */
  exactWork: number;
  /** every borderline mix cheaper than the answer was judged exactly (false when the budget ran out) */
  exactComplete: boolean;
}

/**
 * Borderline mixes are not judged as the depth-first search meets them: merged with scenario floors,
 * the search met thousands of them (each a long convolution), and the in-app run never ended
 * (issue #13 item 9). The search records them instead, and afterwards they are checked exactly in
 * order of cost, cheapest first, until one passes: the first to pass is the cheapest truly feasible
 * one, and only the mixes cheaper than the answer are ever convolved.
 */
export function confirmedMinCostMix(
  problem: CompiledProblem,
  pRequired: number,
  options: ConfirmOptions = {},
): ConfirmedSearchResult {
  const maxNodes = options.maxNodes ?? 2_000_000;
  const workBudget = options.exactWork ?? DEFAULT_EXACT_WORK;
  const strict = minCostMix(problem, pRequired, { maxNodes });
  const exact = exactEvaluator(problem);
  // Too large for the exact tables: keep the analytic answer and say it was not confirmed.
  if (!exact) return { ...strict, exactChecks: 0, exactWork: 0, exactComplete: false };
  const band = BORDERLINE_BAND;
  const borderline = new Map<string, { sites: number[]; cost: number }>();
  const regionsOk = (a: MixEvaluation, probability: (k: number) => number) =>
    problem.regions.every(
      (r, k) =>
        a.regions[k]!.expectedShare >= r.minShare - 1e-12 &&
        (r.minProbability === undefined || probability(k) >= r.minProbability - 1e-12),
    );
  const isClear = (a: MixEvaluation) =>
    (pRequired <= 0 || a.pSuccess >= pRequired + band.success) &&
    regionsOk(a, (k) => a.regions[k]!.probability - band.region);
  let exactChecks = 0;
  const exactlyFeasible = (sites: readonly number[], a: MixEvaluation): boolean => {
    exactChecks++;
    const e = exact(sites);
    return (
      (pRequired <= 0 || e.pSuccess >= pRequired) &&
      regionsOk(a, (k) =>
        Number.isNaN(e.regionProbability[k]!) ? a.regions[k]!.probability : e.regionProbability[k]!,
      )
    );
  };
  // During the search: clear mixes are accepted, borderline ones noted for later.
  const accept = (sites: number[]): boolean => {
    const a = evaluateMix(problem, sites, pRequired);
    if (isClear(a)) return true;
    borderline.set(sites.join(','), { sites: sites.slice(), cost: a.cost });
    return false;
  };
  const relaxed: CompiledProblem = {
    ...problem,
    regions: problem.regions.map((r) =>
      r.minProbability === undefined ? r : { ...r, minProbability: r.minProbability - band.region },
    ),
  };
  let incumbent: number[] | null = null;
  if (strict.sites) {
    const a = evaluateMix(problem, strict.sites, pRequired);
    if (isClear(a) || exactlyFeasible(strict.sites, a)) incumbent = strict.sites;
  }
  const r = branchAndBound(
    relaxed,
    pRequired > 0 ? pRequired - band.success : pRequired,
    incumbent,
    maxNodes,
    accept,
  );
  // Cheapest first; only those cheaper than the search's answer can improve on it.
  const queue = [...borderline.values()].filter((m) => m.cost < r.cost).sort((x, y) => x.cost - y.cost);
  let best = { sites: r.sites, cost: r.cost };
  let exactComplete = true;
  for (const m of queue) {
    if (exact.work() >= workBudget) {
      exactComplete = false;
      // Out of budget: the cheapest remaining mix the approximation itself calls feasible.
      const fallback = queue.find(
        (x) => x.cost >= m.cost && evaluateMix(problem, x.sites, pRequired).feasible,
      );
      if (fallback && fallback.cost < best.cost) best = fallback;
      break;
    }
    if (exactlyFeasible(m.sites, evaluateMix(problem, m.sites, pRequired))) {
      best = m;
      break;
    }
  }
  return {
    ...r,
    sites: best.sites,
    cost: best.sites ? best.cost : Infinity,
    nodes: r.nodes + strict.nodes,
    proven: r.proven && strict.proven,
    exactChecks,
    exactWork: exact.work(),
    exactComplete,
  };
}
