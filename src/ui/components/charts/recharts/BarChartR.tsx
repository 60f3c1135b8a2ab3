import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartProps } from '../bar-types';
import { ChartLegend } from '../ChartLegend';
import { useElementWidth } from '../use-element-width';
import { useFirstPointer } from '../use-first-pointer';
import { AXIS_TICK, EVERY_TICK } from './axis-style';

const TICK = AXIS_TICK;

/**
 * Bar chart on recharts: stacked or grouped, horizontal or vertical, with [from, to] ranged bars
 * (Gantt phases, P10–P90 ranges). What keeps it cheap at scale: callers pass at most a few dozen
 * categories (top-N plus "others"), the data array is memoised, animation is off, the size
 * comes from one ResizeObserver instead of a ResponsiveContainer per chart, the legend is HTML
 * (ChartLegend) and the tooltip mounts on the first hover or focus (useFirstPointer).
 */
function BarChartR(props: BarChartProps) {
  const {
    rows,
    series,
    orientation,
    stacked = false,
    height,
    unit = '',
    categoryWidth = 120,
    barSize,
    legend = 'bottom',
    zeroLine,
    format,
    tickFormat,
    ticks,
  } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hovered, pointerHandlers] = useFirstPointer();
  const legendItems = useMemo(
    () => series.map((s) => ({ label: s.name, color: s.color, kind: 'box' as const, opacity: s.opacity })),
    [series],
  );
  const horizontal = orientation === 'horizontal';
  const data = useMemo(
    () =>
      rows.map((r) =>
        Object.fromEntries([
          ['label', r.label],
          ...r.values.map((v, i) => [
            `s${i}`,
            v === null || v === undefined ? null : typeof v === 'number' ? v : [v[0], v[1]],
          ]),
        ]),
      ),
    [rows],
  );
  const tick = tickFormat ?? ((v: number) => `${Number.isInteger(v) ? v : v.toFixed(1)}${unit}`);
  const valueAxis = {
    type: 'number' as const,
    tick: TICK,
    interval: EVERY_TICK,
    tickFormatter: tick,
    ...(props.domain ? { domain: [props.domain[0], props.domain[1]] as [number, number] } : {}),
    ...(ticks ? { ticks, domain: [ticks[0] ?? 0, ticks.at(-1) ?? 1] as [number, number] } : {}),
    allowDecimals: true,
  };
  const categoryAxis = { type: 'category' as const, dataKey: 'label', tick: TICK, interval: 0 as const };
  const legendBlock = legend ? <ChartLegend items={legendItems} /> : null;
  return (
    <>
      {legend === 'top' && legendBlock}
      <div className="chart-svg" ref={ref} style={{ height }} {...pointerHandlers}>
        {width > 0 && rows.length > 0 && (
          <BarChart
            width={width}
            height={height}
            data={data}
            layout={horizontal ? 'vertical' : 'horizontal'}
            stackOffset={stacked ? 'sign' : undefined}
            margin={{ top: 8, right: 24, bottom: 4, left: 8 }}
            barGap={2}
          >
            <CartesianGrid stroke="#e6eaf0" horizontal={!horizontal} vertical={horizontal} />
            {horizontal ? (
              <>
                <XAxis {...valueAxis} />
                <YAxis {...categoryAxis} width={categoryWidth} />
              </>
            ) : (
              <>
                <XAxis {...categoryAxis} />
                <YAxis {...valueAxis} width={56} />
              </>
            )}
            {hovered && (
              <Tooltip
                isAnimationActive={false}
                formatter={(v: unknown) =>
                  Array.isArray(v) ? `${format(Number(v[0]))}–${format(Number(v[1]))}` : format(Number(v))
                }
                wrapperStyle={{ zIndex: 30 }}
                allowEscapeViewBox={{ x: false, y: true }}
              />
            )}
            {zeroLine &&
              (horizontal ? (
                <ReferenceLine x={0} stroke="#5b6675" />
              ) : (
                <ReferenceLine y={0} stroke="#5b6675" />
              ))}
            {series.map((s, i) => (
              <Bar
                key={s.name}
                dataKey={`s${i}`}
                name={s.name}
                fill={s.color}
                fillOpacity={s.opacity ?? 1}
                isAnimationActive={false}
                {...(stacked ? { stackId: 'stack' } : {})}
                {...(barSize ? { barSize } : {})}
              />
            ))}
          </BarChart>
        )}
      </div>
      {legend === 'bottom' && legendBlock}
    </>
  );
}

export default memo(BarChartR);
