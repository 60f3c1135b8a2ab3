import { describeSitePrior } from '../../../engine/priors/index';
import type { SiteRow } from './prior-inputs';
import { formatPercent } from '../../../domain/format';
import { SimpleTable } from '../../components/simple-table/SimpleTable';

const two = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(2));
const widthOf = (x: number) => `${Math.round(Math.max(0, Math.min(1, x)) * 100)}%`;

/** The site's rate prior in words and numbers, with each source of evidence and its weight. */
export function PriorExplanation({ row }: { row: SiteRow }) {
  const { prior } = row;
  if (!prior) return <p className="field__error">{row.priorProblem}</p>;
  return (
    <div className="prior" data-testid="prior-explanation">
      <p className="prior__headline">
        Expected <strong data-testid="prior-mean">{two(prior.mean)}</strong> patients/month; 90% range{' '}
        <strong>
          {two(prior.interval90.low)}–{two(prior.interval90.high)}
        </strong>
      </p>
      <p className="muted small" data-testid="prior-sentence">
        {describeSitePrior(prior)} Country default = {row.countryDefault.basis}.
      </p>
      <SimpleTable
        className="prior__terms"
        caption="Evidence behind the prior"
        captionHidden
        rows={prior.explanation}
        rowKey={(t) => t.key}
        columns={[
          {
            key: 'label',
            header: 'Evidence',
            rowHeader: true,
            cell: (t) => <span title={t.detail}>{t.label}</span>,
          },
          {
            key: 'value',
            header: 'Value',
            numeric: true,
            cell: (t) =>
              t.key === 'zero-risk'
                ? formatPercent(t.value)
                : t.key === 'competition'
                  ? `× ${t.value.toFixed(2)}`
                  : `${two(t.value)}/mo`,
          },
          {
            key: 'weight',
            header: 'Weight',
            cell: (t) =>
              t.weight === null ? (
                <span className="muted small">{t.key === 'competition' ? 'assumption' : 'calibration'}</span>
              ) : (
                <span className="weight-bar" role="img" aria-label={`weight ${formatPercent(t.weight)}`}>
                  <span style={{ width: widthOf(t.weight) }} />
                  <em>{formatPercent(t.weight)}</em>
                </span>
              ),
          },
        ]}
      />
      <p className="muted small">
        Gamma(shape {prior.shape.toFixed(2)}, rate {prior.rate.toFixed(2)} months);{' '}
        {prior.noHistory
          ? 'no PI enrolment history, so the prior stays wide.'
          : 'PI history narrows the prior.'}
      </p>
    </div>
  );
}
