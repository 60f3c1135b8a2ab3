/**
 * k-th smallest of a[0..n) (k from 0), in place, expected O(n): Hoare's quickselect (Hoare 1961,
 * "Algorithm 65: FIND") with a median-of-three pivot. Why not sort: a run needs one order statistic
 * of ~n event times, and sorting is O(n log n). ±Infinity values are fine (no NaN). `from`: the
 * search starts there, when a[0..from) is known to hold only values ≤ a[from..n) (an earlier
 * selection); afterwards a[k] is in its sorted place with smaller values left, larger right.
 */
export function selectKth(a: Float64Array, n: number, k: number, from = 0): number {
  let lo = from;
  let hi = n - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three into a[mid], guarding against sorted or reverse-sorted input.
    if (a[mid]! < a[lo]!) swap(a, mid, lo);
    if (a[hi]! < a[lo]!) swap(a, hi, lo);
    if (a[hi]! < a[mid]!) swap(a, hi, mid);
    const pivot = a[mid]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
