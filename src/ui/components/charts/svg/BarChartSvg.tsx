import { useRef, useState, type MouseEvent } from 'react';
import { CategoryAxisX, CategoryAxisY, GridLines, NumberAxisX, NumberAxisY, TICK_FONT } from './axes';
import { ChartLegend } from './ChartLegend';
import { ChartTooltip } from './ChartTooltip';
import { estimateTextWidth } from './labels';
import { bands, formatTick, linearScale, niceTicks } from './scale';
import { useElementWidth } from './use-element-width';

export interface BarSeries {
  name: string;
  color: string;
  opacity?: number;
}

/** One category: its label and, per series (same order), a length from 0, a [from, to] range, or nothing. */
export interface BarRow {
  label: string;
  values: (number | readonly [number, number] | null | undefined)[];
}

export interface BarChartSvgProps {
  rows: BarRow[];
  series: BarSeries[];
  /** 'horizontal': categories down the left, bars grow to the right; 'vertical': categories along the bottom. */
  orientation: 'horizontal' | 'vertical';
  stacked?: boolean;
  height: number;
  /** Appended to value-axis ticks (" mo", "M", "%"). */
  unit?: string;
  /** A fixed value range (e.g. scores 0–100); default: the data and 0, widened to nice ticks. */
  domain?: readonly [number, number];
  /** Width of the category labels in a horizontal chart (px). */
  categoryWidth?: number;
  /** Thickness of each bar (px); default: the bars fill 80% of their category. */
  barSize?: number;
  legend?: 'top' | 'bottom';
  /** A line at value 0 (diverging bars). */
  zeroLine?: boolean;
  /** Values in the tooltip. */
  format: (value: number) => string;
}

const M = { top: 8, right: 24, bottom: 8, left: 8 };

/** Segments to draw: [category, series, from, to]. Stacked bars pile positive and negative values apart. */
function segments(rows: BarRow[], stacked: boolean): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  rows.forEach((row, c) => {
    let up = 0;
    let down = 0;
    row.values.forEach((v, s) => {
      if (v === null || v === undefined) return;
      if (typeof v !== 'number') out.push([c, s, v[0], v[1]]);
      else if (!stacked) out.push([c, s, 0, v]);
      else if (v >= 0) out.push([c, s, up, (up += v)]);
      else out.push([c, s, down, (down += v)]);
    });
  });
  return out.filter(([, , a, b]) => Number.isFinite(a) && Number.isFinite(b) && a !== b);
}

/**
 * Bar chart drawn as plain SVG: stacked or grouped, horizontal or vertical, with floating [from, to]
 * bars. It draws in one cheap React render (no layout measuring), so a screen of charts never
 * holds the main thread; hovering a category shows its values.
 */
