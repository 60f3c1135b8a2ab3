import { useRef, useState, type MouseEvent } from 'react';
import { ChartFrame } from './ChartDataTable';
import { colorAt } from './chart-theme';
import { GridLines, NumberAxisX, NumberAxisY, TICK_FONT } from './svg/axes';
import { ChartLegend } from './svg/ChartLegend';
import { ChartTooltip } from './svg/ChartTooltip';
import { estimateTextWidth } from './svg/labels';
import { formatTick, linearScale, monthTicks, niceTicks } from './svg/scale';
import { useElementWidth } from './svg/use-element-width';

export interface FanSeries {
  id: string;
  name: string;
  curve: { month: number; mean: number; p10: number; p50: number; p90: number }[];
}

const TARGET_COLOR = '#c2413b';
const DEADLINE_COLOR = '#102a4c';
const round = (v: number) => Math.round(v).toLocaleString('en-US');

/**
 * Enrollment fan chart: the P10–P90 band and the median of cumulative randomised patients for one
 * or more scenarios, with the target and the deadline marked. Actual enrollment to date, when
 * given, is drawn as a solid black line. Plain SVG (see ./svg/BarChartSvg for why).
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
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const svg = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<{ month: number; x: number; y: number } | null>(null);

  const months = [...new Set([...series.flatMap((s) => s.curve.map((p) => p.month)), ...(actuals ?? []).map((a) => a.month)])].sort((a, b) => a - b);
  const maxMonth = Math.max(1, months.at(-1) ?? 1);
  const top = Math.max(target, ...series.flatMap((s) => s.curve.map((p) => p.p90)), ...(actuals ?? []).map((a) => a.count));
  const yTicks = niceTicks(0, top, 5);
  const yStep = (yTicks[1] ?? 1) - (yTicks[0] ?? 0);
  const yLabel = (v: number) => formatTick(v, yStep);
  const labelWidth = Math.max(...yTicks.map((t) => estimateTextWidth(yLabel(t), TICK_FONT))) + 14;
  const box = { left: 26 + labelWidth, right: width - 24, top: 10, bottom: height - 48 };
  const x = linearScale([0, maxMonth], [box.left, box.right]);
  const y = linearScale([0, yTicks.at(-1) ?? 1], [box.bottom, box.top]);
  const xTicks = monthTicks(maxMonth);
  const line = (pts: [number, number][]) => pts.map(([m, v], i) => `${i ? 'L' : 'M'}${x(m).toFixed(1)},${y(v).toFixed(1)}`).join('');

  const onMove = (e: MouseEvent) => {
    const r = svg.current?.getBoundingClientRect();
    if (!r || months.length === 0) return;
    const px = e.clientX - r.left;
    const at = ((px - box.left) / Math.max(1, box.right - box.left)) * maxMonth;
    const month = months.reduce((best, m) => (Math.abs(m - at) < Math.abs(best - at) ? m : best), months[0]!);
    setHover({ month, x: px, y: e.clientY - r.top });
  };

  const tableRows = series.flatMap((s) => s.curve.filter((p) => p.month % 3 === 0).map((p) => [s.name, p.month, p.p10, p.p50, p.p90]));
  const legend = [
    ...series.map((s, i) => ({ label: series.length > 1 ? s.name : `${s.name}: median and P10–P90`, color: colorAt(i), kind: 'band-line' as const })),
    ...(actuals ? [{ label: 'Actual', color: '#111', kind: 'line' as const }] : []),
  ];
  return (
    <ChartFrame title={title} columns={['Scenario', 'Month', 'P10', 'P50', 'P90']} rows={tableRows}>
      <div className="chart-svg" ref={ref}>
        <ChartLegend items={legend} />
        <div className="chart-svg__plot" style={{ height }}>
          {width > 0 && (
            <svg ref={svg} className="chart-svg__canvas" width={width} height={height} fontSize={TICK_FONT} aria-hidden="true">
              <GridLines box={box} xs={xTicks.map(x)} ys={yTicks.map(y)} />
              {series.map((s, i) => (
                <path
                  key={`${s.id}-band`}
                  d={`${line(s.curve.map((p) => [p.month, p.p90]))}L${line([...s.curve].reverse().map((p) => [p.month, p.p10])).slice(1)}Z`}
                  fill={colorAt(i)}
                  fillOpacity={0.18}
                />
              ))}
              {series.map((s, i) => (
                <path key={`${s.id}-p50`} d={line(s.curve.map((p) => [p.month, p.p50]))} fill="none" stroke={colorAt(i)} strokeWidth={2} />
              ))}
              {actuals && actuals.length > 0 && <path d={line(actuals.map((a) => [a.month, a.count]))} fill="none" stroke="#111" strokeWidth={2.5} />}
              <line x1={box.left} x2={box.right} y1={y(target)} y2={y(target)} stroke={TARGET_COLOR} strokeDasharray="5 4" />
              <text x={box.left + 6} y={y(target) - 5} fill={TARGET_COLOR}>{`Target ${target.toLocaleString('en-US')}`}</text>
              {deadlineMonths >= 0 && deadlineMonths <= maxMonth && (
                <>
                  <line x1={x(deadlineMonths)} x2={x(deadlineMonths)} y1={box.top} y2={box.bottom} stroke={DEADLINE_COLOR} strokeDasharray="5 4" />
                  <text x={x(deadlineMonths) - 6} y={box.top + 12} textAnchor="end" fill={DEADLINE_COLOR}>
                    Deadline
                  </text>
                </>
              )}
              {hover && <line x1={x(hover.month)} x2={x(hover.month)} y1={box.top} y2={box.bottom} stroke="#8a94a3" />}
              <NumberAxisX scale={x} ticks={xTicks} y={box.bottom} format={String} />
              <NumberAxisY scale={y} ticks={yTicks} x={box.left} format={yLabel} />
              <text x={(box.left + box.right) / 2} y={height - 6} textAnchor="middle" className="chart-svg__axis-title">
                Months from first submission
              </text>
              <text transform={`translate(14 ${(box.top + box.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="chart-svg__axis-title">
                Randomised
              </text>
              <rect x={box.left} y={box.top} width={Math.max(0, box.right - box.left)} height={Math.max(0, box.bottom - box.top)} fill="transparent" onMouseMove={onMove} onMouseLeave={() => setHover(null)} />
            </svg>
          )}
          {hover && (
            <ChartTooltip
              x={hover.x}
              y={hover.y}
              width={width}
              title={`Month ${hover.month}`}
              rows={[
                ...series.flatMap((s, i) => {
                  const p = s.curve.find((c) => c.month === hover.month);
                  return p ? [{ label: s.name, color: colorAt(i), value: `${round(p.p50)} (P10–P90 ${round(p.p10)}–${round(p.p90)})` }] : [];
                }),
                ...(actuals ?? []).filter((a) => a.month === hover.month).map((a) => ({ label: 'Actual', color: '#111', value: round(a.count) })),
              ]}
            />
          )}
        </div>
      </div>
    </ChartFrame>
  );
}
