import { useMemo } from 'react';
import { useAppStore } from '../../../state/store';
import { useEngine, type EngineArgs } from '../../../worker/use-engine';
import { TornadoChart } from '../../components/charts/TornadoChart';
import { Staged } from '../../components/progressive/Staged';

/** One-at-a-time sensitivity of the baseline: which assumptions move last-patient-in and cost most. */
export function SensitivitySection({
  scenarioId,
  scenarioName,
  currency,
}: {
  scenarioId: string;
  scenarioName: string;
  currency: string;
}) {
  const workspace = useAppStore((s) => s.workspace);
  const args = useMemo(() => [workspace, scenarioId, {}] as const, [workspace, scenarioId]);
  type Args = EngineArgs<'scenarioSensitivity'>;
  const state = useEngine('sensitivity', 'scenarioSensitivity', args as unknown as Args, null, {
    secondary: true,
  });
  return (
    <section aria-label="Sensitivity" data-testid="sensitivity">
      <h2>Sensitivity of “{scenarioName}”</h2>
      <p className="muted small">
        Each assumption is moved to the low and the high end of its stated range, one at a time, with the same
        random numbers (seed {workspace.settings.seed}); the bars show how far the result moves from the base
        case.
      </p>
      {state.status === 'error' && <p className="field__error">Sensitivity failed: {state.error}</p>}
      {!state.data && state.status !== 'error' && <p className="muted">Computing sensitivity…</p>}
      {state.data && (
        <div className="chart-grid">
          <Staged version={state.data}>
            <TornadoChart
              title="Tornado: median last patient in (months)"
              bars={state.data.bars.lastPatientInP50 ?? []}
              unit="mo"
            />
          </Staged>
          <Staged version={state.data}>
            <TornadoChart
              title={`Tornado: expected cost (${currency} millions)`}
              bars={state.data.bars.expectedCost ?? []}
              unit="M"
              scale={1e6}
            />
          </Staged>
        </div>
      )}
    </section>
  );
}
