import type { TornadoBar } from '../../../engine/sensitivity/index';
import { ChartFrame } from './ChartDataTable';
import { BarChartSvg } from './svg/BarChartSvg';

/**
 * Tornado chart: how far a metric moves from its base value when each assumption goes to the low
 * or the high end of its stated range (one at a time), largest swing on top.
 */
export function TornadoChart({ title, bars, unit, scale = 1, limit = 10 }: { title: string; bars: TornadoBar[]; unit: string; scale?: number; limit?: number }) {
  const top = bars.filter((b) => Number.isFinite(b.swing) && b.swing > 0).slice(0, limit);
  const rows = top.map((b) => [b.label, `${b.low} → ${b.high} ${b.unit}`, b.deltaLow / scale, b.deltaHigh / scale]);
  return (
    <ChartFrame title={title} columns={['Assumption', 'Range', `At low (${unit})`, `At high (${unit})`]} rows={rows}>
      {top.length === 0 ? (
        <p className="muted small">No assumption with a stated range moves this metric.</p>
      ) : (
        <BarChartSvg
          rows={top.map((b) => ({ label: b.label, values: [b.deltaLow / scale, b.deltaHigh / scale] }))}
          series={[
            { name: 'Assumption at low end', color: '#2a9d6f' },
            { name: 'Assumption at high end', color: '#c2413b' },
          ]}
          orientation="horizontal"
          height={Math.max(130, 30 * top.length + 40)}
          unit={` ${unit}`}
          categoryWidth={260}
          zeroLine
          format={(v) => `${v > 0 ? '+' : ''}${v.toFixed(2)} ${unit}`}
        />
      )}
    </ChartFrame>
  );
}
