/**
 * Lagrangian strengthening of the branch-and-bound's knapsack bound with the regional expected-share
 * constraints. For multipliers λ ≥ 0 on Σ_j a_kj x_j ≥ b_k (a_kj = (1[j∈R_k] − s_k)·mean_j, x_j the
 * extra sites above minimum), L(λ) = λ·b + min{Σ (cost_j − λ·a_j) x_j : Σ mean_j x_j ≥ need,
 * 0 ≤ x_j ≤ max_j − min_j} is a valid lower bound for every λ (weak duality); the inner problem is a
 * fractional knapsack. λ is tuned once at the root (coordinate-wise ternary search on the concave
 * L) and then reused at every node, which keeps the per-node cost O(countries).
 */
import type { CompiledProblem } from './model';

export interface LagrangianBound {
  /** multipliers per region */
  lambda: number[];
  /** countries sorted by reduced cost per expected patient, for these multipliers */
  order: number[];
  reducedCost: number[];
}

function reducedCosts(p: CompiledProblem, lambda: readonly number[]): number[] {
  return p.countries.map((_, j) => {
    let c = p.cost[j] as number;
    p.regions.forEach((r, k) => {
      const a = ((r.memberMask[j] ? 1 : 0) - r.minShare) * (p.mean[j] as number);
      c -= (lambda[k] as number) * a;
    });
    return c;
  });
}

export function prepareBound(p: CompiledProblem, lambda: number[]): LagrangianBound {
  const reducedCost = reducedCosts(p, lambda);
  const key = (j: number): number =>
    (p.mean[j] as number) > 0 ? (reducedCost[j] as number) / (p.mean[j] as number) : Infinity;
  const order = [...p.countries.keys()].sort((a, b) => key(a) - key(b) || a - b);
  return { lambda, order, reducedCost };
}

/**
 * L(λ) for the free countries (`isFree(j)`), with `need` extra expected patients and regional
 * right-hand sides b_k (= −contrast at the all-minimum completion).
 */
export function evaluateBound(
  p: CompiledProblem,
  lb: LagrangianBound,
  isFree: (j: number) => boolean,
  need: number,
  b: readonly number[],
): number {
  let value = 0;
  lb.lambda.forEach((l, k) => (value += l === 0 ? 0 : l * (b[k] ?? 0)));
  let rest = need;
  for (const j of lb.order) {
    if (!isFree(j)) continue;
    const cap = (p.max[j] as number) - (p.min[j] as number);
    if (cap <= 0) continue;
    const rc = lb.reducedCost[j] as number;
    const m = p.mean[j] as number;
    if (rc < 0) {
      value += rc * cap;
      rest -= cap * m;
    } else if (rest > 0 && m > 0) {
      const take = Math.min(cap, rest / m);
      value += rc * take;
      rest -= take * m;
    } else if (rest <= 0) {
      break;
    }
  }
  return rest > 1e-9 * Math.max(1, need) ? Infinity : value;
}

/** Coordinate-wise ternary search of the concave L(λ) at the root; λ = 0 recovers the plain bound. */
export function tuneMultipliers(p: CompiledProblem, need: number, b: readonly number[]): LagrangianBound {
  const lambda = p.regions.map(() => 0);
  if (p.regions.length === 0 || !Number.isFinite(need)) return prepareBound(p, lambda);
  const all = (): boolean => true;
  const value = (l: number[]): number => evaluateBound(p, prepareBound(p, l), all, need, b);
  // Scale: λ_k of the order of cost per unit of contrast.
  const scale = Math.max(
    ...p.countries.map((_, j) =>
      (p.mean[j] as number) > 0 ? (p.cost[j] as number) / (p.mean[j] as number) : 0,
    ),
    1,
  );
  for (let round = 0; round < 3; round++) {
    for (let k = 0; k < lambda.length; k++) {
      let lo = 0;
      let hi = 10 * scale;
      for (let it = 0; it < 50; it++) {
        const m1 = lo + (hi - lo) / 3;
        const m2 = hi - (hi - lo) / 3;
        const a = lambda.slice();
        const c = lambda.slice();
        a[k] = m1;
        c[k] = m2;
        if (value(a) < value(c)) lo = m1;
        else hi = m2;
      }
      const cand = lambda.slice();
      cand[k] = (lo + hi) / 2;
      if (value(cand) > value(lambda)) lambda[k] = cand[k] as number;
    }
  }
  return prepareBound(p, lambda);
}
