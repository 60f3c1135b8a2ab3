import { useEffect, useState } from 'react';

/**
 * How many of `total` rows to draw: `step` at first (and again whenever `resetKey` changes), then
 * `step` more per task until all are drawn; from then on every row, so rows added by an edit
 * appear at once. Sixty table rows of inputs and selects mounted together are one long task of
 * rendering, style and layout; in slices of `step` each task stays short and the top rows show
 * first.
 */
export function useProgressiveCount(total: number, resetKey: unknown, step = 20): number {
  const [state, setState] = useState({ key: resetKey, count: step, done: false });
  const current = state.key === resetKey ? state : { key: resetKey, count: step, done: false };
  if (current !== state) setState(current); // a new list: start again from the first slice
  const shown = current.done ? total : Math.min(total, current.count);

  useEffect(() => {
    if (current.done) return;
    if (shown >= total) {
      setState((s) => (s.key === resetKey ? { ...s, done: true } : s));
      return;
    }
    const timer = setTimeout(
      () => setState((s) => (s.key === resetKey ? { ...s, count: s.count + step } : s)),
      0,
    );
    return () => clearTimeout(timer);
  }, [current.done, shown, total, resetKey, step]);

  return shown;
}
