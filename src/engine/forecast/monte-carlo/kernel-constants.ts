import { KN, WN, normalSlowPath } from '../../random/normal';
import type { Sfc32 } from '../../random/sfc32';
import { discreteQuantileInPlace, quantileSorted, regularizedGammaP } from '../../stats';
import type { PreparedForecast } from '../prepare';
import type { AtPoint, CurvePoint, DeadlineLateness, ForecastResult, ForecastSamples } from '../types';

/** Marsaglia–Tsang constants per site, computed once per forecast rather than per draw. */
export interface GammaConsts {
  d: Float64Array;
  c: Float64Array;
  /** 1/shape when shape < 1 (boost), else 0. */
  invShapeBoost: Float64Array;
  /** The sites with shape < 1, and their 1/shape (kernel-passes.ts boostRates). */
  boostIdx: Int32Array;
  boostInv: Float64Array;
}

export function gammaConsts(shape: Float64Array): GammaConsts {
  const n = shape.length;
  const d = new Float64Array(n);
  const c = new Float64Array(n);
  const invShapeBoost = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = shape[i]!;
    const eff = a < 1 ? a + 1 : a;
    d[i] = eff - 1 / 3;
    c[i] = 1 / Math.sqrt(9 * d[i]!);
    invShapeBoost[i] = a < 1 ? 1 / a : 0;
  }
  const boostIdx = Int32Array.from(Array.from(invShapeBoost.keys()).filter((i) => invShapeBoost[i]! > 0));
  return { d, c, invShapeBoost, boostIdx, boostInv: Float64Array.from(boostIdx, (i) => invShapeBoost[i]!) };
}

/** One Gamma(shape, 1) draw from precomputed Marsaglia–Tsang constants (see random/samplers). */
export function drawUnitGamma(rng: Sfc32, d: number, c: number, invShapeBoost: number): number {
  for (;;) {
    // Ziggurat fast path inlined (random/normal.ts): one integer, one lookup, one multiply.
    const hz = rng.nextI32();
    const iz = hz & 127;
    const x = Math.abs(hz) < KN[iz]! ? hz * WN[iz]! : normalSlowPath(rng, hz, iz);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.nextFloat();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
      return invShapeBoost > 0 ? d * v * Math.pow(rng.nextFloat(), invShapeBoost) : d * v;
    }
  }
}

/** Sorted unique union of curve and report months. */
export function monthGrid(curveMonths: number[], at: number[]): Float64Array {
  return Float64Array.from(new Set([...curveMonths, ...at])).sort();
}

