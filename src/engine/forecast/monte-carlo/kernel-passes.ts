/* eslint-disable no-useless-assignment -- locals start as numbers on purpose: a `let` declared
   without a value holds undefined, and V8 then keeps it as a boxed heap number (measured slower). */
import { KN_INT, WN, normalSlowPath } from '../../random/normal';
import type { Sfc32 } from '../../random/sfc32';
import { drawUnitGamma } from './kernel-constants';
import type { SiteArrays } from '../types';
import { OPEN_FIXED, OPEN_UNIFORM } from '../types';

/**
 * The hot loops of the Monte Carlo forecast (runs × sites draws), one small pass each.
 *
 * Why passes rather than one loop with branches: a per-site loop that asks "fixed, uniform or
 * triangular? may it never open? is its shape below 1?" for every site and run measured about
 * twice as slow as the same draws done in tight loops over index lists built once per forecast
 * (V8 keeps the four generator words in registers only when the loop body is small and
 * branch-poor). Inside each pass the generator state is held in local int32 variables and SFC32,
 * the ziggurat fast path and Marsaglia–Tsang (with squeeze) are written inline: no call, closure
 * or allocation per draw; the state is written back before the rare slow path (ziggurat
 * rejection) that calls out with `rng`, and at the end of the pass. Only typed arrays and
 * numbers come in: loads from shared objects gave V8 map dependencies whose invalidation left the
 * loop running as slower on-stack-replacement code (measured ~2×).
 */

/** 2⁻³²: maps a 32-bit integer k to the open interval (0, 1) as (k + ½)·2⁻³² (Sfc32.nextFloat). */
const TWO_POW_M32 = 2.3283064365386963e-10;

/** Site index lists for the independent-openings pass, built once per forecast. */
export interface OpeningPlan {
  /** Openings of fixed sites (already clamped to `now`); copied into `open` at each run. */
  fixedOpen: Float64Array;
  uniformIdx: Int32Array;
  triangularIdx: Int32Array;
  /** Sites with P(never activates) > 0, and that probability. */
  neverIdx: Int32Array;
  neverP: Float64Array;
  now: number;
}

export function planOpenings(s: SiteArrays, now: number): OpeningPlan {
  const uniform: number[] = [];
  const triangular: number[] = [];
  const never: number[] = [];
  const fixedOpen = new Float64Array(s.count);
  for (let i = 0; i < s.count; i++) {
    const kind = s.openKind[i]!;
    const lo = s.openA[i]!;
    const width = s.openB[i]! - lo;
    // A degenerate distribution (max ≤ min) is the fixed month `min` (random/samplers.ts).
    if (kind === OPEN_FIXED || (kind !== OPEN_UNIFORM && width <= 0)) fixedOpen[i] = Math.max(now, lo);
    else if (kind === OPEN_UNIFORM) uniform.push(i);
    else triangular.push(i);
    if (s.pNever[i]! > 0) never.push(i);
  }
  return {
    fixedOpen,
    uniformIdx: Int32Array.from(uniform),
    triangularIdx: Int32Array.from(triangular),
    neverIdx: Int32Array.from(never),
    neverP: Float64Array.from(never, (i) => s.pNever[i]!),
    now,
  };
}

/** One run's independent openings: uniform and triangular draws, then never-activating sites → Infinity. */
export function drawOpenings(
  rng: Sfc32,
  plan: OpeningPlan,
  openA: Float64Array,
  openB: Float64Array,
  openC: Float64Array,
  open: Float64Array,
): void {
  open.set(plan.fixedOpen);
  const st = rng.state;
  let a = st[0]!;
  let b = st[1]!;
  let c = st[2]!;
  let d = st[3]!;
  let t = 0;
  const now = plan.now;
  const uniformIdx = plan.uniformIdx;
  for (let k = 0; k < uniformIdx.length; k++) {
    const i = uniformIdx[k]!;
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    const lo = openA[i]!;
    const u = lo + (openB[i]! - lo) * (((t >>> 0) + 0.5) * TWO_POW_M32);
    open[i] = u < now ? now : u;
  }
  const triangularIdx = plan.triangularIdx;
  for (let k = 0; k < triangularIdx.length; k++) {
    const i = triangularIdx[k]!;
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    const r = ((t >>> 0) + 0.5) * TWO_POW_M32;
    // Triangular by CDF inversion (random/samplers.ts sampleTriangular).
    const lo = openA[i]!;
    const hi = openB[i]!;
    const mode = openC[i]!;
    const width = hi - lo;
    const u =
      r < (mode - lo) / width
        ? lo + Math.sqrt(r * width * (mode - lo))
        : hi - Math.sqrt((1 - r) * width * (hi - mode));
    open[i] = u < now ? now : u;
  }
  const neverIdx = plan.neverIdx;
  const neverP = plan.neverP;
  for (let k = 0; k < neverIdx.length; k++) {
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    if (((t >>> 0) + 0.5) * TWO_POW_M32 < neverP[k]!) open[neverIdx[k]!] = Infinity;
  }
  st[0] = a;
  st[1] = b;
  st[2] = c;
  st[3] = d;
}

