import { useMemo } from 'react';
import { scoreCompared } from '../../../engine/evaluation/score-scenarios';
import { useAppStore } from '../../../state/store';
import { useComparedScenarios } from '../compare/use-compared-scenarios';
import '../compare/compare.css';
import './overview.css';
import { recommend } from '../../../engine/decision/recommendation';
import { ScenarioCard } from './ScenarioCard';

/** Scenarios evaluated on the Overview (as on Compare: each one is a full Monte Carlo in the worker). */
const MAX = 6;

/** The landing screen: which plan is better and why, one card per scenario, in words and dates. */
export function OverviewScreen() {
  const workspace = useAppStore((s) => s.workspace);
  const ids = useMemo(() => workspace.scenarios.slice(0, MAX).map((s) => s.id), [workspace.scenarios]);
  const state = useComparedScenarios('overview', workspace, ids, 1);
  const compared = state.data;
  const currency = workspace.study.reportingCurrency;
  const submission = workspace.study.plannedFirstSubmission;
  const scores = useMemo(
    () => (compared?.length ? scoreCompared(workspace, compared) : []),
    [compared, workspace],
  );
  const sentences = useMemo(
    () => (compared ? recommend(compared, scores, submission, currency) : []),
    [compared, scores, submission, currency],
  );

  return (
    <section className="screen overview">
      <h1>Overview</h1>
      <p className="muted small">
        {workspace.study.name}: target {workspace.study.targetRandomised.toLocaleString('en-US')} randomised;
        seed {workspace.settings.seed};{' '}
        <span data-testid="overview-leads-with">
          {workspace.study.endpoint.kind === 'events'
            ? `dates lead with the topline (readout): the study is event-driven, ${workspace.study.endpoint.requiredEvents.toLocaleString('en-US')} events`
            : 'dates lead with last patient in: the study is enrollment-driven'}
        </span>
        {workspace.scenarios.length > MAX
          ? `; the first ${MAX} of ${workspace.scenarios.length} scenarios`
          : ''}
        .{state.status === 'ready' && !state.refined ? ' Quick pass, refining…' : ''}
      </p>
      {ids.length === 0 && (
        <p>
          No scenarios yet. <a href="#/scenarios">Create one on Scenarios</a>.
        </p>
      )}
      {state.status === 'error' && (
        <p className="field__error" role="alert">
          The evaluation failed: {state.error}
        </p>
      )}
      {ids.length > 0 && !compared && state.status !== 'error' && (
        <p className="muted">Evaluating scenarios…</p>
      )}
      {compared && sentences.length > 0 && (
        <section
          className="panel overview-recommendation"
          aria-label="Recommendation"
          data-testid="recommendation"
          data-refined={state.refined}
        >
          <h2>Recommendation</h2>
          <ol>
            {sentences.map((s, i) => (
              <li key={i}>
                {s.text}{' '}
                <a href={s.href} className="small">
                  (from {s.source})
                </a>
              </li>
            ))}
          </ol>
        </section>
      )}
      {compared && (
        <div className="overview-cards">
          {[...compared]
            .sort(
              (a, b) =>
                (scores.find((s) => s.id === a.evaluation.scenarioId)?.rank ?? 99) -
                (scores.find((s) => s.id === b.evaluation.scenarioId)?.rank ?? 99),
            )
            .map((c) => (
              <ScenarioCard
                key={c.evaluation.scenarioId}
                compared={c}
                score={scores.find((s) => s.id === c.evaluation.scenarioId)}
                submission={submission}
                currency={currency}
              />
            ))}
        </div>
      )}
    </section>
  );
}
