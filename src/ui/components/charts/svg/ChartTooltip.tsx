/** One line of a tooltip: a coloured key, a name and its value. */
export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
}

/**
 * The hover box over a chart, placed beside the pointer (`x`, `y` in px within the chart) and
 * flipped to the left on the right half so it stays inside the chart.
 */
export function ChartTooltip({ x, y, width, title, rows }: { x: number; y: number; width: number; title: string; rows: TooltipRow[] }) {
  const left = x > width / 2;
  return (
    <div
      className="chart-tooltip"
      role="presentation"
      style={{ top: Math.max(0, y - 10), ...(left ? { right: width - x + 14 } : { left: x + 14 }) }}
    >
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
