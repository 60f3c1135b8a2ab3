/** What every recharts chart's axes share, so the fan, bar and frontier charts read alike. */

/** Tick text. */
export const AXIS_TICK = { fontSize: 12, fill: '#5b6675' };

/** The title under a horizontal axis, `offset` px below its ticks (give the axis height 44). */
export function bottomAxisTitle(value: string, offset: number) {
  return { value, position: 'insideBottom' as const, offset, fontSize: 12 };
}

/** The title along a vertical axis, read bottom to top. */
export function leftAxisTitle(value: string) {
  return { value, angle: -90, position: 'insideLeft' as const, fontSize: 12 };
}
