import { logGamma } from '../../stats';
import type { PreparedForecast } from '../prepare';
import { OPEN_FIXED } from '../types';

/**
 * Exact P(n(t) < need) for sites that open at FIXED months (no start-up plan), by convolving
 * the sites' count distributions. Given its opening u, a site with a Gamma(α, β) rate prior has
 * a negative-binomial count NB(α, β/(β + τ)) at t, τ = (t − u)⁺ (Anisimov & Fedorov 2007);
 * g identical sites are NB(gα, ·); a site that never activates with probability π adds a point
 * mass at 0. Sites are independent, so the total count is the convolution of these laws, and
 * P(n < need) only needs the first `need` terms of each: truncating at `need` is exact.
 *
 * Why: one moment-matched gamma for Λ(t) = Σ λ_i τ_i misses the tail when openings are
 * staggered (3 sites at months 0 / 2 / 5, target 20: P90 17.16 vs 16.98 by Monte Carlo). This
 * removes that bias whenever it is cheap (groups × need² ≤ EXACT_COUNT_WORK).
 */
export type SurvivalFn = (t: number) => number;

/** Largest groups × need² for which the exact convolution replaces the moment match. */
export const EXACT_COUNT_WORK = 400_000;

interface Group {
  shape: number;
  rate: number;
  open: number;
  pNever: number;
}

/** The exact survival S(t) = P(n(t) < need), or undefined when it does not apply or costs too much. */
export function exactCountSurvival(p: PreparedForecast): SurvivalFn | undefined {
  const need = p.remaining;
  if (p.startup || p.hasCaps || need <= 0 || !Number.isInteger(need)) return undefined;
  const s = p.sites;
  const groups = new Map<string, Group & { count: number }>();
  for (let i = 0; i < s.count; i++) {
    if (s.openKind[i] !== OPEN_FIXED) return undefined;
    const open = Math.max(s.openA[i]!, p.now);
    const key = `${s.shape[i]}|${p.effRate[i]}|${open}|${s.pNever[i]}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { shape: s.shape[i]!, rate: p.effRate[i]!, open, pNever: s.pNever[i]!, count: 1 });
  }
  // Identical sites that always activate merge into one NB(gα, ·); with never-activation they
  // must be convolved one by one (the number that activate is binomial).
  let work = 0;
  const list: Group[] = [];
  for (const g of groups.values()) {
    if (g.pNever > 0) for (let k = 0; k < g.count; k++) list.push(g);
    else list.push({ ...g, shape: g.shape * g.count });
    work += (g.pNever > 0 ? g.count : 1) * need * need;
  }
  if (list.length === 0 || work > EXACT_COUNT_WORK) return undefined;
  const total = new Float64Array(need);
  const term = new Float64Array(need);
  const next = new Float64Array(need);
  return (t) => {
    total.fill(0);
    total[0] = 1;
    for (const g of list) {
      const tau = Math.max(0, t - g.open);
      if (tau <= 0) continue;
      negBinTerms(g.shape, g.rate / (g.rate + tau), term);
      if (g.pNever > 0) {
        for (let k = 0; k < need; k++) term[k] = (1 - g.pNever) * term[k]!;
        term[0] = term[0]! + g.pNever;
      }
      next.fill(0);
      for (let i = 0; i < need; i++) {
        const a = total[i]!;
        if (a === 0) continue;
        for (let j = 0; i + j < need; j++) next[i + j] = next[i + j]! + a * term[j]!;
      }
      total.set(next);
    }
    let sum = 0;
    for (let k = 0; k < need; k++) sum += total[k]!;
    return Math.min(1, Math.max(0, sum));
  };
}

/** P(N = k), k < out.length, for N ~ NB(size r, success probability p), in log space (no underflow of p^r). */
function negBinTerms(r: number, p: number, out: Float64Array): void {
  const logP = r * Math.log(p);
  const logQ = Math.log1p(-p);
  const lgR = logGamma(r);
  // k·log q with k = 0 is 0 even when q = 0 (τ a hair above 0), not 0·(−∞) = NaN.
  for (let k = 0; k < out.length; k++)
    out[k] = Math.exp(logGamma(r + k) - lgR - logGamma(k + 1) + logP + (k === 0 ? 0 : k * logQ));
}