/** First index j with grid[j] > u (grid ascending): the first grid month at which u is "open". */
export function firstAfter(grid: Float64Array, u: number): number {
  let lo = 0;
  let hi = grid.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (grid[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Raw per-run Monte Carlo outputs, turned into a ForecastResult by {@link summarizeRuns}. */
export interface McRaw {
  times: Float64Array;
  grid: Float64Array;
  /** counts[g·runs + r]: counted patients at grid[g] in run r (including actuals). */
  counts: Float64Array;
  /** Conditional intensity sums for Rao–Blackwellised report points (NaN arrays when unused). */
  lambdaSum: Float64Array;
  lambdaSqSum: Float64Array;
  pReachSum: Float64Array;
  useRaoBlackwell: boolean;
  /** 1 where grid[g] is one of the `at` report months. */
  isReport: Uint8Array;
  compositionSum: Float64Array;
  reached: number;
}

/** Accumulates E[Λ], E[Λ²] and E[P(n ≥ target | Λ)] at grid month g for the report points. */
export function accumulateConditional(raw: McRaw, g: number, lambda: number, remaining: number): void {
  raw.lambdaSum[g] = raw.lambdaSum[g]! + lambda;
  raw.lambdaSqSum[g] = raw.lambdaSqSum[g]! + lambda * lambda;
  // P(Poisson(Λ) ≥ n) = P(Gamma(n, 1) ≤ Λ); only at report months (it costs an incomplete gamma).
  if (raw.isReport[g])
    raw.pReachSum[g] = raw.pReachSum[g]! + (remaining <= 0 ? 1 : regularizedGammaP(remaining, lambda));
}

export function summarizeRuns(
  p: PreparedForecast,
  raw: McRaw,
  runs: number,
  seed: number | string,
  curveMonths: number[],
): ForecastResult {
  const sorted = Float64Array.from(raw.times).sort();
  let sum = 0;
  for (let r = 0; r < runs; r++) sum += sorted[r]!;
  let reachedByDeadline = 0;
  if (p.deadline !== undefined)
    for (let r = 0; r < runs; r++) if (sorted[r]! <= p.deadline) reachedByDeadline++;
  const statsAt = (g: number) => {
    // Reordered in place by the quantile selections below (the run order is not needed after this).
    const col = raw.counts.subarray(g * runs, (g + 1) * runs);
    let m = 0;
    let m2 = 0;
    let reach = 0;
    for (let r = 0; r < runs; r++) {
      const x = col[r]!;
      m += x;
      m2 += x * x;
      if (x >= p.target) reach++;
    }
    m /= runs;
    const variance = Math.max(0, m2 / runs - m * m) * (runs / Math.max(1, runs - 1));
    if (raw.useRaoBlackwell) {
      // Given the intensity Λ the count is Poisson(Λ): mean E[Λ], variance E[Λ] + Var[Λ].
      const el = raw.lambdaSum[g]! / runs;
      const vl = Math.max(0, raw.lambdaSqSum[g]! / runs - el * el);
      return { col, mean: p.alreadyCounted + el, variance: el + vl, pReach: raw.pReachSum[g]! / runs };
    }
    return { col, mean: m, variance, pReach: reach / runs };
  };
  const idx = (month: number) => raw.grid.indexOf(month);
  const curve: CurvePoint[] = curveMonths.map((month) => {
    const st = statsAt(idx(month));
    return {
      month,
      mean: st.mean,
      p10: discreteQuantileInPlace(st.col, 0.1),
      p50: discreteQuantileInPlace(st.col, 0.5),
      p90: discreteQuantileInPlace(st.col, 0.9),
    };
  });
  const at: AtPoint[] = p.at.map((month) => {
    const st = statsAt(idx(month));
    return { month, mean: st.mean, variance: st.variance, pReachTarget: st.pReach };
  });
  const expectedByCountry: Record<string, number> = {};
  p.countryIds.forEach((id, c) => {
    const share =
      p.countryIds.length === 1 ? p.remaining : raw.reached > 0 ? raw.compositionSum[c]! / raw.reached : NaN;
    expectedByCountry[id] = p.alreadyByCountry[c]! + share;
  });
  return {
    method: 'monte-carlo',
    runs,
    seed,
    timeToTarget: {
      mean: sum / runs,
      p10: quantileSorted(sorted, 0.1),
      p50: quantileSorted(sorted, 0.5),
      p90: quantileSorted(sorted, 0.9),
    },
    pReachByDeadline: p.deadline === undefined ? NaN : reachedByDeadline / runs,
    ...(p.deadline === undefined ? {} : { lateness: latenessOf(sorted, p.deadline) }),
    curve,
    expectedByCountry,
    at,
  };
}

/** Lateness from the sorted run times (Infinity = never reached, which makes the expectation infinite). */
function latenessOf(sorted: Float64Array, deadline: number): DeadlineLateness {
  let late = 0;
  let within3 = 0;
  let within6 = 0;
  for (const t of sorted) {
    if (t > deadline) late += t - deadline;
    if (t <= deadline + 3) within3++;
    if (t <= deadline + 6) within6++;
  }
  const n = sorted.length || 1;
  return { expectedMonthsLate: late / n, pWithin3Months: within3 / n, pWithin6Months: within6 / n };
}

export function allocateRaw(
  runs: number,
  grid: Float64Array,
  at: number[],
  countries: number,
  useRaoBlackwell: boolean,
): McRaw {
  return {
    isReport: Uint8Array.from(grid, (m) => (at.includes(m) ? 1 : 0)),
    times: new Float64Array(runs),
    grid,
    counts: new Float64Array(grid.length * runs),
    lambdaSum: new Float64Array(grid.length),
    lambdaSqSum: new Float64Array(grid.length),
    pReachSum: new Float64Array(grid.length),
    useRaoBlackwell,
    compositionSum: new Float64Array(countries),
    reached: 0,
  };
}

/** Throws unless the collect arrays fit `runs` × `sites`. */
export function checkCollect(collect: ForecastSamples | undefined, runs: number, sites: number): void {
  if (!collect) return;
  if (
    collect.lpiMonths.length < runs ||
    collect.activationMonths.length < runs * sites ||
    (collect.siteRates && collect.siteRates.length < runs * sites)
  ) {
    throw new RangeError(`collect arrays must hold ${runs} runs × ${sites} sites`);
  }
}

/** Stores one run's time to target and site openings (NaN for a site that never opens), and rates if asked. */
export function recordRun(
  collect: ForecastSamples,
  r: number,
  t: number,
  open: Float64Array,
  lam: Float64Array,
): void {
  collect.lpiMonths[r] = t;
  const n = open.length;
  const base = r * n;
  for (let i = 0; i < n; i++) {
    const u = open[i]!;
    collect.activationMonths[base + i] = u === Infinity ? Number.NaN : u;
  }
  if (collect.siteRates) collect.siteRates.set(lam, base);
}
