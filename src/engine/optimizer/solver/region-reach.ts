/**
 * Can a regional share constraint still hold when P(success) also needs a large enough total?
 *
 * The branch-and-bound's older regional prune asked only whether the members at their maximum
 * (others at minimum) reach the share — true for almost any one-country floor, since a mix of only
 * Brazilian sites is 100% Brazilian. But such a mix cannot reach the target: P(success) forces a
 * total expected count M ≥ M_req (requiredMean in branch-and-bound.ts), and then a country whose
 * maximum sites expect A_max < s·M_req patients can never hold share s. Without this test a
 * "Brazil ≥ 25%" floor the country cannot fill (30 sites × 4.8 patients < 25% of 600) left the
 * search enumerating hundreds of thousands of nodes without proving anything (issue #13 item 9).
 *
 * With A the members' expected count and B the others', a mix meets the constraint in the
 * normal approximation (mix-state.ts regionZ) only if (1 − s)A − sB ≥ z·σ, z = Φ⁻¹(q) ≥ 0 for the
 * required probability q, σ² = (1 − s)²V_A + s²V_B. Any mix has V_A ≥ ρ_A·A and V_B ≥ ρ_B·B (ρ the
 * smallest variance/mean ratio of one site in the group), and the completions reachable from a node
 * have A ∈ [A_lo, A_max], B ≥ max(B_min, M_req − A). The left side falls and σ grows with B, so
 * B = max(B_min, M_req − A) is the most favourable; on each side of the kink A* = M_req − B_min,
 * h(A) = (1 − s)A − sB(A) − z·σ(A) is linear minus the square root of an affine function, hence
 * convex, so its maximum over [A_lo, A_max] is at A_lo, A_max or A*. If h < 0 at all three, no
 * completion meets the constraint: a valid prune (a necessary condition, never an approximation).
 */
import { normalQuantile } from '../../stats/index';
import type { CompiledProblem } from './model';

export interface RegionReach {
  /** required share s */
  share: number;
  /** Φ⁻¹(required probability), 0 when only the expected share is required */
  z: number;
  /** smallest variance/mean of one site among the members (ρ_A) and the others (ρ_B); 0 if none */
  rhoMembers: number;
  rhoOthers: number;
}

function smallestRatio(p: CompiledProblem, include: (i: number) => boolean): number {
  let rho = Infinity;
  p.countries.forEach((_, i) => {
    const m = p.mean[i] as number;
    if (include(i) && (p.max[i] as number) > 0 && m > 0) rho = Math.min(rho, (p.variance[i] as number) / m);
  });
  return Number.isFinite(rho) ? rho : 0;
}

export function prepareRegionReach(p: CompiledProblem): RegionReach[] {
  return p.regions.map((r) => ({
    share: r.minShare,
    z: r.minProbability === undefined ? 0 : Math.max(0, normalQuantile(r.minProbability)),
    rhoMembers: smallestRatio(p, (i) => r.memberMask[i] === true),
    rhoOthers: smallestRatio(p, (i) => r.memberMask[i] !== true),
  }));
}

/**
 * False when no completion can meet the regional constraint: members' expected count in
 * [aLo, aMax], the others' at least bMin, and the total at least mRequired.
 */
export function regionReachable(
  reach: RegionReach,
  aLo: number,
  aMax: number,
  bMin: number,
  mRequired: number,
): boolean {
  const { share: s, z, rhoMembers, rhoOthers } = reach;
  const h = (a: number): number => {
    const b = Math.max(bMin, mRequired - a);
    const contrast = (1 - s) * a - s * b;
    if (z === 0) return contrast;
    const variance = (1 - s) ** 2 * rhoMembers * a + s * s * rhoOthers * b;
    return contrast - z * Math.sqrt(Math.max(0, variance));
  };
  const tol = 1e-9 * Math.max(1, mRequired, aMax);
  const kink = mRequired - bMin;
  const candidates = [aLo, aMax];
  if (kink > aLo && kink < aMax) candidates.push(kink);
  return candidates.some((a) => h(a) >= -tol);
}