/**
 * Site rates for one run: λ_i = Gamma(shape_i, 1)·invRate_i (invRate = 1/effective Gamma rate) by Marsaglia–Tsang from per-site
 * constants (kernel-constants.ts gammaConsts), λ = 0 where the site never opens (open = Infinity).
 * Shapes below 1 were raised by one in the constants; {@link boostRates} finishes those.
 *
 * The ~1 % of normal draws that miss the ziggurat's rectangles are not finished in the loop:
 * the site and its 32-bit word go on a pending list and are completed after the loop by the
 * ordinary slow path ({@link finishPendingRates}). Each draw still uses its own independent
 * generator outputs, only in a different order, so the distribution is unchanged; keeping the
 * call out of the loop let V8 hold the generator in registers (measured ~20 % faster).
 * `pending` needs room for two entries per site.
 */
export function drawRates(
  rng: Sfc32,
  open: Float64Array,
  gd: Float64Array,
  gc: Float64Array,
  invRate: Float64Array,
  lam: Float64Array,
  pending: Int32Array,
): void {
  const n = open.length;
  const st = rng.state;
  const kn = KN_INT;
  const wn = WN;
  let a = st[0]!;
  let b = st[1]!;
  let c = st[2]!;
  let d = st[3]!;
  let t = 0;
  let pendingCount = 0;
  sites: for (let i = 0; i < n; i++) {
    if (open[i] === Infinity) {
      lam[i] = 0;
      continue;
    }
    const di = gd[i]!;
    const ci = gc[i]!;
    let g = 0;
    for (;;) {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const iz = t & 127;
      // |t| as an integer (−2³¹ becomes 2³¹, which fails the test as Math.abs would).
      if (!((t ^ (t >> 31)) - (t >> 31) < kn[iz]!)) {
        pending[pendingCount++] = i;
        pending[pendingCount++] = t;
        continue sites;
      }
      const x = t * wn[iz]!;
      let v = 1 + ci * x;
      if (v <= 0) continue;
      v = v * v * v;
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      const w = ((t >>> 0) + 0.5) * TWO_POW_M32;
      const x2 = x * x;
      if (w < 1 - 0.0331 * x2 * x2 || Math.log(w) < 0.5 * x2 + di * (1 - v + Math.log(v))) {
        g = di * v;
        break;
      }
    }
    lam[i] = g * invRate[i]!;
  }
  st[0] = a;
  st[1] = b;
  st[2] = c;
  st[3] = d;
  if (pendingCount > 0) finishPendingRates(rng, pending, pendingCount, gd, gc, invRate, lam);
}

/** Completes the draws {@link drawRates} set aside: (site, 32-bit word) pairs in `pending`. */
export function finishPendingRates(
  rng: Sfc32,
  pending: Int32Array,
  count: number,
  gd: Float64Array,
  gc: Float64Array,
  invRate: Float64Array,
  lam: Float64Array,
): void {
  for (let k = 0; k < count; k += 2) {
    const i = pending[k]!;
    const hz = pending[k + 1]!;
    const d = gd[i]!;
    const c = gc[i]!;
    // Finish this attempt's normal, then Marsaglia–Tsang's test; a rejection starts a fresh draw.
    const x = normalSlowPath(rng, hz, hz & 127);
    const v = (1 + c * x) ** 3;
    let g: number;
    if (1 + c * x > 0 && acceptMarsagliaTsang(rng.nextFloat(), x, v, d)) g = d * v;
    else g = drawUnitGamma(rng, d, c, 0);
    lam[i] = g * invRate[i]!;
  }
}

function acceptMarsagliaTsang(w: number, x: number, v: number, d: number): boolean {
  const x2 = x * x;
  return w < 1 - 0.0331 * x2 * x2 || Math.log(w) < 0.5 * x2 + d * (1 - v + Math.log(v));
}

/**
 * Shape < 1: Gamma(α) = Gamma(α + 1)·U^(1/α) (Marsaglia & Tsang 2000, §6). `boostIdx` lists the
 * sites with α < 1 and `invShape` their 1/α.
 */
export function boostRates(
  rng: Sfc32,
  boostIdx: Int32Array,
  invShape: Float64Array,
  lam: Float64Array,
): void {
  for (let k = 0; k < boostIdx.length; k++) {
    const i = boostIdx[k]!;
    if (lam[i] !== 0) lam[i] = lam[i]! * Math.pow(rng.nextFloat(), invShape[k]!);
  }
}

/** out = [Σλ, Σλu, max u, min u] over opened sites. */
export function summariseRun(open: Float64Array, lam: Float64Array, out: Float64Array): void {
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
