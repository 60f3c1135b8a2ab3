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
import { evaluateMix, type CompiledProblem } from './model';
import { minCostMix, type SearchOptions } from './search';

/** Half-widths of the band in which the analytic answer is confirmed exactly. */
export const BORDERLINE_BAND = { success: 0.02, region: 0.05 } as const;
/** Exact evaluations allowed per solve; beyond, borderline mixes are judged analytically. */
const MAX_EXACT_CHECKS = 5_000;

export interface ConfirmedSearchResult extends SearchResult {
  /** exact count distributions computed */
  exactChecks: number;
  /** every borderline mix was judged exactly (false when MAX_EXACT_CHECKS was hit) */
  exactComplete: boolean;
}

export function confirmedMinCostMix(
  problem: CompiledProblem,
  pRequired: number,
  options: SearchOptions = {},
): ConfirmedSearchResult {
  const maxNodes = options.maxNodes ?? 2_000_000;
  const strict = minCostMix(problem, pRequired, { maxNodes });
  const exact = exactEvaluator(problem);
  // Too large for the exact tables: keep the analytic answer and say it was not confirmed.
  if (!exact) return { ...strict, exactChecks: 0, exactComplete: false };
  const verdicts = new Map<string, boolean>();
  let exactChecks = 0;
  let exactComplete = true;
  const band = BORDERLINE_BAND;
  const accept = (sites: readonly number[]): boolean => {
    const key = sites.join(',');
    const known = verdicts.get(key);
    if (known !== undefined) return known;
    const a = evaluateMix(problem, sites, pRequired);
    const regionsOk = (probability: (k: number) => number) =>
      problem.regions.every(
        (r, k) =>
          a.regions[k]!.expectedShare >= r.minShare - 1e-12 &&
          (r.minProbability === undefined || probability(k) >= r.minProbability - 1e-12),
      );
    const clear =
      (pRequired <= 0 || a.pSuccess >= pRequired + band.success) &&
      regionsOk((k) => a.regions[k]!.probability - band.region);
    let verdict: boolean;
    if (clear) verdict = true;
    else if (!exact || exactChecks >= MAX_EXACT_CHECKS) {
      exactComplete = false;
      verdict = a.feasible;
    } else {
      exactChecks++;
      const e = exact(sites);
      verdict =
        (pRequired <= 0 || e.pSuccess >= pRequired) &&
        regionsOk((k) =>
          Number.isNaN(e.regionProbability[k]!) ? a.regions[k]!.probability : e.regionProbability[k]!,
        );
    }
    verdicts.set(key, verdict);
    return verdict;
  };
  const relaxed: CompiledProblem = {
    ...problem,
    regions: problem.regions.map((r) =>
      r.minProbability === undefined ? r : { ...r, minProbability: r.minProbability - band.region },
    ),
  };
  const incumbent = strict.sites && accept(strict.sites) ? strict.sites : null;
  const r = branchAndBound(
    relaxed,
    pRequired > 0 ? pRequired - band.success : pRequired,
    incumbent,
    maxNodes,
    accept,
  );
  return {
    ...r,
    nodes: r.nodes + strict.nodes,
    proven: r.proven && strict.proven,
    exactChecks,
    exactComplete,
  };
}
