import { useMemo } from 'react';
import { ChartFrame } from './ChartDataTable';
import { colorAt } from './chart-theme';
import { BarChart } from './LazyCharts';

const KEYS = ['speed', 'cost', 'feasibility', 'regional', 'composite'] as const;

/** Sub-scores and composite (0–100) of each scenario, grouped by score. */
export function ScoreBars({
  scores,
}: {
  scores: { name: string; values: Record<(typeof KEYS)[number], number> }[];
}) {
  const rows = scores.flatMap((s) => KEYS.map((k) => [s.name, k, Math.round(s.values[k])]));
  const chartRows = useMemo(
    () => KEYS.map((k) => ({ label: k, values: scores.map((s) => Math.round(s.values[k])) })),
    [scores],
  );
  const series = useMemo(() => scores.map((s, i) => ({ name: s.name, color: colorAt(i) })), [scores]);
  return (
    <ChartFrame title="Scores (0–100, higher is better)" columns={['Scenario', 'Score', 'Value']} rows={rows}>
      <BarChart
        rows={chartRows}
        series={series}
        orientation="vertical"
        height={260}
        domain={[0, 100]}
        format={(v) => String(Math.round(v))}
      />
    </ChartFrame>
  );
}