export function BarChartSvg(props: BarChartSvgProps) {
  const { rows, series, orientation, stacked = false, height, unit = '', categoryWidth = 120, barSize, legend = 'bottom', zeroLine, format } = props;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const svg = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);
  const horizontal = orientation === 'horizontal';

  const segs = segments(rows, stacked);
  const ends = segs.flatMap(([, , a, b]) => [a, b]);
  const ticks = props.domain ? niceTicks(props.domain[0], props.domain[1], 5) : niceTicks(Math.min(0, ...ends), Math.max(0, ...ends), 5);
  const domain = props.domain ?? ([ticks[0] ?? 0, ticks.at(-1) ?? 1] as const);
  const shownTicks = ticks.filter((t) => t >= domain[0] - 1e-9 && t <= domain[1] + 1e-9);
  const step = (ticks[1] ?? 1) - (ticks[0] ?? 0);
  const tickLabel = (v: number) => `${formatTick(v, step)}${unit}`;
  const valueLabelWidth = Math.max(...shownTicks.map((t) => estimateTextWidth(tickLabel(t), TICK_FONT))) + 14;

  const box = horizontal
    ? { left: M.left + categoryWidth, right: width - M.right, top: M.top, bottom: height - M.bottom - 24 }
    : { left: M.left + valueLabelWidth, right: width - M.right, top: M.top, bottom: height - M.bottom - 34 };
  const value = horizontal ? linearScale(domain, [box.left, box.right]) : linearScale(domain, [box.bottom, box.top]);
  const band = horizontal ? bands(rows.length, box.top, box.bottom) : bands(rows.length, box.left, box.right);
  const perCategory = stacked ? 1 : series.length;
  const thickness = barSize ?? Math.max(1, (band.size * 0.8 - (perCategory - 1) * 2) / perCategory);
  const groupSize = perCategory * thickness + (perCategory - 1) * (barSize ? 4 : 2);
  const slot = (c: number, s: number) => band.center(c) - groupSize / 2 + (stacked ? 0 : s * (thickness + (barSize ? 4 : 2)));

  const onMove = (e: MouseEvent) => {
    const r = svg.current?.getBoundingClientRect();
    if (!r) return;
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    setHover({ index: band.index(horizontal ? y : x), x, y });
  };
  const hovered = hover ? rows[hover.index] : undefined;

  return (
    <div className="chart-svg" ref={ref}>
      {legend === 'top' && <ChartLegend items={series.map((s) => ({ label: s.name, color: s.color, kind: 'box', ...(s.opacity !== undefined ? { opacity: s.opacity } : {}) }))} />}
      <div className="chart-svg__plot" style={{ height }}>
        {width > 0 && rows.length > 0 && (
          <svg ref={svg} className="chart-svg__canvas" width={width} height={height} fontSize={TICK_FONT} aria-hidden="true">
            <GridLines box={box} {...(horizontal ? { xs: shownTicks.map(value) } : { ys: shownTicks.map(value) })} />
            {hover && (
              <rect
                className="chart-svg__cursor"
                {...(horizontal
                  ? { x: box.left, width: box.right - box.left, y: band.start(hover.index), height: band.size }
                  : { y: box.top, height: box.bottom - box.top, x: band.start(hover.index), width: band.size })}
              />
            )}
            {segs.map(([c, s, a, b]) => {
              const from = value(Math.min(a, b));
              const to = value(Math.max(a, b));
              const meta = series[s];
              return horizontal ? (
                <rect key={`${c}:${s}`} x={from} width={Math.max(0, to - from)} y={slot(c, s)} height={thickness} fill={meta?.color} fillOpacity={meta?.opacity} />
              ) : (
                <rect key={`${c}:${s}`} y={to} height={Math.max(0, from - to)} x={slot(c, s)} width={thickness} fill={meta?.color} fillOpacity={meta?.opacity} />
              );
            })}
            {zeroLine &&
              (horizontal ? (
                <line x1={value(0)} x2={value(0)} y1={box.top} y2={box.bottom} stroke="#5b6675" />
              ) : (
                <line y1={value(0)} y2={value(0)} x1={box.left} x2={box.right} stroke="#5b6675" />
              ))}
            {horizontal ? (
              <>
                <NumberAxisX scale={value} ticks={shownTicks} y={box.bottom} format={tickLabel} />
                <CategoryAxisY labels={rows.map((r) => r.label)} center={band.center} x={box.left} width={categoryWidth} top={box.top} bottom={box.bottom} />
              </>
            ) : (
              <>
                <NumberAxisY scale={value} ticks={shownTicks} x={box.left} format={tickLabel} />
                <CategoryAxisX labels={rows.map((r) => r.label)} center={band.center} y={box.bottom} bandWidth={band.size} left={box.left} right={box.right} />
              </>
            )}
            <rect x={box.left} y={box.top} width={Math.max(0, box.right - box.left)} height={Math.max(0, box.bottom - box.top)} fill="transparent" onMouseMove={onMove} onMouseLeave={() => setHover(null)} />
          </svg>
        )}
        {hover && hovered && (
          <ChartTooltip
            x={hover.x}
            y={hover.y}
            width={width}
            title={hovered.label}
            rows={series.flatMap((s, i) => {
              const v = hovered.values[i];
              if (v === null || v === undefined) return [];
              return [{ label: s.name, color: s.color, value: typeof v === 'number' ? format(v) : `${format(v[0])}–${format(v[1])}` }];
            })}
          />
        )}
      </div>
      {legend === 'bottom' && <ChartLegend items={series.map((s) => ({ label: s.name, color: s.color, kind: 'box', ...(s.opacity !== undefined ? { opacity: s.opacity } : {}) }))} />}
    </div>
  );
}
