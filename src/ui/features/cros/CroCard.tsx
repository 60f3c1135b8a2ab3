import type { Cro } from '../../../domain/workspace/index';
import type { ScorecardResult } from '../../../engine/cro/index';
import { formatMoneyFull, formatShare } from '../../../domain/format';
import { SimpleTable } from '../../components/simple-table/SimpleTable';

/** One CRO option: coverage, model, fees, speed and the due-diligence score with its breakdown. */
export function CroCard({
  cro,
  score,
  onEdit,
  onDelete,
}: {
  cro: Cro;
  score: ScorecardResult;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const coverage = [...cro.coverage.regions, ...cro.coverage.countries];
  return (
    <article className="panel cro-card" aria-label={cro.name}>
      <header className="cro-card__head">
        <div>
          <h2>{cro.name}</h2>
          <span className="badge">{cro.model === 'fsp' ? 'Functional (FSP)' : 'Full-service'}</span>{' '}
          <span className="muted small">{cro.id}</span>
        </div>
        <div className="cro-score" aria-label={`Due-diligence score ${Math.round(score.score)} of 100`}>
          <strong>{Math.round(score.score)}</strong>
          <span className="muted small">/ 100</span>
        </div>
      </header>
      <dl className="cro-facts">
        <dt>Coverage</dt>
        <dd>{coverage.length > 0 ? coverage.join(', ') : <span className="field__error">none</span>}</dd>
        <dt>Management fee</dt>
        <dd>{formatShare(cro.fees.managementFeePct)}</dd>
        <dt>Monitoring</dt>
        <dd>{formatMoneyFull(cro.fees.monitoringPerSiteMonthUsd, 'USD')} per site-month</dd>
        <dt>Pass-through</dt>
        <dd>
          mark-up {formatShare(cro.fees.passThroughMarkupPct)}; FX {cro.fees.fxPolicy}
        </dd>
        <dt>Start-up speed</dt>
        <dd>
          × {cro.startupSpeedFactor.toFixed(2)}{' '}
          <span className="muted small">
            (
            {cro.startupSpeedFactor < 1
              ? `${Math.round((1 - cro.startupSpeedFactor) * 100)}% faster`
              : cro.startupSpeedFactor > 1
                ? `${Math.round((cro.startupSpeedFactor - 1) * 100)}% slower`
                : 'as sponsor-run'}
            )
          </span>
        </dd>
      </dl>
      <SimpleTable
        className="scorecard"
        label={`Scorecard of ${cro.name}`}
        rows={score.lines}
        rowKey={(l) => l.criterion}
        columns={[
          { key: 'criterion', header: 'Criterion', cell: (l) => l.label, rowHeader: true },
          { key: 'rating', header: 'Rating', cell: (l) => `${l.rating}/5`, numeric: true },
          {
            key: 'points',
            header: 'Points',
            cell: (l) => (
              <span
                className="score-bar"
                role="img"
                aria-label={`${l.points.toFixed(1)} of ${l.maxPoints.toFixed(1)} points`}
              >
                <span className="score-bar__max" style={{ width: `${Math.max(2, l.maxPoints * 3)}px` }}>
                  <span
                    className="score-bar__got"
                    style={{ width: l.maxPoints > 0 ? `${(l.points / l.maxPoints) * 100}%` : 0 }}
                  />
                </span>
                <em>
                  {l.points.toFixed(1)}/{l.maxPoints.toFixed(0)}
                </em>
              </span>
            ),
          },
        ]}
      />
      {cro.notes && <p className="muted small">{cro.notes}</p>}
      {cro.scorecardStatus === 'unscored' && (
        <p className="small notice notice--warning" data-testid="cro-unscored">
          Scorecard not entered: the 3s are defaults from an older file, not a rating.
        </p>
      )}
      {cro.provenance?.fictional && (
        <p className="small muted" data-testid="cro-fictional">
          Fictional example: {cro.provenance.source}
        </p>
      )}
      <div className="toolbar">
        <button type="button" onClick={onEdit} aria-label={`Edit ${cro.name}`}>
          Edit
        </button>
        <button type="button" className="danger" onClick={onDelete} aria-label={`Delete ${cro.name}`}>
          Delete
        </button>
      </div>
    </article>
  );
}
