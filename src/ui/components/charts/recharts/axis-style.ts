/** What every recharts chart's axes share, so the fan, bar and frontier charts read alike. */

/** Tick text. */
export const AXIS_TICK = { fontSize: 12, fill: '#5b6675' };

/**
 * Show every tick the axis computed (about five on a number axis). recharts' default
 * ("preserveEnd") measures each tick label in the DOM to drop overlapping ones, and the grid asks
 * for the same ticks: at 10,000 sites that measuring was a third of a chart mount (traced).
 */
export const EVERY_TICK = 0;

/** Ticks 0, step, 2·step … ≤ max with a round step (1, 2, 2.5 or 5 × 10^k), at most `count` + 1 of them. */
export function roundTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  return Array.from({ length: Math.floor(max / step + 1e-9) + 1 }, (_, i) =>
    Number((i * step).toPrecision(12)),
  );
}

/** Month ticks 0, step, 2·step … ≤ max with step 1, 2, 3, 6, 12, 24 or 36 months: at most `count` + 1. */
export function monthTicks(max: number, count = 6): number[] {
  if (!(max > 0)) return [0];
  const step = [1, 2, 3, 6, 12, 24, 36].find((s) => max / s <= count) ?? Math.ceil(max / count / 12) * 12;
  return Array.from({ length: Math.floor(max / step + 1e-9) + 1 }, (_, i) => i * step);
}

/** The title under a horizontal axis, `offset` px below its ticks (give the axis height 44). */
export function bottomAxisTitle(value: string, offset: number) {
  return { value, position: 'insideBottom' as const, offset, fontSize: 12 };
}

/** The title along a vertical axis, read bottom to top. */
export function leftAxisTitle(value: string) {
  return { value, angle: -90, position: 'insideLeft' as const, fontSize: 12 };
}
