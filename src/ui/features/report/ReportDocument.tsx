import type { Workspace } from '../../../domain/workspace/index';
import { scenarioLabel } from '../../../io/deck/contents-line';
import { formatInteger, formatMoney, formatMonths, formatPercent } from '../../../domain/format';
import { reproducibilityLine, type ReportModel } from '../../../io/deck/report-model';
import { FanChart } from '../../components/charts/FanChart';
import { AssumptionsSection } from './AssumptionsSection';
import { Staged } from '../../components/progressive/Staged';
import { ScenarioSection } from './ScenarioSection';

/** The printable report: synopsis, headline numbers, forecast, each scenario, risks, assumptions, reproducibility. */
export function ReportDocument({ report, workspace }: { report: ReportModel; workspace: Workspace }) {
  const m = report.meta;
  const comparison = report.scenarios.length > 1;
  return (
    <article className="report" data-testid="report">
      <header className="report-section report-title">
        <p className="report-kicker">
          {comparison ? `Scenario comparison (${report.scenarios.length})` : 'Scenario report'}
        </p>
        <h2>{m.studyName}</h2>
        <dl className="report-synopsis">
          <div>
            <dt>Indication</dt>
            <dd>{m.indication}</dd>
          </div>
          <div>
            <dt>Phase · area</dt>
            <dd>
              Phase {m.phase} · {m.therapeuticArea}
            </dd>
          </div>
          <div>
            <dt>Target</dt>
            <dd>{formatInteger(m.targetRandomised)} randomised</dd>
          </div>
          <div>
            <dt>Screen failure · dropout</dt>
            <dd>
              {formatPercent(m.screenFailureRate)} · {formatPercent(m.dropoutRate)}
            </dd>
          </div>
          <div>
            <dt>First submission</dt>
            <dd>{m.plannedFirstSubmission}</dd>
          </div>
          <div>
            <dt>Enrollment deadline</dt>
            <dd>{m.enrollmentDeadline}</dd>
          </div>
          <div>
            <dt>Filing markets</dt>
            <dd>{workspace.filingMarkets.map((f) => f.label).join(', ') || 'none set'}</dd>
          </div>
          <div>
            <dt>Currency</dt>
            <dd>{m.reportingCurrency}</dd>
          </div>
        </dl>
      </header>

      <section className="report-section" aria-labelledby="report-headline">
        <h3 id="report-headline">Headline numbers</h3>
        <table className="data compact report-kpis">
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col" className="num">
                Countries
              </th>
              <th scope="col" className="num">
                Sites
              </th>
              <th scope="col" className="num">
                Target reached (P50)
              </th>
              <th scope="col" className="num">
                P10 – P90
              </th>
              <th scope="col" className="num">
                P(by deadline)
              </th>
              <th scope="col" className="num">
                First site active (P50)
              </th>
              <th scope="col" className="num">
                Expected cost
              </th>
            </tr>
          </thead>
          <tbody>
            {report.scenarios.map((s) => (
              <tr key={s.id}>
                <th scope="row">{scenarioLabel(s)}</th>
                <td className="num">{s.countryCount}</td>
                <td className="num">{formatInteger(s.siteCount)}</td>
                <td className="num" data-testid={`report-p50-${s.id}`}>
                  {formatMonths(s.timeToTarget.p50)}
                </td>
                <td className="num">
                  {formatMonths(s.timeToTarget.p10)} – {formatMonths(s.timeToTarget.p90)}
                </td>
                <td className="num" data-testid={`report-pdeadline-${s.id}`}>
                  {formatPercent(s.pReachByDeadline)}
                </td>
                <td className="num">{formatMonths(s.firstSiteActivatedP50)}</td>
                <td className="num">
                  {s.cost ? (
                    formatMoney(s.cost.expected, s.cost.currency)
                  ) : (
                    <span className="muted">not computed</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-section" aria-labelledby="report-forecast">
        <h3 id="report-forecast">Enrollment forecast</h3>
        {/* Charts mount one per task (progressive/Staged): the report draws one per scenario too. */}
        <Staged version={report} minHeight={340}>
          <FanChart
            series={report.scenarios.map((s) => ({ id: s.id, name: s.name, curve: s.curve }))}
            target={m.targetRandomised}
            deadlineMonths={report.scenarios[0]?.deadlineMonths ?? 0}
            height={300}
          />
        </Staged>
        <ul className="report-deadline-list">
          {report.scenarios.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>: {formatPercent(s.pReachByDeadline)} probability of{' '}
              {formatInteger(m.targetRandomised)} randomised by {m.enrollmentDeadline} (month{' '}
              {s.deadlineMonths.toFixed(1)}).
            </li>
          ))}
        </ul>
      </section>

      {report.scenarios.some((s) => s.milestones.length > 0) && (
        <section className="report-section" aria-labelledby="report-milestones">
          <h3 id="report-milestones">Milestones to topline (P50, P10 – P90)</h3>
          <table className="data compact" data-testid="report-milestones">
            <thead>
              <tr>
                <th scope="col">Milestone</th>
                {report.scenarios.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(report.scenarios.find((s) => s.milestones.length > 0)?.milestones ?? []).map((row, r) => (
                <tr key={row.id}>
                  <th scope="row">{row.label}</th>
                  {report.scenarios.map((s) => {
                    const ms = s.milestones[r];
                    return (
                      <td key={s.id}>
                        {ms
                          ? `${ms.p50 ?? 'not reached'} (${ms.p10 ?? 'not reached'} – ${ms.p90 ?? 'not reached'})`
                          : '—'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {report.scenarios.map((s) => (
        <ScenarioSection key={s.id} scenario={s} />
      ))}

      <section className="report-section" aria-labelledby="report-risks">
        <h3 id="report-risks">Risks and points to review</h3>
        {report.risks.length ? (
          <ul>
            {report.risks.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No specific risks flagged by the model.</p>
        )}
      </section>

      <AssumptionsSection report={report} />

      <footer className="report-section report-repro" data-testid="report-repro">
        <h3>Reproducibility</h3>
        <p>{reproducibilityLine(m)}</p>
        <p className="muted small">
          The same workspace file, seed and run count give the same numbers in this version. Reference
          sources: {report.sources.length}.
        </p>
      </footer>
    </article>
  );
}
