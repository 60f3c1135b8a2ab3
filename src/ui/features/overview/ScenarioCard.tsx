import {
  formatDateAfterMonths,
  formatInteger,
  formatMoney,
  formatPercent,
  formatShare,
} from '../../../domain/format';
import type { ComparedScenario } from '../../../engine/evaluation/compare';
import type { ScenarioScore } from '../../../engine/scores/index';
import { headlineMilestone } from '../../../engine/decision/headline';
import { mainRisk } from '../../../engine/decision/main-risk';

const STATUS = { met: 'met', 'at-risk': 'at risk', 'not-met': 'not met' } as const;

/** One scenario's answers: when, how likely by the deadline, how much, where, which requirements, the main risk. */
export function ScenarioCard({
  compared,
  score,
  submission,
  currency,
}: {
  compared: ComparedScenario;
  score: ScenarioScore | undefined;
  submission: string;
  currency: string;
}) {
  const e = compared.evaluation;
  const h = headlineMilestone(compared);
  const date = (m: number) => formatDateAfterMonths(submission, m);
  const countries = e.countries.length;
  const risk = mainRisk(compared, submission);
  return (
    <article
      className="overview-card"
      data-testid={`overview-card-${e.scenarioId}`}
      aria-label={e.scenarioName}
    >
      <header className="overview-card__head">
        <h2>{e.scenarioName}</h2>
        {score && (
          <span className={`overview-rank${score.rank === 1 ? ' overview-rank--first' : ''}`}>
            Rank {score.rank}
          </span>
        )}
      </header>
      <dl className="overview-card__facts">
        <div>
          <dt>{h.long} (P50)</dt>
          <dd className="overview-big" data-testid="card-milestone-p50">
            {date(h.p50)}
          </dd>
          <dd className="small muted" data-testid="card-milestone-range">
            P10–P90 {date(h.p10)} – {date(h.p90)}
          </dd>
          {h.id === 'topline' && (
            <dd className="small muted" data-testid="card-lpi-p50">
              last patient in {date(e.forecast.timeToTarget.p50)} (P50)
            </dd>
          )}
        </div>
        <div>
          <dt>P(target by deadline)</dt>
          <dd className="overview-big">{formatPercent(e.forecast.pReachByDeadline)}</dd>
          <dd className="small muted">deadline {date(e.deadlineMonths)}</dd>
        </div>
        <div>
          <dt>Cost (P50)</dt>
          <dd className="overview-big">{e.cost ? formatMoney(e.cost.p50, currency) : 'not computed'}</dd>
          {e.cost && (
            <dd className="small muted">
              P10–P90 {formatMoney(e.cost.p10, currency)} – {formatMoney(e.cost.p90, currency)}
            </dd>
          )}
        </div>
        <div>
          <dt>Sites and countries</dt>
          <dd className="overview-big">{formatInteger(e.siteCount)}</dd>
          <dd className="small muted">
            sites in {formatInteger(countries)} {countries === 1 ? 'country' : 'countries'}
          </dd>
        </div>
      </dl>
      {compared.markets.markets.length > 0 && (
        <ul className="overview-card__markets" aria-label="Regional requirements">
          {compared.markets.markets.map((m) => (
            <li key={m.id}>
              <span className={`requirement requirement--${m.status}`}>{STATUS[m.status]}</span> {m.label} ≥{' '}
              {formatShare(m.requiredShare)}{' '}
              <span className="small muted">
                (expected {formatShare(m.expectedShare)}, P {formatPercent(m.probability)})
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="overview-card__risk">
        <strong>Main risk:</strong> <a href={risk.href}>{risk.text}</a>
      </p>
    </article>
  );
}
