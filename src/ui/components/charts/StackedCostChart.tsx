import { ChartFrame } from './ChartDataTable';
import { colorAt } from './chart-theme';
import { BarChartSvg } from './svg/BarChartSvg';

/** Expected cost of each scenario stacked by country (reporting currency, millions). */
export function StackedCostChart({ scenarios, currency }: { scenarios: { name: string; byCountry: Record<string, number> }[]; currency: string }) {
  const countries = [...new Set(scenarios.flatMap((s) => Object.keys(s.byCountry)))];
  const rows = scenarios.flatMap((s) => countries.filter((c) => s.byCountry[c]).map((c) => [s.name, c, (s.byCountry[c] ?? 0) / 1e6]));
  return (
    <ChartFrame title={`Expected cost by country (${currency} millions)`} columns={['Scenario', 'Country', `${currency} M`]} rows={rows}>
      <BarChartSvg
        rows={scenarios.map((s) => ({ label: s.name, values: countries.map((c) => (s.byCountry[c] ? s.byCountry[c] / 1e6 : null)) }))}
        series={countries.map((c, i) => ({ name: c, color: colorAt(i), opacity: 0.55 + 0.45 * ((i % 3) / 2) }))}
        orientation="vertical"
        stacked
        height={270}
        unit="M"
        format={(v) => `${v.toFixed(2)}M`}
      />
    </ChartFrame>
  );
}
