import { wrapLabel } from './labels';
import type { LinearScale } from './scale';

/** Shared look: axis ink, grid lines and tick label size (px) of every SVG chart. */
export const AXIS_COLOR = '#8a94a3';
export const GRID_COLOR = '#e6e9ee';
export const TICK_FONT = 12;
const LINE_HEIGHT = 14;

/** Numeric axis along the bottom at `y`: a baseline, tick marks and labels. */
export function NumberAxisX({ scale, ticks, y, format }: { scale: LinearScale; ticks: number[]; y: number; format: (v: number) => string }) {
  return (
    <g className="chart-axis">
      <line x1={scale.range[0]} x2={scale.range[1]} y1={y} y2={y} stroke={AXIS_COLOR} />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={scale(t)} x2={scale(t)} y1={y} y2={y + 5} stroke={AXIS_COLOR} />
          <text x={scale(t)} y={y + 18} textAnchor="middle">
            {format(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Numeric axis up the left at `x` (the scale's range runs bottom to top). */
export function NumberAxisY({ scale, ticks, x, format }: { scale: LinearScale; ticks: number[]; x: number; format: (v: number) => string }) {
  return (
    <g className="chart-axis">
      <line x1={x} x2={x} y1={scale.range[0]} y2={scale.range[1]} stroke={AXIS_COLOR} />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x - 5} x2={x} y1={scale(t)} y2={scale(t)} stroke={AXIS_COLOR} />
          <text x={x - 8} y={scale(t) + 4} textAnchor="end">
            {format(t)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Grid lines: vertical at each x in `xs`, horizontal at each y in `ys`, across the plot box. */
export function GridLines({ xs = [], ys = [], box }: { xs?: number[]; ys?: number[]; box: { left: number; right: number; top: number; bottom: number } }) {
  return (
    <g className="chart-grid-lines" stroke={GRID_COLOR}>
      {xs.map((x) => (
        <line key={`x${x}`} x1={x} x2={x} y1={box.top} y2={box.bottom} />
      ))}
      {ys.map((y) => (
        <line key={`y${y}`} x1={box.left} x2={box.right} y1={y} y2={y} />
      ))}
    </g>
  );
}

/** Multi-line SVG text centred vertically on `y`. */
function Lines({ lines, x, y, anchor }: { lines: string[]; x: number; y: number; anchor: 'end' | 'middle' }) {
  const first = y - ((lines.length - 1) * LINE_HEIGHT) / 2 + TICK_FONT * 0.35;
  return (
    <text x={x} y={first} textAnchor={anchor}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Category labels down the left of the plot (right-aligned at `x`), wrapped to `width` px. */
export function CategoryAxisY({ labels, center, x, width, top, bottom }: { labels: string[]; center: (i: number) => number; x: number; width: number; top: number; bottom: number }) {
  return (
    <g className="chart-axis">
      <line x1={x} x2={x} y1={top} y2={bottom} stroke={AXIS_COLOR} />
      {labels.map((label, i) => (
        <Lines key={i} lines={wrapLabel(label, width - 12, TICK_FONT)} x={x - 8} y={center(i)} anchor="end" />
      ))}
    </g>
  );
}

/** Category labels under the plot (centred in each band of `bandWidth` px), wrapped to two lines. */
export function CategoryAxisX({ labels, center, y, bandWidth, left, right }: { labels: string[]; center: (i: number) => number; y: number; bandWidth: number; left: number; right: number }) {
  return (
    <g className="chart-axis">
      <line x1={left} x2={right} y1={y} y2={y} stroke={AXIS_COLOR} />
      {labels.map((label, i) => {
        const lines = wrapLabel(label, bandWidth - 6, TICK_FONT);
        return <Lines key={i} lines={lines} x={center(i)} y={y + 12 + ((lines.length - 1) * LINE_HEIGHT) / 2} anchor="middle" />;
      })}
    </g>
  );
}
