/**
 * Why no mix is feasible: each constraint checked at the mix most favourable to it, with the gap.
 */
import { evaluateMix, type CompiledProblem } from './model';
import { costOf, totalsOf, violatedRegion, addSites } from './mix-state';
import { minCostMix } from './search';
import { capacityMean, minVarianceRatio, requiredMean } from './branch-and-bound';
import { prepareRegionReach, regionReachable } from './region-reach';

export interface BindingConstraint {
  constraint: 'success' | 'region-share' | 'region-probability' | 'budget' | 'combined';
  /** region id for regional constraints */
  id?: string;
  /** best value reachable for this constraint on its own */
  achievable: number;
  required: number;
  message: string;
}

const fmt = (x: number, digits = 3): string => x.toFixed(digits);
const usd = (x: number): string => `USD ${Math.round(x).toLocaleString('en-US')}`;

/** Regional-only checks: each region with its members at maximum and every other country at minimum. */
function regionBindings(p: CompiledProblem): BindingConstraint[] {
  const out: BindingConstraint[] = [];
  p.regions.forEach((r, k) => {
    const sites = p.countries.map((_, i) => (r.memberMask[i] ? (p.max[i] as number) : (p.min[i] as number)));
    const status = evaluateMix(p, sites).regions[k];
    if (!status) return;
    if (status.expectedShare < r.minShare) {
      out.push({
        constraint: 'region-share',
        id: r.id,
        achievable: status.expectedShare,
        required: r.minShare,
        message: `${r.id} share max ${fmt(status.expectedShare)} < required ${fmt(r.minShare)}`,
      });
    } else if (r.minProbability !== undefined && status.probability < r.minProbability) {
      out.push({
        constraint: 'region-probability',
        id: r.id,
        achievable: status.probability,
        required: r.minProbability,
        message: `${r.id}: P(share ≥ ${fmt(r.minShare)}) reaches only ≈${fmt(status.probability)} < required ${fmt(r.minProbability)} (members at maxSites, others at minSites)`,
      });
    }
  });
  return out;
}

/** From every country at maximum, drop non-member sites until the regional shares hold. */
function bestSuccessMeetingRegions(p: CompiledProblem): number {
  const sites = p.max.slice();
  const t = totalsOf(p, sites);
  for (;;) {
    const k = violatedRegion(p, t);
    if (k < 0) return evaluateMix(p, sites, 0).pSuccess;
    const r = p.regions[k];
    let drop = -1;
    for (let i = 0; i < sites.length; i++) {
      if (r?.memberMask[i] || (sites[i] as number) <= (p.min[i] as number) || !((p.mean[i] as number) > 0))
        continue;
      if (drop < 0 || (p.mean[i] as number) < (p.mean[drop] as number)) drop = i;
    }
    if (drop < 0) return 0;
    sites[drop] = (sites[drop] as number) - 1;
    addSites(p, t, drop, -1);
  }
}

/**
 * A regional share that its countries can reach alone but not in a mix large enough for P(success)
 * (region-reach.ts): e.g. Brazil ≥ 25% when 30 Brazilian sites expect 143 patients and the target
 * needs about 650 in total.
 */
function regionsWithSuccess(p: CompiledProblem, pRequired: number): BindingConstraint[] {
  const base = totalsOf(p, p.min);
  const mRequired =
    pRequired >= 0.5
      ? requiredMean(p, pRequired, base.mean, base.variance, minVarianceRatio(p), capacityMean(p))
      : base.mean;
  if (!Number.isFinite(mRequired)) return [];
  const reach = prepareRegionReach(p);
  const out: BindingConstraint[] = [];
  p.regions.forEach((r, k) => {
    const aLo = base.regionMean[k] as number;
    const aMax = r.members.reduce((sum, i) => sum + (p.max[i] as number) * (p.mean[i] as number), 0);
    if (regionReachable(reach[k]!, aLo, aMax, base.mean - aLo, mRequired)) return;
    out.push({
      constraint: 'region-share',
      id: r.id,
      achievable: aMax / mRequired,
      required: r.minShare,
      message:
        `${r.id}: its countries at maximum sites expect ${Math.round(aMax)} patients by the deadline, ` +
        `but P(success) ≥ ${fmt(pRequired, 2)} needs about ${Math.round(mRequired)} expected in total, so it cannot hold ` +
        `${(100 * r.minShare).toFixed(1)}% of patients${r.minProbability !== undefined ? ` with probability ${fmt(r.minProbability, 2)}` : ''}: ` +
        `raise its maximum sites or lower the share`,
    });
  });
  return out;
}

/** Diagnoses the minimum-cost problem (P(success) ≥ pRequired plus regional shares). */
export function diagnoseMinCost(p: CompiledProblem, pRequired: number): BindingConstraint[] {
  const out: BindingConstraint[] = [];
  const atMax = evaluateMix(p, p.max, 0).pSuccess;
  if (atMax < pRequired) {
    out.push({
      constraint: 'success',
      achievable: atMax,
      required: pRequired,
      message: `with every country at maxSites, P(success) = ${fmt(atMax)} < ${fmt(pRequired)}`,
    });
  }
  out.push(...regionBindings(p));
  if (out.length === 0) out.push(...regionsWithSuccess(p, pRequired));
  if (out.length === 0) {
    const best = bestSuccessMeetingRegions(p);
    out.push({
      constraint: 'combined',
      achievable: best,
      required: pRequired,
      message: `P(success) and the regional shares cannot hold together: meeting the shares leaves P(success) ≈ ${fmt(best)} < ${fmt(pRequired)}`,
    });
  }
  return out;
}

/** Diagnoses the budget problem: the cheapest mix meeting the regional shares must fit the budget. */
export function diagnoseBudget(p: CompiledProblem, budget: number): BindingConstraint[] {
  const atMin = costOf(p, p.min);
  if (atMin > budget) {
    return [
      {
        constraint: 'budget',
        achievable: atMin,
        required: budget,
        message: `budget binds: every country at minSites costs ${usd(atMin)} > budget ${usd(budget)}`,
      },
    ];
  }
  const regional = regionBindings(p);
  if (regional.length > 0) return regional;
  const cheapest = minCostMix(p, 0);
  const cost = cheapest.sites ? cheapest.cost : Infinity;
  return [
    {
      constraint: 'budget',
      achievable: cost,
      required: budget,
      message: `budget binds: the cheapest mix meeting the regional shares costs ${usd(cost)} > budget ${usd(budget)}`,
    },
  ];
}
