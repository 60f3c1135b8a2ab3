import { useLayoutEffect, useRef, useState } from 'react';

/** One line of a tooltip: a coloured key, a name and its value. */
export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
}

/**
 * The hover box over a chart, beside the pointer (`x`, `y` in px within the chart of `width` px):
 * to its right on the left half, to its left on the right half, and always inside the chart (its
 * own width is read once it is drawn; hover only, so the page never pays for it otherwise).
 */
export function ChartTooltip({ x, y, width, title, rows }: { x: number; y: number; width: number; title: string; rows: TooltipRow[] }) {
  const box = useRef<HTMLDivElement>(null);
  const [tipWidth, setTipWidth] = useState(0);
  // Measured again whenever the content changes (it settles: the width does not depend on `left`).
  useLayoutEffect(() => {
    const w = box.current?.offsetWidth ?? 0;
    if (w !== tipWidth) setTipWidth(w);
  }, [title, rows, tipWidth]);
  const preferred = x > width / 2 ? x - 14 - tipWidth : x + 14;
  const left = Math.max(0, Math.min(preferred, width - tipWidth));
  return (
    <div ref={box} className="chart-tooltip" role="presentation" style={{ top: Math.max(0, y - 10), left }}>
      <strong>{title}</strong>
      {rows.map((r) => (
        <div key={r.label} className="chart-tooltip__row">
          {r.color && <span className="chart-tooltip__key" style={{ background: r.color }} />}
          <span>{r.label}</span>
          <span className="chart-tooltip__value">{r.value}</span>
        </div>
      ))}
    </div>
  );
}
