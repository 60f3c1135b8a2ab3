/**
 * Exact depth-first branch-and-bound for the minimum-cost mix (see search.ts for the overview).
 */
import { successFromTotals, type CompiledProblem } from './model';
import { evaluateBound, prepareBound, tuneMultipliers, type LagrangianBound } from './lagrangian-bound';
import { costOf, isFeasible, totalsOf, type Totals } from './mix-state';
import { prepareRegionReach, regionReachable } from './region-reach';

/** −(expected-share contrast) per region: how far each regional constraint is from holding. */
function contrastGaps(p: CompiledProblem, t: Totals): number[] {
  return p.regions.map(
    (r, k) =>
      -((1 - r.minShare) * (t.regionMean[k] as number) - r.minShare * (t.mean - (t.regionMean[k] as number))),
  );
}

export function minVarianceRatio(p: CompiledProblem): number {
  let rho = Infinity;
  p.countries.forEach((_, i) => {
    if ((p.max[i] as number) > (p.min[i] as number) && (p.mean[i] as number) > 0)
      rho = Math.min(rho, (p.variance[i] as number) / (p.mean[i] as number));
  });
  return rho;
}

export function capacityMean(p: CompiledProblem): number {
  return p.countries.reduce(
    (sum, _, i) => sum + ((p.max[i] as number) - (p.min[i] as number)) * (p.mean[i] as number),
    0,
  );
}

export interface SearchResult {
  /** sites per country in spec order, or null when no feasible mix was found */
  sites: number[] | null;
  /** expected cost of `sites`, USD (Infinity when none) */
  cost: number;
  /** true when the search finished: the mix is optimal, or no feasible mix exists */
  proven: boolean;
  /** lower bound on the optimal cost from the root relaxation, USD */
  lowerBound: number;
  nodes: number;
}

interface Suffixes {
  order: number[];
  minCost: number[];
  minMean: number[];
  minVar: number[];
  capMean: number[];
  minRatio: number[];
  /** per region: sums of member means/variances at minimum, and the best-case share contrast */
  regionMinMean: number[][];
  regionMinVar: number[][];
  regionBest: number[][];
  /** per region: members' expected count with every remaining member at its maximum */
  regionMaxMean: number[][];
}

function buildSuffixes(p: CompiledProblem, order: number[]): Suffixes {
  const n = p.countries.length;
  const zeros = (): number[] => new Array<number>(n + 1).fill(0);
  const s: Suffixes = {
    order,
    minCost: zeros(),
    minMean: zeros(),
    minVar: zeros(),
    capMean: zeros(),
    minRatio: new Array<number>(n + 1).fill(Infinity),
    regionMinMean: p.regions.map(zeros),
    regionMinVar: p.regions.map(zeros),
    regionBest: p.regions.map(zeros),
    regionMaxMean: p.regions.map(zeros),
  };
  for (let pos = n - 1; pos >= 0; pos--) {
    const i = order[pos] as number;
    const [lo, hi, m, v] = [
      p.min[i] as number,
      p.max[i] as number,
      p.mean[i] as number,
      p.variance[i] as number,
    ];
    s.minCost[pos] = (s.minCost[pos + 1] as number) + lo * (p.cost[i] as number);
    s.minMean[pos] = (s.minMean[pos + 1] as number) + lo * m;
    s.minVar[pos] = (s.minVar[pos + 1] as number) + lo * v;
    s.capMean[pos] = (s.capMean[pos + 1] as number) + (hi - lo) * m;
    s.minRatio[pos] = Math.min(s.minRatio[pos + 1] as number, hi > lo && m > 0 ? v / m : Infinity);
    p.regions.forEach((r, k) => {
      const member = r.memberMask[i] === true;
      const coef = (member ? 1 - r.minShare : -r.minShare) * m;
      const rm = s.regionMinMean[k] as number[];
      const rv = s.regionMinVar[k] as number[];
      const rb = s.regionBest[k] as number[];
      const rx = s.regionMaxMean[k] as number[];
      rx[pos] = (rx[pos + 1] as number) + (member ? hi * m : 0);
      rm[pos] = (rm[pos + 1] as number) + (member ? lo * m : 0);
      rv[pos] = (rv[pos + 1] as number) + (member ? lo * v : 0);
      rb[pos] = (rb[pos + 1] as number) + coef * (coef > 0 ? hi : lo);
    });
  }
  return s;
}

