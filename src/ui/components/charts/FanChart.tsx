import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './ChartDataTable';
import { colorAt } from './chart-theme';

export interface FanSeries {
  id: string;
  name: string;
  curve: { month: number; mean: number; p10: number; p50: number; p90: number }[];
}

/**
 * Enrollment fan chart: the P10–P90 band and the median of cumulative randomised patients for one
 * or more scenarios, with the target and the deadline marked. Actual enrollment to date, when
 * given, is drawn as a solid black line.
 */
export function FanChart({
  series,
  target,
  deadlineMonths,
  actuals,
  height = 320,
  title = 'Enrollment forecast (P10–P90 band, median line)',
}: {
  series: FanSeries[];
  target: number;
  deadlineMonths: number;
  actuals?: { month: number; count: number }[];
  height?: number;
  title?: string;
}) {
  const months = new Set<number>();
  series.forEach((s) => s.curve.forEach((p) => months.add(p.month)));
  actuals?.forEach((a) => months.add(a.month));
  const data = [...months]
    .sort((a, b) => a - b)
    .map((month) => {
      const row: Record<string, number | [number, number] | undefined> = { month };
      for (const s of series) {
        const p = s.curve.find((c) => c.month === month);
        if (p) {
          row[`${s.id}:band`] = [p.p10, p.p90];
          row[`${s.id}:p50`] = p.p50;
        }
      }
      const a = actuals?.find((x) => x.month === month);
      if (a) row.actual = a.count;
      return row;
    });
  const tableRows = series.flatMap((s) =>
    s.curve.filter((p) => p.month % 3 === 0).map((p) => [s.name, p.month, p.p10, p.p50, p.p90]),
  );
  return (
    <ChartFrame title={title} columns={['Scenario', 'Month', 'P10', 'P50', 'P90']} rows={tableRows}>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={data} margin={{ top: 10, right: 24, bottom: 18, left: 8 }}>
          <CartesianGrid stroke="#e6e9ee" />
          <XAxis dataKey="month" type="number" domain={[0, 'dataMax']} tickCount={10} label={{ value: 'Months from first submission', position: 'insideBottom', offset: -10 }} />
          <YAxis label={{ value: 'Randomised', angle: -90, position: 'insideLeft' }} />
          <Tooltip formatter={(v) => (Array.isArray(v) ? `${Math.round(Number(v[0]))}–${Math.round(Number(v[1]))}` : Math.round(Number(v)))} labelFormatter={(m) => `Month ${m}`} />
          <Legend verticalAlign="top" height={28} />
          {series.map((s, i) => (
            <Area key={`${s.id}-band`} dataKey={`${s.id}:band`} name={`${s.name} P10–P90`} stroke="none" fill={colorAt(i)} fillOpacity={0.18} isAnimationActive={false} />
          ))}
          {series.map((s, i) => (
            <Line key={`${s.id}-p50`} dataKey={`${s.id}:p50`} name={`${s.name} median`} stroke={colorAt(i)} strokeWidth={2} dot={false} isAnimationActive={false} />
          ))}
          {actuals && <Line dataKey="actual" name="Actual" stroke="#111" strokeWidth={2.5} dot={false} isAnimationActive={false} />}
          <ReferenceLine y={target} stroke="#c2413b" strokeDasharray="5 4" label={{ value: `Target ${target}`, position: 'insideTopLeft', fill: '#c2413b' }} />
          <ReferenceLine x={deadlineMonths} stroke="#102a4c" strokeDasharray="5 4" label={{ value: 'Deadline', position: 'insideTopRight', fill: '#102a4c' }} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
