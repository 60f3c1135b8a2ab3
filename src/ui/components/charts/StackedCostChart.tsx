import { useMemo } from 'react';
import { formatMoney } from '../../../domain/format';
import { ChartFrame } from './ChartDataTable';
import { categoryColor, groupOthers } from './chart-theme';
import { BarChart } from './LazyCharts';

/**
 * Expected cost of each scenario stacked by country (reporting currency, millions). The eleven
 * costliest countries keep their own colour; the rest are one grey "Others" band, so no two
 * countries share a colour and the legend stays readable at 60 countries.
 */
export function StackedCostChart({
  scenarios,
  currency,
}: {
  scenarios: { name: string; byCountry: Record<string, number> }[];
  currency: string;
}) {
  const grouped = useMemo(() => groupOthers(scenarios.map((s) => s.byCountry)), [scenarios]);
  const rows = scenarios.flatMap((s, i) =>
    grouped.categories
      .filter((c) => grouped.values[i]?.[c])
      .map((c) => [s.name, c, formatMoney(grouped.values[i]?.[c] ?? 0, currency)]),
  );
  const chartRows = useMemo(
    () =>
      scenarios.map((s, i) => ({
        label: s.name,
        values: grouped.categories.map((c) =>
          grouped.values[i]?.[c] ? (grouped.values[i]![c] as number) / 1e6 : null,
        ),
      })),
    [scenarios, grouped],
  );
  const series = useMemo(
    () => grouped.categories.map((c, i) => ({ name: c, color: categoryColor(c, i) })),
    [grouped],
  );
  return (
    <ChartFrame
      title={`Expected cost by country (${currency} millions)`}
      columns={['Scenario', 'Country', 'Expected cost']}
      rows={rows}
    >
      <BarChart
        rows={chartRows}
        series={series}
        orientation="vertical"
        stacked
        height={300}
        unit="M"
        format={(v) => formatMoney(v * 1e6, currency)}
      />
    </ChartFrame>
  );
}
