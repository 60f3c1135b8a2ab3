import { getCountry } from '../../../domain/reference/index';
import type { WorkspaceMixResult } from '../../../engine/optimizer/from-workspace/index';
import {
  formatInteger,
  formatMoney,
  formatMonths,
  formatNumber,
  formatProbability,
  formatShare,
} from '../../../domain/format';

/** A filing market's label, or "<country> (Min share %)" for a scenario floor (`floor-<ISO2>`). */
function regionLabel(id: string): string {
  const floor = /^floor-([A-Z]{2})$/.exec(id);
  return floor ? `${getCountry(floor[1]!)?.name ?? floor[1]} (this scenario’s Min share %)` : id;
}

/** The chosen mix with its cost and both P(success) figures, or why no mix is feasible. */
export function OptimizerResult({
  run,
  onAdopt,
  pins = {},
}: {
  run: WorkspaceMixResult;
  onAdopt: () => void;
  pins?: Record<string, number>;
}) {
  const r = run.result;
  if (!r.feasible || !r.sites) {
    return (
      <div className="optimizer-result optimizer-result--infeasible" data-testid="optimizer-result">
        <h3>No feasible mix</h3>
        <ul role="alert" className="binding-list">
          {r.binding.map((b, i) => (
            <li key={i}>{b.message}</li>
          ))}
        </ul>
        <p className="muted small">
          Raise the maximum sites, add countries, lower p or the regional confidence, or relax a filing
          market’s share.
        </p>
      </div>
    );
  }
  const rows = Object.entries(r.sites).filter(([, n]) => n > 0);
  const seLine =
    r.monteCarloStandardError !== null
      ? ` ± ${formatNumber(r.monteCarloStandardError * 100, 1)} pts (standard error)`
      : '';
  return (
    <div className="optimizer-result" data-testid="optimizer-result">
      <h3>{r.objective === 'min-cost' ? 'Cheapest mix' : 'Best mix within the budget'}</h3>
      <div className="optimizer-result__grid">
        <table className="data compact mix-table" aria-label="Chosen mix">
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Sites</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([iso2, n]) => (
              <tr key={iso2}>
                <td>{getCountry(iso2)?.name ?? iso2}</td>
                <td>
                  {n}
                  {pins[iso2] !== undefined && (
                    <span className="muted small"> (pinned: at least {pins[iso2]})</span>
                  )}
                </td>
              </tr>
            ))}
            <tr className="mix-table__total">
              <td>Total</td>
              <td>{rows.reduce((a, [, n]) => a + n, 0)}</td>
            </tr>
          </tbody>
        </table>
        <dl className="optimizer-stats">
          <dt>Expected cost</dt>
          <dd data-testid="optimizer-cost">{formatMoney(r.expectedCost, 'USD')}</dd>
          <dt>P(success), analytic</dt>
          <dd>{formatProbability(r.pSuccess)}</dd>
          <dt>P(success), Monte Carlo</dt>
          <dd>
            {formatProbability(r.pSuccessMonteCarlo)}
            {seLine}{' '}
            <span className="muted small">
              ({formatInteger(r.monteCarloRuns)} runs
              {r.monteCarloConfirms === false ? '; does not confirm the analytic figure' : ''})
            </span>
          </dd>
          <dt>P50 last patient in</dt>
          <dd>
            {formatMonths(r.p50MonthsToTarget)}{' '}
            <span className="muted small">(deadline {formatMonths(run.spec.windowMonths)})</span>
          </dd>
          {r.regions.map((g) => (
            <div key={g.id} className="optimizer-stats__region" data-testid={`optimizer-region-${g.id}`}>
              <dt>{regionLabel(g.id)}</dt>
              <dd>
                expected {formatShare(g.expectedShare)} (required {formatShare(g.requiredShare)}), P(met){' '}
                {formatProbability(g.probability)} analytic, {formatProbability(g.monteCarloProbability)} MC
              </dd>
            </div>
          ))}
          <dt>Search</dt>
          <dd className="small">
            {r.optimality === 'proven'
              ? 'proven optimal'
              : `best found (node budget reached${r.lowerBound !== null ? `; optimum ≥ ${formatMoney(r.lowerBound, 'USD')}` : ''})`}
            , {formatInteger(r.nodes)} nodes
          </dd>
        </dl>
      </div>
      <button type="button" className="primary" onClick={onAdopt}>
        Adopt as scenario
      </button>
    </div>
  );
}
