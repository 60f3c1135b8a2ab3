import { memo } from 'react';
import { formatDateAfterMonths, formatInteger, formatPercent, formatShare } from '../../../domain/format';
import type { CountryOutcome, ScenarioEvaluation } from '../../../engine/evaluation/evaluate';
import { FanChart } from '../../components/charts/FanChart';
import { StartupGantt } from '../../components/charts/StartupGantt';
import { MilestonesTable } from '../../components/milestones/MilestonesTable';
import { SimpleTable } from '../../components/simple-table/SimpleTable';
import { numericColumn } from '../../components/simple-table/numeric-column';
import { ganttCountries } from '../compare/gantt-countries';
import { Staged } from '../../components/progressive/Staged';
import { ScenarioBudget } from './ScenarioBudget';
import { SiteGantt } from './SiteGantt';

/**
 * Headline figures, the fan chart, the start-up Gantt and the split by country. Memoised, and the
 * figures drawn from the evaluation alone in a memoised body: an edit re-renders the screen at once
 * (a discrete input event renders synchronously) while the previous answer is still shown, and the
 * charts must not be redrawn for an answer that has not changed (issue #17, edit → forecast).
 */
export const ScenarioResults = memo(function ScenarioResults({
  evaluation,
  submission,
  refined,
}: {
  evaluation: ScenarioEvaluation;
  submission: string;
  refined: boolean;
}) {
  return (
    <div className="scenario-results" data-testid="scenario-results" data-refined={refined}>
      <Headline evaluation={evaluation} submission={submission} />
      <p className="small muted">
        Monte Carlo, {formatInteger(evaluation.runs)} runs, seed {evaluation.seed}
        {refined ? '' : ' (quick pass; refining…)'}. Months count from the planned first submission.
      </p>
      <Details evaluation={evaluation} submission={submission} />
    </div>
  );
});

interface ResultProps {
  evaluation: ScenarioEvaluation;
  submission: string;
}

/** The key figures and the milestone table. */
const Headline = memo(function Headline({ evaluation, submission }: ResultProps) {
  const t = evaluation.forecast.timeToTarget;
  const date = (m: number) => formatDateAfterMonths(submission, m);
  return (
    <>
      <div className="kpis">
        <div className="kpi" data-testid="kpi-deadline">
          <span className="kpi__label">P(last patient in by deadline)</span>
          <span className="kpi__value">{formatPercent(evaluation.forecast.pReachByDeadline)}</span>
          <span className="kpi__sub">deadline {date(evaluation.deadlineMonths)}</span>
        </div>
        <div className="kpi" data-testid="kpi-lpi">
          <span className="kpi__label">Last patient in (P50)</span>
          <span className="kpi__value">{date(t.p50)}</span>
          <span className="kpi__sub">
            P10 {date(t.p10)} · P90 {date(t.p90)}
          </span>
        </div>
        <div className="kpi">
          <span className="kpi__label">First site activated (P50)</span>
          <span className="kpi__value">{date(evaluation.firstSiteActivated.p50)}</span>
          <span className="kpi__sub">
            P10 {date(evaluation.firstSiteActivated.p10)} · P90 {date(evaluation.firstSiteActivated.p90)}
          </span>
        </div>
        <div className="kpi">
          <span className="kpi__label">First patient in (P50)</span>
          <span className="kpi__value">
            {evaluation.firstPatientIn ? date(evaluation.firstPatientIn.p50) : '—'}
          </span>
          <span className="kpi__sub">
            {evaluation.siteCount} sites · target {evaluation.target}
          </span>
        </div>
      </div>
      <MilestonesTable
        columns={[
          { id: evaluation.scenarioId, name: evaluation.scenarioName, milestones: evaluation.milestones },
        ]}
      />
    </>
  );
});

