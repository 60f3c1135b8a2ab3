import type { ComparedScenario } from '../../../engine/scenario/compare';
import type { ScenarioScore } from '../../../engine/scores/index';
import { monthDate, money, pct, signed } from './format';
import type { ScoreKey } from './WhyPanel';

interface Row {
  label: string;
  value: (c: ComparedScenario) => number;
  show: (v: number) => string;
  delta?: (d: number) => string;
}

/** Every scenario side by side, with its difference from the baseline. */
export function ComparisonTable({
  compared,
  scores,
  baselineId,
  submission,
  currency,
  onWhy,
}: {
  compared: ComparedScenario[];
  scores: ScenarioScore[];
  baselineId: string;
  submission: string;
  currency: string;
  onWhy: (scenarioId: string, which: ScoreKey) => void;
}) {
  const base = compared.find((c) => c.evaluation.scenarioId === baselineId) ?? compared[0];
  const scoreOf = (id: string) => scores.find((s) => s.id === id);
  const rows: Row[] = [
    { label: 'Last patient in, P50', value: (c) => c.evaluation.forecast.timeToTarget.p50, show: (v) => monthDate(submission, v), delta: (d) => signed(d, 'mo') },
    { label: 'Last patient in, P90', value: (c) => c.evaluation.forecast.timeToTarget.p90, show: (v) => monthDate(submission, v), delta: (d) => signed(d, 'mo') },
    { label: 'P(target by deadline)', value: (c) => c.evaluation.forecast.pReachByDeadline, show: pct, delta: (d) => signed(d * 100, 'pts', 0) },
    { label: 'First site activated, P50', value: (c) => c.evaluation.firstSiteActivated.p50, show: (v) => monthDate(submission, v), delta: (d) => signed(d, 'mo') },
    { label: 'First patient in, P50', value: (c) => c.evaluation.firstPatientIn?.p50 ?? Number.NaN, show: (v) => monthDate(submission, v), delta: (d) => signed(d, 'mo') },
    { label: 'Expected cost', value: (c) => c.evaluation.cost?.expectedTotal ?? Number.NaN, show: (v) => money(v, currency), delta: (d) => (Number.isFinite(d) ? `${d >= 0 ? '+' : '−'}${money(Math.abs(d), currency)}` : '—') },
    { label: 'Cost P10', value: (c) => c.evaluation.cost?.p10 ?? Number.NaN, show: (v) => money(v, currency) },
    { label: 'Cost P90', value: (c) => c.evaluation.cost?.p90 ?? Number.NaN, show: (v) => money(v, currency) },
    { label: 'Cost per randomised patient', value: (c) => c.evaluation.cost?.expectedPerRandomisedPatient ?? Number.NaN, show: (v) => money(v, currency) },
    { label: 'Sites', value: (c) => c.evaluation.siteCount, show: (v) => String(v), delta: (d) => signed(d, '', 0) },
    { label: 'Enrollment from top 10% of sites', value: (c) => c.evaluation.concentration.topDecileShare, show: pct, delta: (d) => signed(d * 100, 'pts', 0) },
  ];
  const scoreRows: { key: ScoreKey; label: string }[] = [
    { key: 'speed', label: 'Speed score' },
    { key: 'cost', label: 'Cost score' },
    { key: 'feasibility', label: 'Feasibility score' },
    { key: 'concentration', label: 'Concentration (part of feasibility)' },
    { key: 'regional', label: 'Regional score' },
    { key: 'composite', label: 'Composite score' },
  ];
  return (
    <table className="data comparison-table" data-testid="comparison-table">
      <caption className="sr-only">Scenario comparison</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          {compared.map((c) => (
            <th scope="col" key={c.evaluation.scenarioId} className="num">
              {c.evaluation.scenarioName}
              {c.evaluation.scenarioId === base?.evaluation.scenarioId ? <span className="badge"> baseline</span> : null}
              {c.evaluation.actuals && (
                <div className="small muted" data-testid={`actuals-label-${c.evaluation.scenarioId}`}>
                  includes actuals to {c.evaluation.actuals.asOf}
                </div>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {compared.map((c) => {
              const v = row.value(c);
              const isBase = c === base;
              return (
                <td key={c.evaluation.scenarioId} className="num">
                  {row.show(v)}
                  {!isBase && row.delta && base && <div className="delta small">{row.delta(v - row.value(base))}</div>}
                </td>
              );
            })}
          </tr>
        ))}
        {scoreRows.map((row) => (
          <tr key={row.key} className={row.key === 'composite' ? 'composite-row' : undefined}>
            <th scope="row">{row.label}</th>
            {compared.map((c) => {
              const s = scoreOf(c.evaluation.scenarioId);
              return (
                <td key={c.evaluation.scenarioId} className="num">
                  {s ? s[row.key].score.toFixed(0) : '—'}
                  {s && row.key === 'composite' && <span className="muted small"> (rank {s.rank})</span>}{' '}
                  {s && (
                    <button type="button" className="link-button" onClick={() => onWhy(c.evaluation.scenarioId, row.key)} aria-label={`Why ${row.label} for ${c.evaluation.scenarioName}`}>
                      why?
                    </button>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
