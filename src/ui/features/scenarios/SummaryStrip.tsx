import { formatDateAfterMonths, formatMoney, formatPercent } from '../../../domain/format';
import type { ScenarioEvaluation } from '../../../engine/evaluation/evaluate';

/**
 * The scenario's answers in one line — last patient in (P50, P10–P90), P(deadline), expected cost —
 * kept in view (sticky) while the inputs below are edited, so each change shows its effect.
 */
export function SummaryStrip({
  evaluation,
  submission,
  currency,
  refined,
}: {
  evaluation: ScenarioEvaluation | undefined;
  submission: string;
  currency: string;
  refined: boolean;
}) {
  if (!evaluation) {
    return (
      <div className="summary-strip" data-testid="summary-strip" aria-live="polite">
        <span className="muted">Forecasting…</span>
      </div>
    );
  }
  const t = evaluation.forecast.timeToTarget;
  const date = (m: number) => formatDateAfterMonths(submission, m);
  const cost = evaluation.cost;
  return (
    <div className="summary-strip" data-testid="summary-strip" aria-label="Scenario results summary">
      <div>
        <span className="summary-strip__label">Last patient in (P50)</span>
        <strong data-testid="strip-lpi">{date(t.p50)}</strong>
        <span className="summary-strip__sub">
          P10–P90 {date(t.p10)} – {date(t.p90)}
        </span>
      </div>
      <div>
        <span className="summary-strip__label">P(target by deadline)</span>
        <strong>{formatPercent(evaluation.forecast.pReachByDeadline)}</strong>
        <span className="summary-strip__sub">deadline {date(evaluation.deadlineMonths)}</span>
      </div>
      <div>
        <span className="summary-strip__label">Expected cost</span>
        <strong>{cost ? formatMoney(cost.expectedTotal, currency) : 'not computed'}</strong>
        {cost && (
          <span className="summary-strip__sub">
            P10–P90 {formatMoney(cost.p10, currency)} – {formatMoney(cost.p90, currency)}
          </span>
        )}
      </div>
      {!refined && <span className="summary-strip__sub muted">quick pass, refining…</span>}
    </div>
  );
}
