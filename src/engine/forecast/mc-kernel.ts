/* eslint-disable no-useless-assignment -- locals start as numbers on purpose: a `let` declared
   without a value holds undefined, and V8 then keeps it as a boxed heap number (measured slower). */
import { KN, WN, normalSlowPath } from '../random/normal';
import type { Sfc32 } from '../random/sfc32';
import { OPEN_FIXED, OPEN_UNIFORM } from './types';

/** 2⁻³²: maps a 32-bit integer k to the open interval (0, 1) as (k + ½)·2⁻³² (Sfc32.nextFloat). */
const TWO_POW_M32 = 2.3283064365386963e-10;

/**
 * One Monte Carlo run's site openings and rates for independent (non-start-up) openings, with
 * the run summary fused in: out = [Σλ, Σλu, max u, min u] over opened sites. Never-activating
 * sites get open = Infinity and λ = 0.
 *
 * This is the hot loop of the forecast (runs × sites draws), so the generator state is held in
 * local int32 variables and SFC32, the ziggurat fast path and Marsaglia–Tsang (with squeeze)
 * are written inline: no call, closure or allocation per draw. The draws consume the generator
 * in exactly the order of Sfc32.nextFloat / drawUnitGamma / sampleTriangular, so results are
 * bit-identical to the straightforward version; the state is written back before the rare slow
 * paths (ziggurat rejection) that call out with `rng`. Only typed arrays and numbers come in:
 * loads from shared objects gave V8 map dependencies whose invalidation left the loop running
 * as slower on-stack-replacement code (measured ~2×).
 */
export function drawRunFused(
  rng: Sfc32,
  openKind: Uint8Array,
  openA: Float64Array,
  openB: Float64Array,
  openC: Float64Array,
  pNever: Float64Array,
  effRate: Float64Array,
  now: number,
  gd: Float64Array,
  gc: Float64Array,
  boost: Float64Array,
  open: Float64Array,
  lam: Float64Array,
  out: Float64Array,
): void {
  const n = open.length;
  const st = rng.state;
  const kn = KN;
  const wn = WN;
  let a = st[0]!;
  let b = st[1]!;
  let c = st[2]!;
  let d = st[3]!;
  let t = 0;
  let sumL = 0;
  let sumLU = 0;
  let maxU = -Infinity;
  let minU = Infinity;
  for (let i = 0; i < n; i++) {
    const pn = pNever[i]!;
    if (pn > 0) {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      if (((t >>> 0) + 0.5) * TWO_POW_M32 < pn) {
        open[i] = Infinity;
        lam[i] = 0;
        continue;
      }
    }
    const kind = openKind[i]!;
    const lo = openA[i]!;
    let u = lo;
    if (kind === OPEN_FIXED) u = lo;
    else {
      const width = openB[i]! - lo;
      if (kind !== OPEN_UNIFORM && width <= 0) u = lo;
      else {
        t = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (((c << 21) | (c >>> 11)) + t) | 0;
        const r = ((t >>> 0) + 0.5) * TWO_POW_M32;
        if (kind === OPEN_UNIFORM) u = lo + width * r;
        else {
          // Triangular by CDF inversion (random/samplers.ts sampleTriangular).
          const mode = openC[i]!;
          const hi = openB[i]!;
          u = r < (mode - lo) / width ? lo + Math.sqrt(r * width * (mode - lo)) : hi - Math.sqrt((1 - r) * width * (hi - mode));
        }
      }
    }
    if (u < now) u = now;
    open[i] = u;
    // Marsaglia–Tsang Gamma(shape, 1) from per-site constants (mc-shared.ts drawUnitGamma).
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
      let x = 0;
      if (Math.abs(t) < kn[iz]!) x = t * wn[iz]!;
      else {
        st[0] = a;
        st[1] = b;
        st[2] = c;
        st[3] = d;
        x = normalSlowPath(rng, t, iz);
        a = st[0]!;
        b = st[1]!;
        c = st[2]!;
        d = st[3]!;
      }
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
    const bi = boost[i]!;
    if (bi > 0) {
      t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (((c << 21) | (c >>> 11)) + t) | 0;
      g = g * Math.pow(((t >>> 0) + 0.5) * TWO_POW_M32, bi);
    }
    const l = g / effRate[i]!;
    lam[i] = l;
    if (l !== 0) {
      sumL += l;
      sumLU += l * u;
      if (u > maxU) maxU = u;
      if (u < minU) minU = u;
    }
  }
  st[0] = a;
  st[1] = b;
  st[2] = c;
  st[3] = d;
  out[0] = sumL;
  out[1] = sumLU;
  out[2] = maxU;
  out[3] = minU;
}
