/** A sequential blue scale from light (low) to dark (high); `invert` when low is bad. */
export function sequentialColor(value: number, min: number, max: number): string {
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0.5;
  const from = [222, 235, 247];
  const to = [8, 69, 148];
  const mix = from.map((f, i) => Math.round(f + ((to[i] as number) - f) * t));
  return `rgb(${mix.join(',')})`;
}
