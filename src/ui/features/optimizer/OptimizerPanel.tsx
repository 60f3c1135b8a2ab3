import { useEffect, useRef, useState } from 'react';
import type { Workspace } from '../../../domain/workspace/index';
import type { FrontierPoint, ParetoFrontier } from '../../../engine/optimizer/solver/index';
import { optimisedScenarioName } from '../../../engine/optimizer/from-workspace/adopt';
import type { WorkspaceMixResult, WorkspaceMixStage } from '../../../engine/optimizer/from-workspace/index';
import { useAppStore } from '../../../state/store';
import { OPTIMIZER_STAGES } from '../../../worker/optimizer-protocol';
import { OptimizerCancelled, startOptimizerRun, type OptimizerRun } from '../../../worker/optimizer-run';
import { DroppedCountries } from './DroppedCountries';
import { adoptMix } from './adopt-mix';
import { formatMoney, formatMonths, formatProbability } from '../../../domain/format';
import { mixSummary } from './mix-summary';
import { FrontierChart } from './FrontierChart';
import { defaultInputs, OptimizerForm, type OptimizerInputs } from './OptimizerForm';
import { OptimizerResult } from './OptimizerResult';
import { requestFrom } from './request';

/** What the optimizer reads from the workspace: a change here makes a result stale (adopting does not). */
function inputSignature(ws: Workspace, baseScenarioId: string): string {
  const base = ws.scenarios.find((s) => s.id === baseScenarioId);
  return JSON.stringify([
    ws.study,
    ws.countries,
    ws.filingMarkets,
    ws.settings,
    base?.cro,
    base?.overrides,
    // the base scenario's Min share % floors are constraints of the run
    base?.countries.map((c) => [c.iso2, c.minShare]),
    ws.cros,
  ]);
}

type RunState =
  | { status: 'idle' }
  | { status: 'cancelled' }
  | { status: 'running'; stage: WorkspaceMixStage | null }
  | { status: 'error'; message: string }
  | {
      status: 'done';
      run: WorkspaceMixResult;
      signature: string;
      inputs: OptimizerInputs;
      seconds: number;
      frontier: ParetoFrontier | null | 'pending';
    };

/**
 * Branch-and-bound node budget in the app. On the sample (12 countries ≤ 30 sites, with and without
 * the US pinned at 10) 300,000 nodes found mixes as cheap as the CLI's 2,000,000 in a third of the time.
 */
const APP_MAX_NODES = 300_000;

/** The line under the buttons: the running stage, "Cancelled", or nothing. */
function statusText(state: RunState): string {
  if (state.status === 'cancelled') return 'Cancelled: nothing was changed.';
  if (state.status !== 'running') return '';
  const k = Math.max(
    0,
    OPTIMIZER_STAGES.findIndex((s) => s.stage === state.stage),
  );
  return `Step ${k + 1} of ${OPTIMIZER_STAGES.length}: ${OPTIMIZER_STAGES[k]?.label ?? ''}…`;
}

/**
 * Country-mix optimizer on the workspace: the cheapest number of sites per country meeting
 * P(target by the deadline) ≥ p and the filing markets' shares (or the best P within a budget),
 * verified by Monte Carlo, then the cost–speed frontier. Runs in its own worker (optimizer-run.ts) with progress and Cancel.
 */
