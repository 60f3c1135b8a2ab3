/**
 * The budget objective (maximise P(success) within the budget, budget.ts) confirmed by the exact
 * count distribution, as confirm.ts does for the cost objective (issue #20). The analytic search
 * can both rank two mixes with nearly equal P(success) the wrong way round and reject (or accept)
 * a mix whose regional probability is just across the line. So the bisection runs twice — on the
 * problem as posed and on one whose regional probabilities are relaxed by BORDERLINE_BAND.region —
 * and the candidates (every mix within budget either met, their best mixes' ±1-site and 1-for-1
 * swap neighbours) whose analytic P(success) is within BORDERLINE_BAND.success of the best are
 * evaluated exactly, best analytic first, within an exact-work budget. The answer is the candidate
 * with the highest exact P(success) whose exact regional probabilities hold; when none can be
 * judged exactly the analytic answer stands and `exactComplete` is false.
 */
import { maxSuccessWithinBudget, type BudgetResult } from './budget';
import { BORDERLINE_BAND, DEFAULT_EXACT_WORK } from './confirm';
import { exactEvaluator } from './exact-count';
import { evaluateMix, type CompiledProblem } from './model';
import type { SearchOptions } from './search';

export interface ConfirmedBudgetResult extends BudgetResult {
  /** the answer's P(success) and regional probabilities were judged exactly against its rivals */
  exactComplete: boolean;
  exactChecks: number;
}

/** ±1 site in one country and 1-for-1 swaps, inside the site bounds. */
function neighbours(p: CompiledProblem, sites: readonly number[]): number[][] {
  const out: number[][] = [];
  const n = sites.length;
  for (let i = 0; i < n; i++) {
    for (const d of [-1, 1]) {
      const v = (sites[i] as number) + d;
      if (v >= (p.min[i] as number) && v <= (p.max[i] as number)) {
        const m = sites.slice();
        m[i] = v;
        out.push(m);
      }
    }
    for (let j = 0; j < n; j++) {
      if (
        j === i ||
        (sites[i] as number) <= (p.min[i] as number) ||
        (sites[j] as number) >= (p.max[j] as number)
      )
        continue;
      const m = sites.slice();
      m[i] = (m[i] as number) - 1;
      m[j] = (m[j] as number) + 1;
      out.push(m);
    }
  }
  return out;
}

export function confirmedMaxSuccessWithinBudget(
  problem: CompiledProblem,
  budget: number,
  options: SearchOptions & { exactWork?: number } = {},
): ConfirmedBudgetResult {
  const strict = maxSuccessWithinBudget(problem, budget, options);
  const exact = exactEvaluator(problem);
  if (!exact) return { ...strict, exactComplete: false, exactChecks: 0 };
  const relaxedProblem: CompiledProblem = {
    ...problem,
    regions: problem.regions.map((r) =>
      r.minProbability === undefined
        ? r
        : { ...r, minProbability: r.minProbability - BORDERLINE_BAND.region },
    ),
  };
  const relaxed = problem.regions.some((r) => r.minProbability !== undefined)
    ? maxSuccessWithinBudget(relaxedProblem, budget, options)
    : null;
  const seeds = [strict.sites, relaxed?.sites ?? null].filter((m): m is number[] => m !== null);
  const pool = [
    ...strict.visited,
    ...(relaxed?.visited ?? []),
    ...seeds,
    ...seeds.flatMap((s) => neighbours(problem, s)),
  ];
  const unique = new Map(pool.map((m) => [m.join(','), m]));
  const candidates = [...unique.values()]
    .filter((m) => m.some((n) => n > 0))
    .map((sites) => ({ sites, a: evaluateMix(relaxedProblem, sites, 0) }))
    .filter((c) => c.a.feasible && c.a.cost <= budget * (1 + 1e-12));
  const top = Math.max(...candidates.map((c) => c.a.pSuccess));
  // The close ones first (best analytic first); the rest only if none of those holds exactly.
  const byP = candidates.sort((x, y) => y.a.pSuccess - x.a.pSuccess);
  const close = byP.filter((c) => c.a.pSuccess >= top - BORDERLINE_BAND.success);
  const rest = byP.filter((c) => c.a.pSuccess < top - BORDERLINE_BAND.success);
  const workBudget = options.exactWork ?? DEFAULT_EXACT_WORK;
  let best: { sites: number[]; p: number } | null = null;
  let exactChecks = 0;
  let exactComplete = true;
  for (const c of [...close, ...rest]) {
    if (best && c.a.pSuccess < top - BORDERLINE_BAND.success) break;
    if (exact.work() >= workBudget) {
      exactComplete = false;
      break;
    }
    exactChecks++;
    const e = exact(c.sites);
    const regionsOk = problem.regions.every((r, k) => {
      const q = Number.isNaN(e.regionProbability[k]!) ? c.a.regions[k]!.probability : e.regionProbability[k]!;
      return r.minProbability === undefined || q >= r.minProbability - 1e-12;
    });
    if (regionsOk && (!best || e.pSuccess > best.p)) best = { sites: c.sites, p: e.pSuccess };
  }
  if (!best) exactComplete = false;
  return {
    sites: best ? best.sites : strict.sites,
    proven: strict.proven && (relaxed?.proven ?? true),
    nodes: strict.nodes + (relaxed?.nodes ?? 0),
    visited: strict.visited,
    exactComplete,
    exactChecks,
  };
}
