import { lazy, Suspense, useState } from 'react';
import type { FrontierPoint, ParetoFrontier } from '../../../engine/optimizer/solver/index';

export type FrontierAxis = 'p50' | 'success';

const FrontierScatterLazy = lazy(() => import('./FrontierScatterR'));

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

  const scatter = (
    <Suspense fallback={<div className="chart-loading" style={{ height: 320 }} aria-hidden="true" />}>
      <FrontierScatterLazy
        data={data}
        axis={axis}
        reference={reference}
        referenceLabel={axis === 'p50' ? 'Deadline' : `p = ${successProbability}`}
        selected={selected}
        onSelect={onSelect}
      />
    </Suspense>
  );

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
      {scatter}
      <p className="muted small">
        {visible.length} non-dominated mixes
        {hidden > 0 ? ` (${hidden} slower or near-certain-to-fail mixes not drawn)` : ''}. Every point meets
        the regional shares. Click a point to select it.
      </p>
    </figure>
  );
}