/** Notes, charts, the budget and the split by country. */
const Details = memo(function Details({ evaluation, submission }: ResultProps) {
  const gantt = ganttCountries(evaluation.countries);
  const date = (m: number) => formatDateAfterMonths(submission, m);
  return (
    <>
      {evaluation.actuals && (
        <p className="notice notice--info" data-testid="reforecast-note">
          This forecast includes actuals to {evaluation.actuals.asOf}: re-forecast from{' '}
          {formatInteger(evaluation.actuals.total)} patients randomised at{' '}
          {formatInteger(evaluation.actuals.activatedSites)} activated sites (
          {formatInteger(evaluation.actuals.activatedWithNone)} with none so far: rates conditioned on zero);{' '}
          {formatInteger(evaluation.actuals.notYetActivated)} sites without rows count as not yet activated
          and open after their remaining start-up.
          {evaluation.actuals.ignoredSites.length > 0 &&
            ` Actuals for ${evaluation.actuals.ignoredSites.length} site(s) outside this scenario were ignored.`}
        </p>
      )}
      {evaluation.warnings.length > 0 && (
        <ul className="warning-list">
          {evaluation.warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      <Staged version={evaluation}>
        <FanChart
          series={[
            { id: evaluation.scenarioId, name: evaluation.scenarioName, curve: evaluation.forecast.curve },
          ]}
          target={evaluation.target}
          deadlineMonths={evaluation.deadlineMonths}
          start={submission}
          {...(evaluation.actuals ? { actuals: evaluation.actuals.series } : {})}
        />
      </Staged>
      <Staged version={evaluation}>
        <StartupGantt countries={gantt.shown} start={submission} />
      </Staged>
      {evaluation.euReportingMemberState && (
        <p className="small muted" data-testid="eu-rms">
          EU CTR clock counted on the public holidays of the reporting member state,{' '}
          <strong>{evaluation.euReportingMemberState.name}</strong> (
          {evaluation.euReportingMemberState.basis === 'stated'
            ? 'stated for this scenario'
            : 'the EU country with the most sites; choose another under Countries'}
          ; Reg. (EU) 536/2014 Art. 5).
        </p>
      )}
      {evaluation.chinaHgr && (
        <p className="small muted" data-testid="china-hgr">
          China human genetic resources:{' '}
          <strong>
            {evaluation.chinaHgr.requirement === 'none' ? 'no HGR step' : evaluation.chinaHgr.requirement}
            {evaluation.chinaHgr.exportApproval ? ' + export approval' : ''}
          </strong>{' '}
          — {evaluation.chinaHgr.reason}
          {evaluation.chinaHgr.assumed.length > 0 &&
            ` Assumed (not stated in the study): ${evaluation.chinaHgr.assumed.join('; ')}.`}{' '}
          Source: {evaluation.chinaHgr.source}.
        </p>
      )}
      <Staged version={evaluation}>
        <SiteGantt plan={evaluation.sites} start={submission} />
      </Staged>
      <ScenarioBudget evaluation={evaluation} submission={submission} />
      {gantt.hidden > 0 && (
        <p className="small muted">
          The Gantt shows the {gantt.shown.length} countries whose first site opens last; {gantt.hidden}{' '}
          earlier ones are in the table below.
        </p>
      )}
      <SimpleTable
        caption="Expected enrollment by country when the target is reached"
        rows={evaluation.countries}
        rowKey={(c) => c.iso2}
        columns={[
          { key: 'name', header: 'Country', cell: (c) => c.name },
          { key: 'region', header: 'Region', cell: (c) => c.region },
          numericColumn<CountryOutcome>('sites', 'Sites', (c) => c.sites),
          numericColumn<CountryOutcome>('open', 'First site open (P50)', (c) => date(c.firstSiteOpenP50)),
          numericColumn<CountryOutcome>('patients', 'Expected patients', (c) =>
            formatInteger(c.expectedPatients),
          ),
          numericColumn<CountryOutcome>('share', 'Share', (c) => formatShare(c.expectedShare)),
        ]}
      />
    </>
  );
});
