/** A legend entry: a filled box (bars, bands), a line (medians, actuals) or both (a median over its band). */
export interface LegendItem {
  label: string;
  color: string;
  kind?: 'box' | 'line' | 'band-line';
  opacity?: number;
}

/**
 * A chart's legend as plain HTML beside the recharts SVG: it wraps like text, however many
 * entries. recharts' own <Legend> measures its box after mounting and re-lays the whole chart out
 * (a second full render and a forced layout): at 10,000 sites it was 35–45% of each chart's mount
 * task (issue 18, the scale test's 200 ms limit).
 */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="18" height="12" className="chart-legend__key">
            {item.kind !== 'line' && (
              <rect
                x="1"
                y="1"
                width="16"
                height="10"
                fill={item.color}
                fillOpacity={item.kind === 'band-line' ? 0.25 : (item.opacity ?? 1)}
              />
            )}
            {item.kind !== 'box' && (
              <line x1="1" x2="17" y1="6" y2="6" stroke={item.color} strokeWidth="2.5" />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
