/**
 * The optimizer's compiled problem: per-country cost and count moments at the window end, plus the
 * evaluation of a mix (sites per country). Moments add across independent sites, so P(success)
 * depends on the mix only through the total mean M and variance V (linear in the site counts).
 */
import { shareProbabilityFromCounts } from '../../consistency/share-probability';
import { probabilityAtLeast } from './count-tail';
import { siteExpectedCost, siteMoments } from './site-model';
import type { CountrySpec, OptimizerSpec } from './spec';

export interface CompiledRegion {
  id: string;
  /** indexes into the country list */
  members: number[];
  memberMask: boolean[];
  minShare: number;
  minProbability: number | undefined;
}

export interface CompiledProblem {
  spec: OptimizerSpec;
  countries: CountrySpec[];
  /** expected cost of one site, USD */
  cost: number[];
  /** mean non-dropout patients per site by the window end */
  mean: number[];
  /** variance of that count per site */
  variance: number[];
  min: number[];
  max: number[];
  regions: CompiledRegion[];
}

export function compileProblem(spec: OptimizerSpec): CompiledProblem {
  const countries = spec.countries;
  const moments = countries.map((c) => siteMoments(c, spec.windowMonths));
  const index = new Map(countries.map((c, i) => [c.id, i]));
  return {
    spec,
    countries,
    cost: countries.map((c) => siteExpectedCost(c, spec.windowMonths)),
    mean: moments.map((m) => m.mean),
    variance: moments.map((m) => m.variance),
    min: countries.map((c) => c.minSites),
    max: countries.map((c) => c.maxSites),
    regions: spec.regions.map((r) => {
      const members = r.countries.map((id) => index.get(id) as number);
      return {
        id: r.id,
        members,
        memberMask: countries.map((_, i) => members.includes(i)),
        minShare: r.minShare,
        minProbability: r.minProbability,
      };
    }),
  };
}

export interface RegionStatus {
  id: string;
  expectedShare: number;
  requiredShare: number;
  /** P(achieved share ≥ required), normal approximation of the count contrast */
  probability: number;
  requiredProbability: number | undefined;
  satisfied: boolean;
}

export interface MixEvaluation {
  cost: number;
  mean: number;
  variance: number;
  pSuccess: number;
  regions: RegionStatus[];
  feasible: boolean;
}

/** P(success) from the totals — the quantity the search constrains. */
export function successFromTotals(problem: CompiledProblem, mean: number, variance: number): number {
  return probabilityAtLeast(problem.spec.target, mean, variance);
}

export function regionStatus(problem: CompiledProblem, sites: readonly number[]): RegionStatus[] {
  return problem.regions.map((r) => {
    let aM = 0;
    let aV = 0;
    let bM = 0;
    let bV = 0;
    sites.forEach((n, i) => {
      if (r.memberMask[i]) {
        aM += n * (problem.mean[i] as number);
        aV += n * (problem.variance[i] as number);
      } else {
        bM += n * (problem.mean[i] as number);
        bV += n * (problem.variance[i] as number);
      }
    });
    const expectedShare = aM + bM > 0 ? aM / (aM + bM) : 0;
    const probability =
      aM + bM > 0
        ? shareProbabilityFromCounts({ mean: aM, variance: aV }, { mean: bM, variance: bV }, r.minShare)
        : 0;
    const tol = 1e-12;
    const satisfied =
      expectedShare >= r.minShare - tol &&
      (r.minProbability === undefined || probability >= r.minProbability - tol);
    return {
      id: r.id,
      expectedShare,
      requiredShare: r.minShare,
      probability,
      requiredProbability: r.minProbability,
      satisfied,
    };
  });
}

/**
 * Full evaluation of a mix (sites per country, in spec order). `pRequired` defaults to the spec's
 * successProbability; pass 0 to judge the regional constraints only.
 */
export function evaluateMix(
  problem: CompiledProblem,
  sites: readonly number[],
  pRequired = problem.spec.successProbability,
): MixEvaluation {
  let cost = 0;
  let mean = 0;
  let variance = 0;
  sites.forEach((n, i) => {
    cost += n * (problem.cost[i] as number);
    mean += n * (problem.mean[i] as number);
    variance += n * (problem.variance[i] as number);
  });
  const pSuccess = successFromTotals(problem, mean, variance);
  const regions = regionStatus(problem, sites);
  const feasible = (pRequired <= 0 || pSuccess >= pRequired - 1e-12) && regions.every((r) => r.satisfied);
  return { cost, mean, variance, pSuccess, regions, feasible };
}
