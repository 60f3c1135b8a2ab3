import { selectKth } from './select';

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

/**
 * Type-7 quantiles of an unsorted sample — the numbers {@link quantileSorted} gives on the sorted
 * sample — found by selection instead of sorting: each is one quickselect (stats/select.ts) and a
 * scan for the next order statistic, expected O(n). Why: a 10,000-run forecast takes P10/P50/P90
 * of dozens of columns (cost by quarter and category, patients by month), and sorting each was a
 * tenth of the refined pass (issue #17, edit → forecast). Reorders `values` in place; no NaN.
 */
export function quantilesInPlace(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  // Ascending quantiles select in what lies right of the previous one (everything left is smaller).
  let from = 0;
  let lastQ = -Infinity;
  return qs.map((q) => {
    if (n === 0) return NaN;
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    if (q < lastQ || lo < from) from = 0;
    lastQ = q;
    const a = selectKth(values, n, lo, from);
    from = lo;
    // After selection everything right of `lo` is ≥ a: the next order statistic is their minimum.
    let b = a;
    if (lo + 1 < n) {
      b = values[lo + 1]!;
      for (let i = lo + 2; i < n; i++) if (values[i]! < b) b = values[i]!;
    }
    if (a === b) return a;
    if (!Number.isFinite(b)) return h === lo ? a : b;
    return a + (h - lo) * (b - a);
  });
}

/** {@link discreteQuantileSorted} of an unsorted sample, by selection (reorders `values`). */
export function discreteQuantileInPlace(values: Float64Array, q: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  return selectKth(values, n, Math.min(n - 1, Math.max(0, Math.ceil(n * q) - 1)));
}
