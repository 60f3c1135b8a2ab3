import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TornadoBar } from '../../../engine/sensitivity/index';
import { ChartFrame } from './ChartDataTable';

/**
 * Tornado chart: how far a metric moves from its base value when each assumption goes to the low
 * or the high end of its stated range (one at a time), largest swing on top.
 */
export function TornadoChart({ title, bars, unit, scale = 1, limit = 10 }: { title: string; bars: TornadoBar[]; unit: string; scale?: number; limit?: number }) {
  const top = bars.filter((b) => Number.isFinite(b.swing) && b.swing > 0).slice(0, limit);
  const data = top.map((b) => ({ label: b.label, low: b.deltaLow / scale, high: b.deltaHigh / scale }));
  const rows = top.map((b) => [b.label, `${b.low} → ${b.high} ${b.unit}`, b.deltaLow / scale, b.deltaHigh / scale]);
  return (
    <ChartFrame title={title} columns={['Assumption', 'Range', `At low (${unit})`, `At high (${unit})`]} rows={rows}>
      {data.length === 0 ? (
        <p className="muted small">No assumption with a stated range moves this metric.</p>
      ) : (
        <ResponsiveContainer width="100%" height={Math.max(160, 30 * data.length + 60)}>
          <BarChart data={data} layout="vertical" margin={{ top: 6, right: 24, bottom: 6, left: 8 }}>
            <CartesianGrid stroke="#e6e9ee" horizontal={false} />
            <XAxis type="number" unit={` ${unit}`} />
            <YAxis type="category" dataKey="label" width={260} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => `${Number(v) > 0 ? '+' : ''}${Number(v).toFixed(2)} ${unit}`} />
            <Legend />
            <ReferenceLine x={0} stroke="#5b6675" />
            <Bar dataKey="low" name="Assumption at low end" fill="#2a9d6f" isAnimationActive={false} />
            <Bar dataKey="high" name="Assumption at high end" fill="#c2413b" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}
