import { memo, useMemo } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInteger } from '../../../../domain/format';
import { ACTUAL_COLOR, colorAt, DEADLINE_COLOR, TARGET_COLOR } from '../chart-theme';
import { ChartLegend, type LegendItem } from '../ChartLegend';
import type { FanChartProps } from '../fan-types';
import { useElementWidth } from '../use-element-width';
import { useFirstPointer } from '../use-first-pointer';
import { AXIS_TICK, bottomAxisTitle, EVERY_TICK, leftAxisTitle, monthTicks, roundTicks } from './axis-style';

/** Most points a fan draws per line: a person cannot see more across a chart a few hundred px wide. */
export const MAX_FAN_POINTS = 200;

/** Every k-th point so at most `max` remain (the last one always kept). */
export function thin<T>(points: T[], max = MAX_FAN_POINTS): T[] {
  if (points.length <= max) return points;
  const step = Math.ceil(points.length / max);
  return points.filter((_, i) => i % step === 0 || i === points.length - 1);
}

/**
 * Enrollment fan on recharts: P10–P90 band and median per scenario, target, deadline, actuals.
 * The legend is HTML (one entry per scenario: its median over its band) and the tooltip mounts on
 * the first hover or focus: both cut the mount's main-thread task (see ChartLegend).
 */
function FanChartR({
  series,
  target,
  deadlineMonths,
  actuals,
  height,
  monthLabel,
}: FanChartProps & { height: number }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hovered, pointerHandlers] = useFirstPointer();
  const legendItems = useMemo(
    (): LegendItem[] => [
      ...series.map((s, i) => ({
        label: `${s.name} (median, P10–P90)`,
        color: colorAt(i),
        kind: 'band-line' as const,
      })),
      ...(actuals && actuals.length > 0
        ? [{ label: 'Actual', color: ACTUAL_COLOR, kind: 'line' as const }]
        : []),
    ],
    [series, actuals],
  );
  const data = useMemo(() => {
    const byMonth = new Map<number, Record<string, number | [number, number]>>();
    const row = (m: number) => {
      let r = byMonth.get(m);
      if (!r) byMonth.set(m, (r = { month: m }));
      return r;
    };
    series.forEach((s, i) => {
      for (const p of thin(s.curve)) {
        const r = row(p.month);
        r[`b${i}`] = [p.p10, p.p90];
        r[`m${i}`] = p.p50;
      }
    });
    for (const a of thin(actuals ?? [])) row(a.month).actual = a.count;
    return [...byMonth.values()].sort((a, b) => (a.month as number) - (b.month as number));
  }, [series, actuals]);
  const top = Math.max(target, ...series.flatMap((s) => s.curve.map((p) => p.p90)));
  const lastMonth = Math.max(0, ...data.map((d) => d.month as number));
  // Round ticks of our own: every one is drawn (EVERY_TICK), none is measured, none overlaps.
  const xTicks = useMemo(() => monthTicks(lastMonth), [lastMonth]);
  const yTicks = useMemo(() => roundTicks(top * 1.05), [top]);
  return (
    <>
      <div className="chart-svg" ref={ref} style={{ height }} {...pointerHandlers}>
        {width > 0 && (
          <ComposedChart
            width={width}
            height={height}
            data={data}
            margin={{ top: 10, right: 24, bottom: 4, left: 8 }}
          >
            <CartesianGrid stroke="#e6eaf0" />
            <XAxis
              dataKey="month"
              type="number"
              domain={[0, lastMonth]}
              ticks={xTicks}
              tick={AXIS_TICK}
              interval={EVERY_TICK}
              tickFormatter={monthLabel}
              label={bottomAxisTitle('Date (months from first submission)', -2)}
              height={44}
            />
            <YAxis
              type="number"
              domain={[0, Math.ceil(top * 1.05)]}
              ticks={yTicks}
              tick={AXIS_TICK}
              interval={EVERY_TICK}
              tickFormatter={(v: number) => formatInteger(v)}
              width={56}
              label={leftAxisTitle('Randomised')}
            />
            {hovered && (
              <Tooltip
                isAnimationActive={false}
                labelFormatter={(m: unknown) => monthLabel(Number(m))}
                formatter={(v: unknown) =>
                  Array.isArray(v)
                    ? `${formatInteger(Number(v[0]))}–${formatInteger(Number(v[1]))}`
                    : formatInteger(Number(v))
                }
                wrapperStyle={{ zIndex: 30 }}
              />
            )}
            {series.map((s, i) => (
              <Area
                key={`b${i}`}
                dataKey={`b${i}`}
                name={`${s.name} P10–P90`}
                fill={colorAt(i)}
                fillOpacity={0.18}
                stroke="none"
                isAnimationActive={false}
                legendType="square"
                connectNulls
              />
            ))}
            {series.map((s, i) => (
              <Line
                key={`m${i}`}
                dataKey={`m${i}`}
                name={`${s.name} median`}
                stroke={colorAt(i)}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            ))}
            {actuals && actuals.length > 0 && (
              <Line
                dataKey="actual"
                name="Actual"
                stroke={ACTUAL_COLOR}
                strokeWidth={2.5}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            )}
            <ReferenceLine
              y={target}
              stroke={TARGET_COLOR}
              strokeDasharray="5 4"
              label={{
                value: `Target ${formatInteger(target)}`,
                position: 'insideTopLeft',
                fill: TARGET_COLOR,
                fontSize: 12,
              }}
            />
            {deadlineMonths > 0 && (
              <ReferenceLine
                x={deadlineMonths}
                stroke={DEADLINE_COLOR}
                strokeDasharray="5 4"
                label={{ value: 'Deadline', position: 'insideTopRight', fill: DEADLINE_COLOR, fontSize: 12 }}
              />
            )}
          </ComposedChart>
        )}
      </div>
      <ChartLegend items={legendItems} />
    </>
  );
}

export default memo(FanChartR);