/**
 * Smallest total mean any completion needs: along V = V₀ + ρ(M − M₀) (the least variance a
 * completion adds per expected patient), the largest M with P(success) < p, by bisection.
 * Returns Infinity when even the full remaining capacity falls short.
 */
export function requiredMean(
  p: CompiledProblem,
  pRequired: number,
  m0: number,
  v0: number,
  rho: number,
  cap: number,
): number {
  if (successFromTotals(p, m0, v0) >= pRequired) return m0;
  if (!(cap > 0) || !Number.isFinite(rho)) return Infinity;
  const h = (m: number): number => successFromTotals(p, m, v0 + rho * (m - m0)) - pRequired;
  let lo = m0;
  let hi = m0 + cap;
  let fHi = h(hi);
  if (fHi < 0) return Infinity;
  let fLo = h(lo);
  // Illinois regula falsi; keeps a bracket [lo, hi] with h(lo) < 0 ≤ h(hi), so lo stays a valid bound.
  let side = 0;
  for (let it = 0; it < 60 && hi - lo > 1e-7 * hi; it++) {
    let mid = hi - (fHi * (hi - lo)) / (fHi - fLo);
    if (!(mid > lo && mid < hi)) mid = (lo + hi) / 2;
    const f = h(mid);
    if (f >= 0) {
      hi = mid;
      fHi = f;
      if (side === 1) fLo /= 2;
      side = 1;
    } else {
      lo = mid;
      fLo = f;
      if (side === -1) fHi /= 2;
      side = -1;
    }
  }
  return lo;
}

/**
 * @param accept optional second opinion on a mix the analytic test finds feasible (the exact
 *   count distribution, confirm.ts): a rejected mix is not recorded and its subtree is searched on.
 */
