import { useState } from 'react';
import type { FrontierPoint, ParetoFrontier } from '../../../engine/optimizer/index';
import { GridLines, NumberAxisX, NumberAxisY, TICK_FONT } from '../../components/charts/svg/axes';
import { ChartTooltip } from '../../components/charts/svg/ChartTooltip';
import { linearScale, niceTicks } from '../../components/charts/svg/scale';
import { useElementWidth } from '../../components/charts/svg/use-element-width';
import { mixSummary, months, prob, usd } from './format';

export type FrontierAxis = 'p50' | 'success';

const HEIGHT = 320;
const REFERENCE = '#b3261e';

/**
 * Pareto frontier of candidate mixes: expected cost against median months to the target, or
 * against P(target by the deadline). Clicking a point (or Enter on it) selects it; the panel
 * offers to adopt it.
 */
export function FrontierChart({
  frontier,
  windowMonths,
  successProbability,
  selected,
  onSelect,
}: {
  frontier: ParetoFrontier;
  windowMonths: number;
  successProbability: number;
  selected: FrontierPoint | null;
  onSelect: (point: FrontierPoint) => void;
}) {
  const [axis, setAxis] = useState<FrontierAxis>('p50');
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const source = axis === 'p50' ? frontier.costVsP50 : frontier.costVsSuccess;
  // Mixes that would take decades are on the frontier but crush the scale: show the useful range.
  const visible = source.filter((p) =>
    axis === 'p50' ? p.p50Months <= 2 * windowMonths : p.pSuccess >= 0.01,
  );
  const data = visible.map((point) => ({
    x: point.expectedCost / 1e6,
    y: axis === 'p50' ? point.p50Months : point.pSuccess * 100,
    point,
  }));
  const hidden = source.length - visible.length;
  const reference = axis === 'p50' ? windowMonths : successProbability * 100;

  const xTicks = niceTicks(Math.min(...data.map((d) => d.x)), Math.max(...data.map((d) => d.x)), 6);
  const yTicks =
    axis === 'p50'
      ? niceTicks(
          Math.min(reference, ...data.map((d) => d.y)),
          Math.max(reference, ...data.map((d) => d.y)),
          5,
        )
      : niceTicks(0, 100, 5);
  const box = { left: 64, right: width - 24, top: 12, bottom: HEIGHT - 44 };
  const x = linearScale([xTicks[0] ?? 0, xTicks.at(-1) ?? 1], [box.left, box.right]);
  const y = linearScale([yTicks[0] ?? 0, yTicks.at(-1) ?? 1], [box.bottom, box.top]);
  const hovered = hover === null ? undefined : data[hover];

  return (
    <figure className="frontier" aria-label="Pareto frontier of country mixes">
      <figcaption className="frontier__head">
        <strong>Pareto frontier</strong>
        <span className="button-group" role="group" aria-label="Frontier axis">
          <button type="button" aria-pressed={axis === 'p50'} onClick={() => setAxis('p50')}>
            Cost vs P50 last patient in
          </button>
          <button type="button" aria-pressed={axis === 'success'} onClick={() => setAxis('success')}>
            Cost vs P(success)
          </button>
        </span>
      </figcaption>
      <div className="chart-svg__plot" ref={ref} style={{ height: HEIGHT }}>
        {width > 0 && (
          <svg width={width} height={HEIGHT} fontSize={TICK_FONT}>
            <GridLines box={box} xs={xTicks.map(x)} ys={yTicks.map(y)} />
            <line
              x1={box.left}
              x2={box.right}
              y1={y(reference)}
              y2={y(reference)}
              stroke={REFERENCE}
              strokeDasharray="4 3"
            />
            <text
              x={box.right - 4}
              y={axis === 'p50' ? y(reference) - 5 : y(reference) + 14}
              textAnchor="end"
              fill={REFERENCE}
            >
              {axis === 'p50' ? 'Deadline' : `p = ${successProbability}`}
            </text>
            <NumberAxisX scale={x} ticks={xTicks} y={box.bottom} format={(v) => `${v.toFixed(1)}M`} />
            <NumberAxisY
              scale={y}
              ticks={yTicks}
              x={box.left}
              format={(v) => (axis === 'p50' ? v.toFixed(0) : `${v.toFixed(0)}%`)}
            />
            <text
              x={(box.left + box.right) / 2}
              y={HEIGHT - 6}
              textAnchor="middle"
              className="chart-svg__axis-title"
            >
              Expected cost (USD millions)
            </text>
            <text
              transform={`translate(14 ${(box.top + box.bottom) / 2}) rotate(-90)`}
              textAnchor="middle"
              className="chart-svg__axis-title"
            >
              {axis === 'p50' ? 'P50 months' : 'P(success)'}
            </text>
            <polyline
              points={data.map((d) => `${x(d.x)},${y(d.y)}`).join(' ')}
              fill="none"
              stroke="#9bb6e0"
            />
            {data.map((d, i) => {
              const isSelected = selected !== null && d.point === selected;
              return (
                <circle
                  key={i}
                  cx={x(d.x)}
                  cy={y(d.y)}
                  r={isSelected ? 8 : 5.5}
                  className={isSelected ? 'frontier-dot frontier-dot--selected' : 'frontier-dot'}
                  data-testid="frontier-point"
                  role="button"
                  tabIndex={0}
                  aria-label={`${usd(d.point.expectedCost)}, P50 ${months(d.point.p50Months)}, P(success) ${prob(d.point.pSuccess)}: ${mixSummary(d.point.sites)}`}
                  aria-pressed={isSelected}
                  onClick={() => onSelect(d.point)}
                  onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onSelect(d.point)}
                  onMouseEnter={() => setHover(i)}
                  onMouseLeave={() => setHover(null)}
                />
              );
            })}
          </svg>
        )}
        {hovered && (
          <ChartTooltip
            x={x(hovered.x)}
            y={y(hovered.y)}
            width={width}
            title={usd(hovered.point.expectedCost)}
            rows={[
              { label: 'P50', value: months(hovered.point.p50Months) },
              { label: 'P(success)', value: prob(hovered.point.pSuccess) },
              { label: 'Mix', value: mixSummary(hovered.point.sites) },
            ]}
          />
        )}
      </div>
      <p className="muted small">
        {visible.length} non-dominated mixes
        {hidden > 0 ? ` (${hidden} slower or near-certain-to-fail mixes not drawn)` : ''}. Every point meets
        the regional shares. Click a point to select it.
      </p>
    </figure>
  );
}
