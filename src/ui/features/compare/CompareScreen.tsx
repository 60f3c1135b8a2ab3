import { lazy, Suspense, useMemo } from 'react';
import { scoreCompared } from '../../../engine/evaluation/score-scenarios';
import { useAppStore } from '../../../state/store';
import { useComparedScenarios } from './use-compared-scenarios';
import { FanChart } from '../../components/charts/FanChart';
import { ScoreBars } from '../../components/charts/ScoreBars';
import { StackedCostChart } from '../../components/charts/StackedCostChart';
import { StartupGantt } from '../../components/charts/StartupGantt';
import { MilestonesTable } from '../../components/milestones/MilestonesTable';

// recharts is large: load the timeline only when Compare shows it.
const MilestoneTimeline = lazy(() => import('../../components/charts/MilestoneTimeline'));
import { ComparisonTable } from './ComparisonTable';
import { SensitivitySection } from './SensitivitySection';
import { Staged } from '../../components/progressive/Staged';
import { ganttCountries } from './gantt-countries';
import { WeightsEditor } from './WeightsEditor';

const MAX = 6;

/** 2–6 scenarios side by side: deltas against a baseline, charts, scores with their "why", and sensitivity. */
export function CompareScreen() {
  const workspace = useAppStore((s) => s.workspace);
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  const all = workspace.scenarios;
  // The selection and baseline are kept with the workspace (views.compare): they survive leaving
  // the screen and travel in saved files and share links.
  const stored = workspace.views?.compare;
  const ids = useMemo(
    () =>
      (stored?.scenarioIds ?? all.slice(0, MAX).map((s) => s.id)).filter((id) =>
        all.some((s) => s.id === id),
      ),
    [stored, all],
  );
  const baseline = stored?.baselineId && ids.includes(stored.baselineId) ? stored.baselineId : (ids[0] ?? '');
  const setView = (patch: { scenarioIds?: string[]; baselineId?: string }) =>
    editWorkspace((ws) => {
      ws.views = {
        ...ws.views,
        compare: { scenarioIds: ids, ...(baseline ? { baselineId: baseline } : {}), ...patch },
      };
    });
  const setBaselineId = (id: string) => setView({ baselineId: id });

  const state = useComparedScenarios('compare', workspace, ids, 2);
  const compared = useMemo(
    () => state.data?.filter((c) => ids.includes(c.evaluation.scenarioId)),
    [state.data, ids],
  );
  const currency = workspace.study.reportingCurrency;
  const settingsWeights = workspace.settings.scoreWeights;
  const scores = useMemo(
    () =>
      compared?.length
        ? scoreCompared(
            { ...workspace, settings: { ...workspace.settings, scoreWeights: settingsWeights } },
            compared,
          )
        : [],
    // Scores depend on the evaluations and the weights only; the workspace is read for currency and deadline.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [compared, settingsWeights, currency],
  );
  const costByCountry = useMemo(
    () =>
      (compared ?? []).map((c) => ({
        name: c.evaluation.scenarioName,
        byCountry: c.evaluation.cost?.expectedByCountry ?? {},
      })),
    [compared],
  );
  const fanSeries = useMemo(
    () =>
      (compared ?? []).map((c) => ({
        id: c.evaluation.scenarioId,
        name: c.evaluation.scenarioName,
        curve: c.evaluation.forecast.curve,
      })),
    [compared],
  );
  const ranked = [...scores].sort((a, b) => a.rank - b.rank);

  const toggle = (id: string, on: boolean) =>
    setView({ scenarioIds: on ? [...ids, id].slice(0, MAX) : ids.filter((x) => x !== id) });

  return (
    <section className="screen">
      <h1>Compare scenarios</h1>
      <div className="compare-controls panel">
        <fieldset>
          <legend>Scenarios (2–6)</legend>
          {all.map((s) => (
            <label key={s.id} className="checkbox-row">
              <input
                type="checkbox"
                checked={ids.includes(s.id)}
                disabled={!ids.includes(s.id) && ids.length >= MAX}
                onChange={(e) => toggle(s.id, e.target.checked)}
              />
              {s.name}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>Baseline</span>
          <select value={baseline} onChange={(e) => setBaselineId(e.target.value)}>
            {ids.map((id) => (
              <option key={id} value={id}>
                {all.find((s) => s.id === id)?.name}
              </option>
            ))}
          </select>
        </label>
        <WeightsEditor />
      </div>
      {ids.length < 2 && <p className="muted">Choose at least two scenarios to compare.</p>}
      {state.status === 'error' && (
        <p className="field__error" role="alert">
          Comparison failed: {state.error}
        </p>
      )}
      {ids.length >= 2 && !compared && <p className="muted">Evaluating scenarios…</p>}
      {compared && compared.length >= 2 && (
        <>
          <p className="ranking" data-testid="ranking">
            Ranking by composite score:{' '}
            {ranked.map((s, i) => `${i + 1}. ${s.name} (${s.composite.score.toFixed(0)})`).join('  ·  ')}
            {state.refined ? '' : ' — quick pass, refining…'}
          </p>
          <Staged version={compared} minHeight={400}>
            <ComparisonTable
              compared={compared}
              scores={scores}
              baselineId={baseline}
              submission={workspace.study.plannedFirstSubmission}
              currency={currency}
            />
          </Staged>
          <h2>Milestones to topline</h2>
          <Staged version={compared}>
            <MilestonesTable
              columns={compared.map((c) => ({
                id: c.evaluation.scenarioId,
                name: c.evaluation.scenarioName,
                milestones: c.evaluation.milestones,
              }))}
            />
          </Staged>
          <Staged version={compared}>
            <Suspense fallback={<p className="muted">Loading timeline…</p>}>
              <MilestoneTimeline
                scenarios={compared.map((c) => ({
                  id: c.evaluation.scenarioId,
                  name: c.evaluation.scenarioName,
                  milestones: c.evaluation.milestones,
                }))}
                submission={workspace.study.plannedFirstSubmission}
              />
            </Suspense>
          </Staged>
          <div className="chart-grid">
            <Staged version={compared}>
              <FanChart
                series={fanSeries}
                start={workspace.study.plannedFirstSubmission}
                target={workspace.study.targetRandomised}
                deadlineMonths={compared[0]?.evaluation.deadlineMonths ?? 0}
                title="Enrollment forecasts (P10–P90 bands, medians)"
              />
            </Staged>
            <Staged version={compared}>
              <StackedCostChart currency={currency} scenarios={costByCountry} />
            </Staged>
            <Staged version={compared}>
              {/* In the order of the other charts (scores come ranked), so each scenario keeps its colour. */}
              <ScoreBars
                scores={inComparedOrder(scores, compared).map((s) => ({
                  name: s.name,
                  values: {
                    speed: s.speed.score,
                    cost: s.cost.score,
                    feasibility: s.feasibility.score,
                    regional: s.regional.score,
                    composite: s.composite.score,
                  },
                }))}
              />
            </Staged>
          </div>
          <h2>Start-up</h2>
          <div className="chart-grid">
            {compared.map((c) => (
              <div key={c.evaluation.scenarioId}>
                <h3>{c.evaluation.scenarioName}</h3>
                <Staged version={compared}>
                  <StartupGantt
                    countries={ganttCountries(c.evaluation.countries).shown}
                    start={workspace.study.plannedFirstSubmission}
                  />
                </Staged>
              </div>
            ))}
          </div>
          <SensitivitySection
            scenarioId={baseline}
            scenarioName={all.find((s) => s.id === baseline)?.name ?? ''}
            currency={currency}
          />
        </>
      )}
    </section>
  );
}

/** `scores` (ranked) re-ordered like `compared`, the order every other chart colours by. */
function inComparedOrder<T extends { id: string }>(
  scores: T[],
  compared: { evaluation: { scenarioId: string } }[],
): T[] {
  return compared.flatMap((c) => scores.filter((s) => s.id === c.evaluation.scenarioId));
}
