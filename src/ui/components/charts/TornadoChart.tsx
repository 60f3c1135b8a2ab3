import { useMemo } from 'react';
import type { TornadoBar } from '../../../engine/sensitivity/index';
import { formatNumber, formatSigned } from '../../../domain/format';
import { ChartFrame } from './ChartDataTable';
import { BarChart } from './LazyCharts';

const SERIES = [
  { name: 'Assumption at low end', color: '#009E73' },
  { name: 'Assumption at high end', color: '#D55E00' },
];

/**
 * Tornado chart: how far a metric moves from its base value when each assumption goes to the low
 * or the high end of its stated range (one at a time), largest swing on top.
 */
export function TornadoChart({
  title,
  bars,
  unit,
  scale = 1,
  limit = 10,
}: {
  title: string;
  bars: TornadoBar[];
  unit: string;
  scale?: number;
  limit?: number;
}) {
  const top = useMemo(
    () => bars.filter((b) => Number.isFinite(b.swing) && b.swing > 0).slice(0, limit),
    [bars, limit],
  );
  const rows = top.map((b) => [
    b.label,
    `${formatNumber(b.low, 2)} → ${formatNumber(b.high, 2)} ${b.unit}`,
    formatSigned(b.deltaLow / scale, unit, 2),
    formatSigned(b.deltaHigh / scale, unit, 2),
  ]);
  const chartRows = useMemo(
    () => top.map((b) => ({ label: b.label, values: [b.deltaLow / scale, b.deltaHigh / scale] })),
    [top, scale],
  );
  return (
    <ChartFrame title={title} columns={['Assumption', 'Range', 'At low', 'At high']} rows={rows}>
      {top.length === 0 ? (
        <p className="muted small">No assumption with a stated range moves this metric.</p>
      ) : (
        <BarChart
          rows={chartRows}
          series={SERIES}
          orientation="horizontal"
          height={Math.max(150, 30 * top.length + 60)}
          unit={` ${unit}`}
          categoryWidth={220}
          zeroLine
          format={(v) => formatSigned(v, unit, 2)}
        />
      )}
    </ChartFrame>
  );
}
