import { samplePoisson } from '../../random/samplers';
import { Sfc32 } from '../../random/sfc32';
import {
  accumulateConditional,
  allocateRaw,
  recordRun,
  drawUnitGamma,
  firstAfter,
  gammaConsts,
  type McRaw,
} from './kernel-constants';
import { boostRates, drawOpenings, drawRates, planOpenings, summariseRun } from './kernel-passes';
import { drawUniformRun, planUniformRun } from './kernel-fused-uniform';
import { sampleOpenings } from '../openings';
import { IntensityInverter } from './intensity-inverse';
import type { PreparedForecast } from '../prepare';
import type { ForecastSamples } from '../types';

/**
 * Seeded Monte Carlo in continuous time (docs/forecast-spec.md, "exact simulation trick").
 *
 * Per run: draw each site's opening u_i and rate λ_i; the cumulative intensity
 * Λ(t) = Σ λ_i (t − u_i)⁺ is piecewise linear, convex and increasing, and the n-th arrival of
 * the Poisson process is Λ⁻¹(G) with G ~ Gamma(n, 1). Λ⁻¹ needs no sort: while drawing we keep
 * S = Σλ, Q = Σλu and U = max u, so beyond U, Λ(t) = S·t − Q and T = (G + Q)/S directly; when
 * the target falls before the last opening, IntensityInverter finds it (binning, then Newton).
 * Curve months get Λ from per-bin sums of λ and λu (O(C + months)) and Poisson increments.
 * With caps the process is not Poisson any more: see capped.ts. Runs come in chunks:
 * see chunks.ts.
 */
export function simulateUncapped(
  p: PreparedForecast,
  runs: number,
  seed: number | string,
  grid: Float64Array,
  collect?: ForecastSamples,
  collectOffset = 0,
): McRaw {
  const rng = new Sfc32(seed);
  const s = p.sites;
  const n = s.count;
  const k = p.countryIds.length;
  const { d, c, boostIdx, boostInv } = gammaConsts(s.shape);
  // Multiplying by 1/rate in the hot loops is cheaper than dividing by the rate.
  const invRate = p.effRate.map((r) => 1 / r);
  const gn = grid.length;
  const raw = allocateRaw(runs, grid, p.at, k, true);
  const open = new Float64Array(n);
  const lam = new Float64Array(n);
  const pending = new Int32Array(2 * n);
  const binA = new Float64Array(gn + 1);
  const binB = new Float64Array(gn + 1);
  const countryScratch = new Float64Array(k);
  const countryLambda = new Float64Array(k);
  const countrySlope = new Float64Array(k);
  const siteCountry = s.country;
  const remaining = p.remaining;
  const targetD = remaining > 0 ? remaining - 1 / 3 : 0;
  const targetC = remaining > 0 ? 1 / Math.sqrt(9 * targetD) : 0;

  const sums = new Float64Array(4);
  const inverter = new IntensityInverter(n);
  const independent = p.startup === undefined;
  const fused = independent ? planUniformRun(s, p.now, boostIdx.length > 0) : undefined;
  const plan = independent && !fused ? planOpenings(s, p.now) : undefined;
  for (let r = 0; r < runs; r++) {
    if (fused) drawUniformRun(rng, fused.lo, fused.width, fused.now, d, c, invRate, open, lam, pending, sums);
    else {
      if (plan) drawOpenings(rng, plan, s.openA, s.openB, s.openC, open);
      else sampleOpenings(rng, p, countryScratch, open);
      drawRates(rng, open, d, c, invRate, lam, pending);
      if (boostIdx.length > 0) boostRates(rng, boostIdx, boostInv, lam);
      summariseRun(open, lam, sums);
    }
    const sumL = sums[0]!;
    const sumLU = sums[1]!;
    const maxU = sums[2]!;
    if (gn > 0) {
      binA.fill(0);
      binB.fill(0);
      for (let i = 0; i < n; i++) {
        const l = lam[i]!;
        if (l === 0) continue;
        const u = open[i]!;
        const j = firstAfter(grid, u);
        binA[j] = binA[j]! + l;
        binB[j] = binB[j]! + l * u;
      }
    }
    let t: number;
    let g = 0;
    if (remaining <= 0) t = p.now;
    else if (sumL === 0) t = Infinity;
    else {
      g = drawUnitGamma(rng, targetD, targetC, 0);
      if (sumL * maxU - sumLU <= g) t = (g + sumLU) / sumL;
      else t = inverter.solve(open, lam, sums[3]!, maxU, g);
    }
    raw.times[r] = t;
    if (collect) recordRun(collect, collectOffset + r, t, open, lam);
    if (k > 1 && Number.isFinite(t) && remaining > 0) {
      // Composition at T: the first n−1 arrivals fall in country c with prob Λ_c(T)/Λ(T), the
      // n-th with prob λ_c(T)/λ(T) (conditional on the intensities).
      countryLambda.fill(0);
      countrySlope.fill(0);
      let slope = 0;
      for (let i = 0; i < n; i++) {
        const dt = t - open[i]!;
        if (dt > 0) {
          const ci = siteCountry[i]!;
          countryLambda[ci] = countryLambda[ci]! + lam[i]! * dt;
          countrySlope[ci] = countrySlope[ci]! + lam[i]!;
          slope += lam[i]!;
        }
      }
      for (let ci = 0; ci < k; ci++) {
        raw.compositionSum[ci] =
          raw.compositionSum[ci]! + ((remaining - 1) * countryLambda[ci]!) / g + countrySlope[ci]! / slope;
      }
      raw.reached++;
    } else if (Number.isFinite(t)) raw.reached++;
    let cumA = 0;
    let cumB = 0;
    let prevLambda = 0;
    let count = p.alreadyCounted;
    for (let j = 0; j < gn; j++) {
      cumA += binA[j]!;
      cumB += binB[j]!;
      const lambda = Math.max(0, grid[j]! * cumA - cumB);
      count += samplePoisson(rng, lambda - prevLambda);
      prevLambda = lambda;
      raw.counts[j * runs + r] = count;
      accumulateConditional(raw, j, lambda, remaining);
    }
  }
  return raw;
}