export function branchAndBound(
  p: CompiledProblem,
  pRequired: number,
  incumbent: number[] | null,
  maxNodes: number,
  accept?: (sites: number[]) => boolean,
): SearchResult {
  const n = p.countries.length;
  // Root relaxation first: its Lagrangian multipliers also give the branching order (countries by
  // reduced cost per expected patient), which makes the depth-first dive follow the relaxation.
  const plainBound = prepareBound(
    p,
    p.regions.map(() => 0),
  );
  const rootTotals = totalsOf(p, p.min);
  const rootNeed =
    pRequired >= 0.5
      ? requiredMean(
          p,
          pRequired,
          rootTotals.mean,
          rootTotals.variance,
          minVarianceRatio(p),
          capacityMean(p),
        ) - rootTotals.mean
      : 0;
  const lagrangian: LagrangianBound | null =
    p.regions.length > 0 ? tuneMultipliers(p, rootNeed, contrastGaps(p, rootTotals)) : null;
  const sx = buildSuffixes(p, (lagrangian ?? plainBound).order);
  let bestSites = incumbent ? incumbent.slice() : null;
  let bestCost = incumbent ? costOf(p, incumbent) : Infinity;
  let nodes = 0;
  let aborted = false;
  let rootBound = Infinity;
  const sites = new Array<number>(n).fill(0);
  const fixed: Totals = {
    mean: 0,
    variance: 0,
    regionMean: p.regions.map(() => 0),
    regionVar: p.regions.map(() => 0),
  };
  let fixedCost = 0;
  const useSuccessBound = pRequired >= 0.5;
  const reach = prepareRegionReach(p);
  const positionOf = new Array<number>(n).fill(0);
  sx.order.forEach((i, pos) => (positionOf[i] = pos));

  const visit = (pos: number): number => {
    if (aborted) return Infinity;
    if (++nodes > maxNodes) {
      aborted = true;
      return Infinity;
    }
    const tol = 1e-9 * Math.max(1, Math.abs(bestCost));
    const baseCost = fixedCost + (sx.minCost[pos] as number);
    if (baseCost >= bestCost - tol) return baseCost;
    for (let k = 0; k < p.regions.length; k++) {
      const r = p.regions[k];
      if (!r) continue;
      const fixedContrast =
        (1 - r.minShare) * (fixed.regionMean[k] as number) -
        r.minShare * (fixed.mean - (fixed.regionMean[k] as number));
      if (fixedContrast + (sx.regionBest[k]?.[pos] as number) < -1e-9 * Math.max(1, fixed.mean))
        return Infinity;
    }
    const base: Totals = {
      mean: fixed.mean + (sx.minMean[pos] as number),
      variance: fixed.variance + (sx.minVar[pos] as number),
      regionMean: fixed.regionMean.map((a, k) => a + (sx.regionMinMean[k]?.[pos] as number)),
      regionVar: fixed.regionVar.map((a, k) => a + (sx.regionMinVar[k]?.[pos] as number)),
    };
    if (isFeasible(p, base, pRequired)) {
      const mix = sites.slice();
      for (let q = pos; q < n; q++) mix[sx.order[q] as number] = p.min[sx.order[q] as number] as number;
      if (!accept || accept(mix)) {
        bestCost = baseCost;
        bestSites = mix;
        return baseCost;
      }
    }
    if (pos === n) return Infinity;
    let bound = baseCost;
    const need = useSuccessBound
      ? requiredMean(
          p,
          pRequired,
          base.mean,
          base.variance,
          sx.minRatio[pos] as number,
          sx.capMean[pos] as number,
        ) - base.mean
      : 0;
    if (need > (sx.capMean[pos] as number) * (1 + 1e-12)) return Infinity;
    // Each regional share together with the total that P(success) needs (region-reach.ts).
    for (let k = 0; k < reach.length; k++) {
      const aLo = base.regionMean[k] as number;
      const aMax = (fixed.regionMean[k] as number) + (sx.regionMaxMean[k]?.[pos] as number);
      if (!regionReachable(reach[k]!, aLo, aMax, base.mean - aLo, base.mean + need)) return Infinity;
    }
    if (useSuccessBound) {
      const isFree = (j: number): boolean => (positionOf[j] as number) >= pos;
      const plain = evaluateBound(p, plainBound, isFree, need, []);
      const withRegions = lagrangian
        ? evaluateBound(p, lagrangian, isFree, need, contrastGaps(p, base))
        : -Infinity;
      bound += Math.max(plain, withRegions);
    }
    if (pos === 0) rootBound = bound;
    if (bound >= bestCost - tol) return bound;
    const i = sx.order[pos] as number;
    const c = p.cost[i] as number;
    for (let v = p.max[i] as number; v >= (p.min[i] as number); v--) {
      sites[i] = v;
      addFixed(i, v, 1);
      fixedCost += v * c;
      visit(pos + 1);
      fixedCost -= v * c;
      addFixed(i, v, -1);
      if (aborted) break;
    }
    sites[i] = 0;
    return bound;
  };

  const addFixed = (i: number, v: number, sign: 1 | -1): void => {
    const m = sign * v * (p.mean[i] as number);
    const va = sign * v * (p.variance[i] as number);
    fixed.mean += m;
    fixed.variance += va;
    p.regions.forEach((r, k) => {
      if (r.memberMask[i]) {
        fixed.regionMean[k] = (fixed.regionMean[k] as number) + m;
        fixed.regionVar[k] = (fixed.regionVar[k] as number) + va;
      }
    });
  };

  visit(0);
  const proven = !aborted;
  return {
    sites: bestSites,
    cost: bestSites ? costOf(p, bestSites) : Infinity,
    proven,
    lowerBound: proven ? (bestSites ? bestCost : Infinity) : Math.min(rootBound, bestCost),
    nodes,
  };
}