export function OptimizerPanel() {
  const workspace = useAppStore((s) => s.workspace);
  const selectedScenarioId = useAppStore((s) => s.selectedScenarioId);
  // The optimizer starts from the scenario on screen (the Scenarios screen shows the first one when none is chosen).
  const active = workspace.scenarios.find((s) => s.id === selectedScenarioId) ?? workspace.scenarios[0];
  const [inputs, setInputs] = useState(() => defaultInputs(workspace, null));
  const current = useRef<OptimizerRun | null>(null);
  // Leaving the screen stops a run nobody will read.
  useEffect(() => () => current.current?.cancel(), []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const [selected, setSelected] = useState<FrontierPoint | null>(null);

  // Countries added to the workspace after the form was built join it, included.
  const known = new Set(inputs.rows.map((r) => r.iso2));
  const missing = workspace.countries.filter((c) => !known.has(c.iso2));
  if (missing.length > 0)
    setInputs({
      ...inputs,
      rows: [...inputs.rows, ...defaultInputs({ ...workspace, countries: missing }, null).rows],
    });

  const run = () => {
    const used = { ...inputs, baseScenarioId: active?.id ?? '' };
    const parsed = requestFrom({
      ...used,
      rows: used.rows.filter((r) => workspace.countries.some((c) => c.iso2 === r.iso2)),
    });
    if ('errors' in parsed) return setErrors(parsed.errors);
    setErrors({});
    setSelected(null);
    setState({ status: 'running', stage: null });
    const ws = workspace;
    const started = performance.now();
    current.current?.cancel();
    const job = startOptimizerRun(
      {
        workspace: ws,
        request: parsed.request,
        options: { seed: ws.settings.seed, monteCarloRuns: 10_000, frontier: true, maxNodes: APP_MAX_NODES },
      },
      (stage) => setState((s) => (s.status === 'running' ? { status: 'running', stage } : s)),
    );
    current.current = job;
    job.result
      .then((result) => {
        setState({
          status: 'done',
          run: result,
          signature: inputSignature(ws, used.baseScenarioId),
          inputs: used,
          seconds: (performance.now() - started) / 1000,
          frontier: 'pending',
        });
        void job.frontier.then((frontier) =>
          setState((s) => (s.status === 'done' && s.run === result ? { ...s, frontier } : s)),
        );
      })
      .catch((error: unknown) => {
        if (error instanceof OptimizerCancelled) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    // The worker lives until the frontier is in; a new run or Cancel terminates it.
    void job.frontier.finally(() => {
      if (current.current === job) current.current = null;
    });
  };
  const cancel = () => {
    current.current?.cancel();
    current.current = null;
    setState({ status: 'cancelled' });
  };
  const running = state.status === 'running' ? state : null;
  const step = running
    ? Math.max(
        0,
        OPTIMIZER_STAGES.findIndex((s) => s.stage === running.stage),
      )
    : 0;

  const done = state.status === 'done' ? state : null;
  const stale = done !== null && done.signature !== inputSignature(workspace, done.inputs.baseScenarioId);

  return (
    <section className="panel optimizer-panel" aria-labelledby="optimizer-heading">
      <h2 id="optimizer-heading">Optimizer</h2>
      <p className="muted small">
        Chooses the number of generic sites per country (country-default rate priors, reference costs in USD,
        start-up from each country’s pathway) to reach {workspace.study.targetRandomised} patients by the
        enrollment deadline. Each filing market’s share is a constraint. Pin a country with “At least” (for
        example the United States at 10 sites: an FDA filing with no US sites is rarely acceptable).
      </p>
      <p className="small" data-testid="optimizer-base">
        {active ? (
          <>
            Starts from the active scenario <strong>“{active.name}”</strong>: its assumption overrides, CROs
            and Min share % floors. Choose another scenario in the list above to start from it.
          </>
        ) : (
          'No scenario: reference values, no CRO.'
        )}
      </p>
      <OptimizerForm workspace={workspace} inputs={inputs} onChange={setInputs} errors={errors} />
      <div className="toolbar">
        <button type="button" className="primary" onClick={run} disabled={running !== null}>
          {running ? 'Optimising…' : 'Run optimizer'}
        </button>
        {running && (
          <>
            <progress aria-label="Optimizer progress" max={OPTIMIZER_STAGES.length} value={step + 1} />
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </>
        )}
        <span className="muted" role="status">
          {statusText(state)}
        </span>
        {errors.countries && (
          <span role="alert" className="field__error">
            {errors.countries}
          </span>
        )}
      </div>
      {state.status === 'error' && (
        <p role="alert" className="field__error">
          The optimizer failed: {state.message}
        </p>
      )}
      {done && (
        <div aria-live="polite">
          <p className="muted small" data-testid="optimizer-elapsed">
            Answered in {done.seconds.toFixed(1)} s, starting from “
            {workspace.scenarios.find((s) => s.id === done.inputs.baseScenarioId)?.name ?? 'reference values'}
            ”.
          </p>
          {stale && (
            <p className="muted small">
              The study, countries, filing markets or assumptions changed since this run; run again to update.
            </p>
          )}
          {done.run.warnings.length > 0 && <p className="muted small">{done.run.warnings.join(' ')}</p>}
          <OptimizerResult
            run={done.run}
            pins={Object.fromEntries(
              done.inputs.rows
                .filter((r) => r.include && Number(r.min) > 0)
                .map((r) => [r.iso2, Number(r.min)]),
            )}
            onAdopt={() =>
              done.run.result.sites &&
              adoptMix(
                done.run.result.sites,
                optimisedScenarioName({
                  successProbability: done.run.spec.successProbability,
                  budget: done.run.spec.budget,
                }),
                done.inputs.baseScenarioId || undefined,
              )
            }
          />
          <DroppedCountries dropped={done.run.dropped} />
          {done.frontier === 'pending' && (
            <p className="muted small" role="note">
              Computing the cost–speed frontier…
            </p>
          )}
          {done.frontier && done.frontier !== 'pending' && done.frontier.costVsP50.length > 0 && (
            <>
              <FrontierChart
                frontier={done.frontier}
                windowMonths={done.run.spec.windowMonths}
                successProbability={done.run.spec.successProbability}
                selected={selected}
                onSelect={setSelected}
              />
              {selected && (
                <div className="frontier-selection" data-testid="frontier-selection">
                  <p>
                    <strong>Selected mix:</strong> {mixSummary(selected.sites)} —{' '}
                    {formatMoney(selected.expectedCost, 'USD')}, P50 {formatMonths(selected.p50Months)},
                    P(success) {formatProbability(selected.pSuccess)}
                  </p>
                  <button
                    type="button"
                    className="primary"
                    onClick={() =>
                      adoptMix(
                        selected.sites,
                        `Optimised: ${formatMoney(selected.expectedCost, 'USD')}, P50 ${formatMonths(selected.p50Months)}`,
                        done.inputs.baseScenarioId || undefined,
                      )
                    }
                  >
                    Adopt selected point as scenario
                  </button>
                </div>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
