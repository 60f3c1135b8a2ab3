import { useState } from 'react';
import type { Workspace } from '../../../domain/workspace/index';
import type { FrontierPoint } from '../../../engine/optimizer/index';
import { optimisedScenarioName } from '../../../engine/scenario-optimizer/adopt';
import type { WorkspaceMixResult } from '../../../engine/scenario-optimizer/index';
import { useAppStore } from '../../../state/store';
import { engineClient, SupersededError } from '../../../worker/client';
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
  return JSON.stringify([ws.study, ws.countries, ws.filingMarkets, ws.settings, base?.cro, base?.overrides, ws.cros]);
}

type RunState = { status: 'idle' } | { status: 'running' } | { status: 'error'; message: string } | { status: 'done'; run: WorkspaceMixResult; signature: string; inputs: OptimizerInputs };

/**
 * Country-mix optimizer on the workspace: the cheapest number of sites per country meeting
 * P(target by the deadline) ≥ p and the filing markets' shares (or the best P within a budget),
 * verified by Monte Carlo, with the cost–speed frontier. Runs in the engine worker.
 */
export function OptimizerPanel() {
  const workspace = useAppStore((s) => s.workspace);
  const selectedScenarioId = useAppStore((s) => s.selectedScenarioId);
  const [inputs, setInputs] = useState(() => defaultInputs(workspace, selectedScenarioId ?? workspace.scenarios[0]?.id ?? null));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<RunState>({ status: 'idle' });
  const [selected, setSelected] = useState<FrontierPoint | null>(null);

  // Countries added to the workspace after the form was built join it, included.
  const known = new Set(inputs.rows.map((r) => r.iso2));
  const missing = workspace.countries.filter((c) => !known.has(c.iso2));
  if (missing.length > 0) setInputs({ ...inputs, rows: [...inputs.rows, ...defaultInputs({ ...workspace, countries: missing }, null).rows] });

  const run = () => {
    const parsed = requestFrom({ ...inputs, rows: inputs.rows.filter((r) => workspace.countries.some((c) => c.iso2 === r.iso2)) });
    if ('errors' in parsed) return setErrors(parsed.errors);
    setErrors({});
    setSelected(null);
    setState({ status: 'running' });
    const ws = workspace;
    engineClient()
      .run('optimizeMix', [ws, parsed.request, { seed: ws.settings.seed, monteCarloRuns: 10_000, frontier: true }], 'optimizer')
      .then((result) => setState({ status: 'done', run: result, signature: inputSignature(ws, inputs.baseScenarioId), inputs }))
      .catch((error: unknown) => {
        if (error instanceof SupersededError) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
  };

  const done = state.status === 'done' ? state : null;
  const stale = done !== null && done.signature !== inputSignature(workspace, done.inputs.baseScenarioId);

  return (
    <section className="panel optimizer-panel" aria-labelledby="optimizer-heading">
      <h2 id="optimizer-heading">Optimizer</h2>
      <p className="muted small">
        Chooses the number of generic sites per country (country-default rate priors, reference costs in USD, start-up from each country’s pathway) to reach{' '}
        {workspace.study.targetRandomised} patients by the enrollment deadline. Each filing market’s share is a constraint.
      </p>
      <OptimizerForm workspace={workspace} inputs={inputs} onChange={setInputs} errors={errors} />
      <div className="toolbar">
        <button type="button" className="primary" onClick={run} disabled={state.status === 'running'}>
          {state.status === 'running' ? 'Optimising…' : 'Run optimizer'}
        </button>
        {state.status === 'running' && <span className="muted" role="status">Searching mixes and verifying by Monte Carlo in the background…</span>}
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
          {stale && <p className="muted small">The study, countries, filing markets or assumptions changed since this run; run again to update.</p>}
          {done.run.warnings.length > 0 && <p className="muted small">{done.run.warnings.join(' ')}</p>}
          <OptimizerResult
            run={done.run}
            onAdopt={() =>
              done.run.result.sites &&
              adoptMix(done.run.result.sites, optimisedScenarioName({ successProbability: done.run.spec.successProbability, budget: done.run.spec.budget }), done.inputs.baseScenarioId || undefined)
            }
          />
          {done.run.result.frontier && done.run.result.frontier.costVsP50.length > 0 && (
            <>
              <FrontierChart frontier={done.run.result.frontier} windowMonths={done.run.spec.windowMonths} successProbability={done.run.spec.successProbability} selected={selected} onSelect={setSelected} />
              {selected && (
                <div className="frontier-selection" data-testid="frontier-selection">
                  <p>
                    <strong>Selected mix:</strong> {mixSummary(selected.sites)} — {formatMoney(selected.expectedCost, 'USD')}, P50 {formatMonths(selected.p50Months)}, P(success) {formatProbability(selected.pSuccess)}
                  </p>
                  <button type="button" className="primary" onClick={() => adoptMix(selected.sites, `Optimised: ${formatMoney(selected.expectedCost, 'USD')}, P50 ${formatMonths(selected.p50Months)}`, done.inputs.baseScenarioId || undefined)}>
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
