import { useAppStore } from '../../../state/store';
import { ConsistencyPanel } from '../consistency/ConsistencyPanel';
import { OptimizerPanel } from '../optimizer/OptimizerPanel';
import { ActualsPanel } from './ActualsPanel';
import { ScenarioCountries } from './ScenarioCountries';
import { ScenarioCros } from './ScenarioCros';
import { ScenarioHeader } from './ScenarioHeader';
import { ScenarioList } from './ScenarioList';
import { ScenarioOverrides } from './ScenarioOverrides';
import { ScenarioResults } from './ScenarioResults';
import { useScenarioEvaluation } from './use-scenario-evaluation';

/** Build country/site mixes and see each one's start-up and enrollment forecast with its uncertainty. */
export function ScenariosScreen() {
  const workspace = useAppStore((s) => s.workspace);
  const selectedId = useAppStore((s) => s.selectedScenarioId);
  const scenario = workspace.scenarios.find((s) => s.id === selectedId) ?? workspace.scenarios[0];
  const evaluation = useScenarioEvaluation(workspace, scenario?.id ?? null);

  return (
    <section className="screen">
      <h1>Scenarios</h1>
      <div className="scenarios-layout">
        <ScenarioList selectedId={scenario?.id ?? null} />
        {scenario ? (
          <div className="scenario-main">
            <div className="panel">
              <ScenarioHeader scenario={scenario} />
              <h2>Countries and sites</h2>
              <ScenarioCountries scenario={scenario} />
              <h2>CRO assignment</h2>
              <ScenarioCros scenario={scenario} />
              <h2>Scenario assumptions</h2>
              <ScenarioOverrides scenario={scenario} />
            </div>
            <ActualsPanel />
            <h2>Forecast</h2>
            {evaluation.status === 'error' && (
              <p className="field__error" role="alert">
                The forecast failed: {evaluation.error}
              </p>
            )}
            {evaluation.data ? (
              <ScenarioResults evaluation={evaluation.data} submission={workspace.study.plannedFirstSubmission} refined={evaluation.refined} />
            ) : (
              <p className="muted">Forecasting…</p>
            )}
            <ConsistencyPanel scenarioId={scenario.id} />
          </div>
        ) : (
          <p className="muted">Create a scenario to see its forecast.</p>
        )}
      </div>
      <OptimizerPanel />
    </section>
  );
}
