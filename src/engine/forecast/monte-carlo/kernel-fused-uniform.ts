/* eslint-disable no-useless-assignment -- locals start as numbers on purpose (see kernel-passes.ts). */
import { KN_INT, WN } from '../../random/normal';
import type { Sfc32 } from '../../random/sfc32';
import { finishPendingRates } from './kernel-passes';
import type { SiteArrays } from '../types';
import { OPEN_FIXED, OPEN_UNIFORM } from '../types';

const TWO_POW_M32 = 2.3283064365386963e-10;

/**
 * The common plan without start-up model — every site opens at a fixed month or uniformly in a
 * window, none may fail to open, every shape ≥ 1 — gets one fused loop per run: opening, rate
 * and run sums together (measured 5–15 % faster than the separate passes of kernel-passes.ts, which
 * handle everything else). Openings are lo + width·U with width 0 for fixed sites (their uniform
 * is drawn and unused, which keeps the loop branch-free).
 */
export interface UniformPlan {
  lo: Float64Array;
  width: Float64Array;
  now: number;
}

/** The fused plan when it applies, else undefined. */
export function planUniformRun(
  s: SiteArrays,
  now: number,
  hasShapeBelowOne: boolean,
): UniformPlan | undefined {
  if (hasShapeBelowOne) return undefined;
  const lo = new Float64Array(s.count);
  const width = new Float64Array(s.count);
  for (let i = 0; i < s.count; i++) {
    if (s.pNever[i]! > 0) return undefined;
    const kind = s.openKind[i]!;
    if (kind === OPEN_FIXED) lo[i] = Math.max(now, s.openA[i]!);
    else if (kind === OPEN_UNIFORM) {
      lo[i] = s.openA[i]!;
      width[i] = s.openB[i]! - s.openA[i]!;
    } else return undefined;
  }
  return { lo, width, now };
}

/**
 * One run: open_i = max(now, lo_i + width_i·U), λ_i = Gamma(shape_i, 1)·invRate_i (Marsaglia–Tsang
 * inline as in kernel-passes.ts drawRates, ziggurat slow path deferred), and
 * out = [Σλ, Σλu, max u, min u]. `pending` needs two entries per site.
 */
export function drawUniformRun(
  rng: Sfc32,
  lo: Float64Array,
  width: Float64Array,
  now: number,
  gd: Float64Array,
  gc: Float64Array,
  invRate: Float64Array,
  open: Float64Array,
  lam: Float64Array,
  pending: Int32Array,
  out: Float64Array,
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
  let sumL = 0;
  let sumLU = 0;
  let maxU = -Infinity;
  let minU = Infinity;
  sites: for (let i = 0; i < n; i++) {
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (((c << 21) | (c >>> 11)) + t) | 0;
    let u = lo[i]! + width[i]! * (((t >>> 0) + 0.5) * TWO_POW_M32);
    if (u < now) u = now;
    open[i] = u;
    if (u > maxU) maxU = u;
    if (u < minU) minU = u;
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
    const l = g * invRate[i]!;
    lam[i] = l;
    sumL += l;
    sumLU += l * u;
  }
  st[0] = a;
  st[1] = b;
  st[2] = c;
  st[3] = d;
  if (pendingCount > 0) {
    finishPendingRates(rng, pending, pendingCount, gd, gc, invRate, lam);
    for (let k = 0; k < pendingCount; k += 2) {
      const i = pending[k]!;
      sumL += lam[i]!;
      sumLU += lam[i]! * open[i]!;
    }
  }
  out[0] = sumL;
  out[1] = sumLU;
  out[2] = maxU;
  out[3] = minU;
}
