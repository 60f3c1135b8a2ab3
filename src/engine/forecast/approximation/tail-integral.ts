import { GAUSS_LEGENDRE_8_NODES, GAUSS_LEGENDRE_8_WEIGHTS } from '../../stats/index';
/**
 * ∫_from^∞ S(t) dt for a survival function S of the time to target (the mean is
 * t_a + ∫_{t_a}^∞ S, the expected lateness past a deadline D is ∫_D^∞ S).
 *
 * Why not stop at a far quantile: with a vague prior the time to target has a power-law tail
 * S(t) ~ t^(−a) (for one gamma prior a is the total shape Cα), so the 1 − 1e-10 quantile can lie
 * beyond any fixed horizon while the mean is finite (3 sites Gamma(1.2, 1), target 20: mean
 * 20/(3.6 − 1) = 7.69 months). The body [from, from + 4s] (s: a scale, e.g. median − start) is
 * integrated by 16 × 8-point Gauss–Legendre panels, the tail by panels that double in length; the
 * local exponent a = log₂(S(x)/S(2x)) then gives the remainder S(x)·x/(a − 1) analytically.
 * Returns Infinity when the tail is not integrable (a ≤ 1, e.g. the target is never reached
 * with positive probability).
 */
const GL_X = GAUSS_LEGENDRE_8_NODES;
const GL_W = GAUSS_LEGENDRE_8_WEIGHTS;

function panel(S: (t: number) => number, a: number, b: number): number {
  const h = 0.5 * (b - a);
  const mid = 0.5 * (a + b);
  let sum = 0;
  for (let j = 0; j < 8; j++) sum += GL_W[j]! * S(mid + h * GL_X[j]!);
  return h * sum;
}

/** Panels doubling in length, at most this many (x reaches 2^MAX × the body length). */
const MAX_TAIL_PANELS = 400;

/**
 * @param breaks months where S has a kink (fixed site openings): extra panel edges in the body.
 */
export function survivalIntegral(
  S: (t: number) => number,
  from: number,
  scale: number,
  breaks: readonly number[] = [],
): number {
  if (!Number.isFinite(from) || !(scale > 0) || !Number.isFinite(scale)) return Infinity;
  const body = 4 * scale;
  const edges = [
    ...Array.from({ length: 17 }, (_, k) => from + (k * body) / 16),
    ...breaks.filter((b) => b > from && b < from + body),
  ].sort((a, b) => a - b);
  let total = 0;
  for (let k = 0; k + 1 < edges.length; k++)
    if (edges[k + 1]! > edges[k]!) total += panel(S, edges[k]!, edges[k + 1]!);
  let x = body;
  let prevS = S(from + x);
  for (let k = 0; k < MAX_TAIL_PANELS; k++) {
    if (prevS === 0) return total;
    total += panel(S, from + x, from + 2 * x);
    const nextS = S(from + 2 * x);
    x *= 2;
    // Local power-law exponent of the survival in (t − from).
    const exponent = nextS > 0 ? Math.log2(prevS / nextS) : Infinity;
    prevS = nextS;
    // A light tail (exponent > 2) whose remainder is already negligible: stop without waiting for
    // the exponent to settle (most plans; saves ~60 survival evaluations per integral).
    if (exponent > 2 && nextS * x <= 1e-13 * Math.max(total, 1e-300))
      return total + (nextS * x) / (exponent - 1);
    if (k < 8) continue;
    if (exponent <= 1 && k >= 40) return Infinity;
    if (exponent > 1) {
      const remainder = nextS === 0 ? 0 : (nextS * x) / (exponent - 1);
      if (remainder <= 1e-12 * Math.max(total, 1e-300)) return total + remainder;
    }
  }
  return Infinity;
}
