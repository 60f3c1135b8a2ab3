/**
 * Quantile of an ascending-sorted sample, Hyndman & Fan type 7 (linear interpolation, the R and
 * numpy default) — used for continuous quantities such as time to target. ±Infinity entries are
 * allowed: a quantile that falls among them is Infinity.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  if (a === b) return a;
  if (!Number.isFinite(b)) return h === lo ? a : b;
  return a + (h - lo) * (b - a);
}

/**
 * Quantile of an ascending-sorted sample of counts, type 1 (smallest value whose empirical CDF is
 * ≥ q): stays an integer, like the exact negative-binomial quantiles it is compared with.
 */
export function discreteQuantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const idx = Math.max(0, Math.ceil(n * q) - 1);
  return sorted[Math.min(idx, n - 1)]!;
}
