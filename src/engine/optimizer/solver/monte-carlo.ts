/**
 * Monte Carlo check of a mix, independent of the moment-matched approximation used in the search:
 * each run draws every site's rate λ ~ Gamma(m²/v, m/v) and opening month u, then the country's
 * non-dropout count by the window end exactly as Poisson(Σ λ(1 − d)·max(0, W − u)) — exact in
 * continuous time for "recruit until the window ends". Seeded, so reproducible.
 */
import type { CompiledProblem } from './model';
import { createRng } from './rng';

export interface MonteCarloResult {
  runs: number;
  seed: number;
  /** share of runs reaching the target by the window end */
  pSuccess: number;
  /** binomial standard error of pSuccess */
  standardError: number;
  meanPatients: number;
  /** per region: share of runs whose achieved share ≥ the required share, and the mean share */
  regions: { id: string; probability: number; meanShare: number }[];
}

export function monteCarloCheck(
  problem: CompiledProblem,
  sites: readonly number[],
  runs: number,
  seed: number,
): MonteCarloResult {
  const rng = createRng(seed);
  const { countries, spec } = problem;
  const hitsRegion = problem.regions.map(() => 0);
  const shareSum = problem.regions.map(() => 0);
  const counts = new Array<number>(countries.length).fill(0);
  let hits = 0;
  let patients = 0;
  for (let run = 0; run < runs; run++) {
    let total = 0;
    countries.forEach((c, i) => {
      const n = sites[i] as number;
      let intensity = 0;
      const shape = c.rateVariance > 0 ? (c.rateMean * c.rateMean) / c.rateVariance : 0;
      const rate = c.rateVariance > 0 ? c.rateMean / c.rateVariance : 0;
      for (let s = 0; s < n; s++) {
        const lambda = shape > 0 ? rng.gamma(shape, rate) : c.rateMean;
        const u =
          typeof c.opensAt === 'number'
            ? c.opensAt
            : c.opensAt.uniform[0] + rng.next() * (c.opensAt.uniform[1] - c.opensAt.uniform[0]);
        intensity += lambda * Math.max(0, spec.windowMonths - u);
      }
      counts[i] = rng.poisson(intensity * (1 - c.dropoutRate));
      total += counts[i] as number;
    });
    patients += total;
    if (total >= spec.target) hits++;
    problem.regions.forEach((r, k) => {
      const a = r.members.reduce((sum, i) => sum + (counts[i] as number), 0);
      const share = total > 0 ? a / total : 0;
      shareSum[k] = (shareSum[k] as number) + share;
      if (total > 0 && share >= r.minShare) hitsRegion[k] = (hitsRegion[k] as number) + 1;
    });
  }
  const pSuccess = hits / runs;
  return {
    runs,
    seed,
    pSuccess,
    standardError: Math.sqrt((pSuccess * (1 - pSuccess)) / runs),
    meanPatients: patients / runs,
    regions: problem.regions.map((r, k) => ({
      id: r.id,
      probability: (hitsRegion[k] as number) / runs,
      meanShare: (shareSum[k] as number) / runs,
    })),
  };
}
