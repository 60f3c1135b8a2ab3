import { sampleTriangular, type Sfc32 } from '../random';
import type { PreparedForecast } from './prepare';
import { sampleStartupOpenings } from './startup-sampling';
import { OPEN_FIXED, OPEN_UNIFORM } from './types';

/**
 * Fills `out` with one run's opening month per site (Infinity = never opens), clamped to `now`
 * so a re-forecast never opens a site in the past. `countryScratch` has one slot per country.
 */
export function sampleOpenings(
  rng: Sfc32,
  p: PreparedForecast,
  countryScratch: Float64Array,
  out: Float64Array,
): void {
  const s = p.sites;
  const now = p.now;
  if (p.startup) {
    sampleStartupOpenings(rng, p.startup, s.country, countryScratch, out);
    for (let i = 0; i < s.count; i++) if (out[i]! < now) out[i] = now;
    return;
  }
  for (let i = 0; i < s.count; i++) {
    const pn = s.pNever[i]!;
    if (pn > 0 && rng.nextFloat() < pn) {
      out[i] = Infinity;
      continue;
    }
    const kind = s.openKind[i]!;
    let u: number;
    if (kind === OPEN_FIXED) u = s.openA[i]!;
    else if (kind === OPEN_UNIFORM) u = s.openA[i]! + (s.openB[i]! - s.openA[i]!) * rng.nextFloat();
    else u = sampleTriangular(rng, s.openA[i]!, s.openC[i]!, s.openB[i]!);
    out[i] = u < now ? now : u;
  }
}

/**
 * ∫_lo^hi (t − u)^k (p + q·u) du for lo ≤ hi ≤ t: the k-th moment contribution of a linear
 * density piece, by substituting w = t − u (so it stays exact polynomial arithmetic).
 */
function linearPieceMoment(lo: number, hi: number, p: number, q: number, t: number, k: number): number {
  if (!(hi > lo)) return 0;
  const w1 = t - lo;
  const w0 = t - hi;
  // k ∈ {1, 2}: explicit powers (Math.pow is slow in this hot path).
  const w1k1 = k === 1 ? w1 * w1 : w1 * w1 * w1;
  const w0k1 = k === 1 ? w0 * w0 : w0 * w0 * w0;
  return (p + q * t) * ((w1k1 - w0k1) / (k + 1)) - q * ((w1k1 * w1 - w0k1 * w0) / (k + 2));
}

/** Opening windows narrower than this (months, ≈ 2.6 ms) are treated as a fixed month. */
const DEGENERATE_WIDTH_MONTHS = 1e-9;

/**
 * E[τ^k] for k = 1, 2 where τ = (t − u)⁺ is the time site i has been open at month t, for
 * fixed / uniform / triangular openings (closed forms by integrating the linear density pieces),
 * times the probability of activating at all. Writes [E τ, E τ²] into `out`.
 */
export function openTimeMoments(p: PreparedForecast, i: number, t: number, out: Float64Array): void {
  const s = p.sites;
  const active = 1 - s.pNever[i]!;
  const now = p.now;
  const kind = s.openKind[i]!;
  const a = s.openA[i]!;
  // A window narrower than DEGENERATE_WIDTH_MONTHS is a fixed opening: 1/(b − a) of a
  // denormal width (uniform [0, 5e-324]) overflowed to Infinity and the moments to NaN (found by
  // tests/unit/fuzz/engine-invariants.fuzz.test.ts).
  if (kind === OPEN_FIXED || s.openB[i]! - a < DEGENERATE_WIDTH_MONTHS) {
    const tau = Math.max(0, t - Math.max(a, now));
    out[0] = active * tau;
    out[1] = active * tau * tau;
    return;
  }
  // Openings before `now` are clamped to now: that point mass is handled separately.
  // Written without temporary arrays: the approximation calls this ~10⁵ times per forecast.
  const b = s.openB[i]!;
  const la = Math.max(a, now);
  const hb = Math.min(b, t);
  let m1: number;
  let m2: number;
  let massBeforeNow: number;
  if (kind === OPEN_UNIFORM) {
    const dens = 1 / (b - a);
    m1 = linearPieceMoment(la, hb, dens, 0, t, 1);
    m2 = linearPieceMoment(la, hb, dens, 0, t, 2);
    massBeforeNow = Math.min(1, Math.max(0, (now - a) / (b - a)));
  } else {
    const c = s.openC[i]!;
    // Same guard for a mode within a hair of either end (that side's mass is below 1e-9).
    const left = c - a >= DEGENERATE_WIDTH_MONTHS ? 2 / ((b - a) * (c - a)) : 0;
    const right = b - c >= DEGENERATE_WIDTH_MONTHS ? 2 / ((b - a) * (b - c)) : 0;
    m1 =
      linearPieceMoment(la, Math.min(c, t), -a * left, left, t, 1) +
      linearPieceMoment(Math.max(c, now), hb, b * right, -right, t, 1);
    m2 =
      linearPieceMoment(la, Math.min(c, t), -a * left, left, t, 2) +
      linearPieceMoment(Math.max(c, now), hb, b * right, -right, t, 2);
    massBeforeNow =
      now <= a
        ? 0
        : now >= b
          ? 1
          : now <= c
            ? (now - a) ** 2 / ((b - a) * (c - a))
            : 1 - (b - now) ** 2 / ((b - a) * (b - c));
  }
  const tauNow = Math.max(0, t - now);
  out[0] = active * (m1 + massBeforeNow * tauNow);
  out[1] = active * (m2 + massBeforeNow * tauNow * tauNow);
}

/** Earliest month any site could open (lower end of every opening distribution, ≥ now). */
export function earliestOpening(p: PreparedForecast): number {
  const s = p.sites;
  if (p.startup) return Math.max(p.now, p.startup.startMonth);
  let m = Infinity;
  for (let i = 0; i < s.count; i++) m = Math.min(m, s.openA[i]!);
  return Math.max(p.now, m);
}
