/**
 * Axis arithmetic for the SVG charts: "nice" tick steps (1, 2 or 5 × 10^k, as d3-scale and most
 * chart libraries choose them), linear scales and category bands. Pure functions, no DOM.
 */

/** Rounds away binary noise (0.30000000000000004 → 0.3) so ticks print as typed. */
const clean = (v: number) => Number(v.toPrecision(12));

/** The 1/2/5 × 10^k step giving about `count` intervals over `span` (d3's thresholds √50, √10, √2). */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const error = raw / magnitude;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return magnitude * factor;
}

/**
 * Ticks at a nice step covering [min, max]; the first and last tick are the axis's domain (the
 * data range widened to whole steps). A zero-width range is widened so the axis still has a scale.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  let lo = Number.isFinite(min) ? min : 0;
  let hi = Number.isFinite(max) ? max : lo;
  if (lo > hi) [lo, hi] = [hi, lo];
  if (lo === hi) {
    if (lo === 0) hi = 1;
    else if (lo > 0) lo = 0;
    else hi = 0;
  }
  const step = niceStep(hi - lo, count);
  const first = Math.floor(clean(lo / step));
  const last = Math.ceil(clean(hi / step));
  return Array.from({ length: last - first + 1 }, (_, i) => clean((first + i) * step));
}

/** Month ticks for a time axis from 0 to `max` months: every 1, 2, 3, 6, 12 or 24 months, at most `count` + 1 of them. */
export function monthTicks(max: number, count = 10): number[] {
  const top = Math.max(1, Number.isFinite(max) ? max : 1);
  const step = [1, 2, 3, 6, 12, 24, 60, 120].find((s) => top / s <= count) ?? Math.ceil(top / count);
  return Array.from({ length: Math.floor(top / step) + 1 }, (_, i) => i * step);
}

export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

/** Maps [d0, d1] onto [r0, r1] linearly (a reversed range gives an upward y axis). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => r0 + (v - d0) * k) as LinearScale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** `n` equal category bands over [start, end]: band i starts at `start(i)`; `size` is one band's width. */
export function bands(n: number, start: number, end: number): { size: number; start: (i: number) => number; center: (i: number) => number; index: (pos: number) => number } {
  const size = n > 0 ? (end - start) / n : 0;
  return {
    size,
    start: (i) => start + i * size,
    center: (i) => start + (i + 0.5) * size,
    /** The band under a position, clamped to the first and last band. */
    index: (pos) => (size > 0 ? Math.min(n - 1, Math.max(0, Math.floor((pos - start) / size))) : 0),
  };
}

/** Prints an axis tick with the decimals its step needs and thousands separators (e.g. 150,000; 0.25). */
export function formatTick(value: number, step: number): string {
  let decimals = 0;
  while (decimals < 6 && Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) > 1e-6) decimals++;
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
