import { samplePoisson } from '../random/samplers';
import { Sfc32 } from '../random/sfc32';
import { accumulateConditional, allocateRaw, checkCollect, recordRun, drawUnitGamma, firstAfter, gammaConsts, monthGrid, summarizeRuns } from './mc-shared';
import { drawRunFused } from './mc-kernel';
import { runCappedMonteCarlo } from './monte-carlo-capped';
import { sampleOpenings } from './openings';
import type { PreparedForecast } from './prepare';
import type { ForecastResult, ForecastSamples } from './types';

/**
 * Seeded Monte Carlo in continuous time (MODELS.md §1, "exact simulation trick").
 *
 * Per run: draw each site's opening u_i and rate λ_i; the cumulative intensity
 * Λ(t) = Σ λ_i (t − u_i)⁺ is piecewise linear, convex and increasing, and the n-th arrival of
 * the Poisson process is Λ⁻¹(G) with G ~ Gamma(n, 1). Λ⁻¹ needs no sort: while drawing we keep
 * S = Σλ, Q = Σλu and U = max u, so beyond U, Λ(t) = S·t − Q and T = (G + Q)/S directly; when
 * the target falls before the last opening, Newton steps from U converge from above in finitely
 * many steps (a tangent of a convex piecewise-linear function lands on or right of the root).
 * Curve months get Λ from per-bin sums of λ and λu (O(C + months)) and Poisson increments.
 * With caps the process is not Poisson any more: see monteCarloCapped.ts.
 */
export function runMonteCarlo(
  p: PreparedForecast,
  runs: number,
  seed: number | string,
  curveMonths: number[],
  collect?: ForecastSamples,
): ForecastResult {
  checkCollect(collect, runs, p.sites.count);
  if (p.hasCaps) return runCappedMonteCarlo(p, runs, seed, curveMonths, collect);
  const rng = new Sfc32(seed);
  const s = p.sites;
  const n = s.count;
  const k = p.countryIds.length;
  const { d, c, invShapeBoost } = gammaConsts(s.shape);
  const effRate = p.effRate;
  const grid = monthGrid(curveMonths, p.at);
  const gn = grid.length;
  const raw = allocateRaw(runs, grid, p.at, k, true);
  const open = new Float64Array(n);
  const lam = new Float64Array(n);
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
  const edgeL = new Float64Array(OPENING_BINS);
  const edgeLU = new Float64Array(OPENING_BINS);
  const fixedOpenings = p.startup === undefined;
  for (let r = 0; r < runs; r++) {
    if (fixedOpenings) drawRunFused(rng, s.openKind, s.openA, s.openB, s.openC, s.pNever, effRate, p.now, d, c, invShapeBoost, open, lam, sums);
    else {
      sampleOpenings(rng, p, countryScratch, open);
      drawRates(rng, open, d, c, invShapeBoost, effRate, lam);
      summarise(open, lam, sums);
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
      else t = newtonFromAbove(open, lam, n, bracketFromAbove(open, lam, sums[3]!, maxU, g, edgeL, edgeLU), g);
    }
    raw.times[r] = t;
    if (collect) recordRun(collect, r, t, open);
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
        raw.compositionSum[ci] = raw.compositionSum[ci]! + ((remaining - 1) * countryLambda[ci]!) / g + countrySlope[ci]! / slope;
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
  return summarizeRuns(p, raw, runs, seed, curveMonths);
}

/** Rates for given openings (start-up path); λ = 0 for sites that never open. */
function drawRates(rng: Sfc32, open: Float64Array, d: Float64Array, c: Float64Array, boost: Float64Array, effRate: Float64Array, lam: Float64Array): void {
  for (let i = 0; i < open.length; i++) {
    lam[i] = open[i] === Infinity ? 0 : drawUnitGamma(rng, d[i]!, c[i]!, boost[i]!) / effRate[i]!;
  }
}

/** out = [Σλ, Σλu, max u, min u] over opened sites. */
function summarise(open: Float64Array, lam: Float64Array, out: Float64Array): void {
  let sumL = 0;
  let sumLU = 0;
  let maxU = -Infinity;
  let minU = Infinity;
  for (let i = 0; i < open.length; i++) {
    const l = lam[i]!;
    if (l === 0) continue;
    const u = open[i]!;
    sumL += l;
    sumLU += l * u;
    if (u > maxU) maxU = u;
    if (u < minU) minU = u;
  }
  out[0] = sumL;
  out[1] = sumLU;
  out[2] = maxU;
  out[3] = minU;
}

/** Opening-time bins used to start Newton close to the root. */
const OPENING_BINS = 32;

/**
 * A start point t ≥ root with Λ(t) ≥ g, close to the root: sites are binned by opening over
 * [minU, maxU] (sums of λ and λu per bin), Λ at each bin's upper edge follows from prefix sums,
 * and the first edge where Λ ≥ g is returned. Newton from there only crosses that bin's kinks,
 * so it needs a few passes instead of one per kink crossed on the way down from maxU.
 */
function bracketFromAbove(open: Float64Array, lam: Float64Array, minU: number, maxU: number, g: number, binL: Float64Array, binLU: Float64Array): number {
  const width = maxU - minU;
  if (!(width > 0)) return maxU;
  binL.fill(0);
  binLU.fill(0);
  const scale = OPENING_BINS / width;
  for (let i = 0; i < open.length; i++) {
    const l = lam[i]!;
    if (l === 0) continue;
    const u = open[i]!;
    const b = Math.min(OPENING_BINS - 1, ((u - minU) * scale) | 0);
    binL[b] = binL[b]! + l;
    binLU[b] = binLU[b]! + l * u;
  }
  let cumL = 0;
  let cumLU = 0;
  for (let b = 0; b < OPENING_BINS - 1; b++) {
    cumL += binL[b]!;
    cumLU += binLU[b]!;
    // Sites in bins 0..b open before this edge; those in later bins open at or after it.
    const edge = minU + (b + 1) / scale;
    if (edge * cumL - cumLU >= g) return edge;
  }
  return maxU;
}

/** Solves Σ λ_i (t − u_i)⁺ = g by Newton steps from t0 where the left side exceeds g. */
function newtonFromAbove(open: Float64Array, lam: Float64Array, n: number, t0: number, g: number): number {
  let t = t0;
  for (let iter = 0; iter < 500; iter++) {
    let value = 0;
    let slope = 0;
    for (let i = 0; i < n; i++) {
      const dt = t - open[i]!;
      if (dt > 0) {
        value += lam[i]! * dt;
        slope += lam[i]!;
      }
    }
    const excess = value - g;
    if (excess <= 1e-12 * g || slope === 0) break;
    t -= excess / slope;
  }
  return t;
}

