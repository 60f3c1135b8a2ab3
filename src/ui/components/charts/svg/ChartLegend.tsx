/** A legend entry: a filled box (bars, bands), a line (medians, actuals) or both (a median over its band). */
export interface LegendItem {
  label: string;
  color: string;
  kind?: 'box' | 'line' | 'band-line';
  opacity?: number;
}

/** The chart's legend as plain HTML: it wraps like text, however many entries. */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="18" height="12" className="chart-legend__key">
            {item.kind !== 'line' && <rect x="1" y="1" width="16" height="10" fill={item.color} fillOpacity={item.kind === 'band-line' ? 0.25 : (item.opacity ?? 1)} />}
            {item.kind !== 'box' && <line x1="1" x2="17" y1="6" y2="6" stroke={item.color} strokeWidth="2.5" />}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
