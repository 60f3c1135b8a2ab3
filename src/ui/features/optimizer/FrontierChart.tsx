import { useState } from 'react';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { FrontierPoint, ParetoFrontier } from '../../../engine/optimizer/index';
import { mixSummary, months, prob, usd } from './format';

export type FrontierAxis = 'p50' | 'success';

interface Datum {
  x: number;
  y: number;
  index: number;
  point: FrontierPoint;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: Datum;
}

/**
 * Pareto frontier of candidate mixes: expected cost against median months to the target, or
 * against P(target by the deadline). Clicking a point selects it; the panel offers to adopt it.
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
  const source = axis === 'p50' ? frontier.costVsP50 : frontier.costVsSuccess;
  // Mixes that would take decades are on the frontier but crush the scale: show the useful range.
  const visible = source.filter((p) => (axis === 'p50' ? p.p50Months <= 2 * windowMonths : p.pSuccess >= 0.01));
  const data: Datum[] = visible.map((point, index) => ({ x: point.expectedCost / 1e6, y: axis === 'p50' ? point.p50Months : point.pSuccess * 100, index, point }));
  const hidden = source.length - visible.length;

  const Dot = ({ cx, cy, payload }: DotProps) => {
    if (cx === undefined || cy === undefined || !payload) return <g />;
    const isSelected = selected !== null && payload.point === selected;
    const label = `${usd(payload.point.expectedCost)}, P50 ${months(payload.point.p50Months)}, P(success) ${prob(payload.point.pSuccess)}: ${mixSummary(payload.point.sites)}`;
    return (
      <circle
        cx={cx}
        cy={cy}
        r={isSelected ? 8 : 5.5}
        className={isSelected ? 'frontier-dot frontier-dot--selected' : 'frontier-dot'}
        data-testid="frontier-point"
        role="button"
        tabIndex={0}
        aria-label={label}
        aria-pressed={isSelected}
        onClick={() => onSelect(payload.point)}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onSelect(payload.point)}
      />
    );
  };

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
      <ResponsiveContainer width="100%" height={320}>
        <ScatterChart margin={{ top: 12, right: 24, bottom: 28, left: 12 }}>
          <CartesianGrid stroke="#e6e9ee" />
          <XAxis type="number" dataKey="x" name="Expected cost" unit="M" domain={['auto', 'auto']} tickFormatter={(v: number) => v.toFixed(1)} label={{ value: 'Expected cost (USD millions)', position: 'insideBottom', offset: -16 }} />
          <YAxis
            type="number"
            dataKey="y"
            domain={axis === 'p50' ? ['auto', 'auto'] : [0, 100]}
            tickFormatter={(v: number) => (axis === 'p50' ? v.toFixed(0) : `${v.toFixed(0)}%`)}
            label={{ value: axis === 'p50' ? 'P50 months' : 'P(success)', angle: -90, position: 'insideLeft', offset: 4 }}
          />
          {axis === 'p50' ? (
            <ReferenceLine y={windowMonths} stroke="#b3261e" strokeDasharray="4 3" label={{ value: 'Deadline', position: 'insideTopRight', fill: '#b3261e' }} />
          ) : (
            <ReferenceLine y={successProbability * 100} stroke="#b3261e" strokeDasharray="4 3" label={{ value: `p = ${successProbability}`, position: 'insideBottomRight', fill: '#b3261e' }} />
          )}
          <Tooltip
            cursor={{ strokeDasharray: '3 3' }}
            content={({ payload }) => {
              const d = payload?.[0]?.payload as Datum | undefined;
              if (!d) return null;
              return (
                <div className="frontier-tip">
                  <div>{usd(d.point.expectedCost)}</div>
                  <div>P50 {months(d.point.p50Months)} · P(success) {prob(d.point.pSuccess)}</div>
                  <div className="muted">{mixSummary(d.point.sites)}</div>
                </div>
              );
            }}
          />
          <Scatter data={data} fill="#1f5fbf" line={{ stroke: '#9bb6e0' }} shape={(props: unknown) => <Dot {...(props as DotProps)} />} isAnimationActive={false} />
        </ScatterChart>
      </ResponsiveContainer>
      <p className="muted small">
        {visible.length} non-dominated mixes{hidden > 0 ? ` (${hidden} slower or near-certain-to-fail mixes not drawn)` : ''}. Every point meets the regional shares. Click a
        point to select it.
      </p>
    </figure>
  );
}
