import { memo } from 'react';
import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney, formatMonths, formatProbability } from '../../../domain/format';
import type { FrontierPoint } from '../../../engine/optimizer/solver/index';
import {
  AXIS_TICK,
  EVERY_TICK,
  bottomAxisTitle,
  leftAxisTitle,
} from '../../components/charts/recharts/axis-style';
import { useElementWidth } from '../../components/charts/use-element-width';
import { mixSummary } from './mix-summary';

export interface FrontierDatum {
  x: number;
  y: number;
  point: FrontierPoint;
}

const REFERENCE = '#b3261e';
const HEIGHT = 320;

/**
 * The Pareto frontier on recharts: one focusable dot per non-dominated mix (a frontier has tens of
 * points, never thousands). Dots are buttons: click, Enter or Space selects.
 */
function FrontierScatterR({
  data,
  axis,
  reference,
  referenceLabel,
  selected,
  onSelect,
}: {
  data: FrontierDatum[];
  axis: 'p50' | 'success';
  reference: number;
  referenceLabel: string;
  selected: FrontierPoint | null;
  onSelect: (point: FrontierPoint) => void;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  return (
    <div className="chart-svg" ref={ref} style={{ height: HEIGHT }}>
      {width > 0 && (
        <ScatterChart width={width} height={HEIGHT} margin={{ top: 12, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="#e6eaf0" />
          <XAxis
            type="number"
            dataKey="x"
            domain={['auto', 'auto']}
            tick={AXIS_TICK}
            interval={EVERY_TICK}
            tickFormatter={(v: number) => `${v.toFixed(1)}M`}
            label={bottomAxisTitle('Expected cost (USD millions)', -4)}
            height={44}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={axis === 'p50' ? ['auto', 'auto'] : [0, 100]}
            tick={AXIS_TICK}
            interval={EVERY_TICK}
            tickFormatter={(v: number) => (axis === 'p50' ? v.toFixed(0) : `${v.toFixed(0)}%`)}
            label={leftAxisTitle(axis === 'p50' ? 'P50 months' : 'P(success)')}
            width={56}
          />
          <ReferenceLine
            y={reference}
            stroke={REFERENCE}
            strokeDasharray="4 3"
            label={{ value: referenceLabel, position: 'insideTopRight', fill: REFERENCE, fontSize: 12 }}
            ifOverflow="extendDomain"
          />
          <Tooltip
            isAnimationActive={false}
            wrapperStyle={{ zIndex: 30 }}
            content={({ active, payload }) => {
              const d = active ? (payload?.[0]?.payload as FrontierDatum | undefined) : undefined;
              if (!d) return null;
              return (
                <div className="chart-tooltip" style={{ position: 'static' }}>
                  <strong>{formatMoney(d.point.expectedCost, 'USD')}</strong>
                  <div>P50 {formatMonths(d.point.p50Months)}</div>
                  <div>P(success) {formatProbability(d.point.pSuccess)}</div>
                  <div>{mixSummary(d.point.sites)}</div>
                </div>
              );
            }}
          />
          <Scatter
            data={data}
            isAnimationActive={false}
            line={{ stroke: '#9bb6e0' }}
            shape={(props: unknown) => {
              const { cx, cy, payload } = props as { cx: number; cy: number; payload: FrontierDatum };
              const isSelected = selected !== null && payload.point === selected;
              return (
                <circle
                  cx={cx}
                  cy={cy}
                  r={isSelected ? 8 : 5.5}
                  className={isSelected ? 'frontier-dot frontier-dot--selected' : 'frontier-dot'}
                  data-testid="frontier-point"
                  role="button"
                  tabIndex={0}
                  aria-label={`${formatMoney(payload.point.expectedCost, 'USD')}, P50 ${formatMonths(payload.point.p50Months)}, P(success) ${formatProbability(payload.point.pSuccess)}: ${mixSummary(payload.point.sites)}`}
                  aria-pressed={isSelected}
                  onClick={() => onSelect(payload.point)}
                  onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onSelect(payload.point)}
                />
              );
            }}
          />
        </ScatterChart>
      )}
    </div>
  );
}

export default memo(FrontierScatterR);
