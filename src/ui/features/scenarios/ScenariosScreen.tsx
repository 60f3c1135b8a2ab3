import { memo, useDeferredValue } from 'react';
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
import { ScenarioSitesSection } from './ScenarioSitePicker';
import { SummaryStrip } from './SummaryStrip';
import { useScenarioEvaluation } from './use-scenario-evaluation';

/** Build country/site mixes and see each one's start-up and enrollment forecast with its uncertainty. */
export function ScenariosScreen() {
  const scenarios = useAppStore((s) => s.workspace.scenarios);
  const chosenId = useAppStore((s) => s.selectedScenarioId);
  // The list marks a click at once; the chosen scenario's panels render after it, in the background
  // and interruptibly, so choosing a 60-country scenario is not one long task.
  const shownId = useDeferredValue(chosenId);
  const chosen = scenarios.find((s) => s.id === chosenId) ?? scenarios[0];
  return (
    <section className="screen">
      <h1>Scenarios</h1>
      <div className="scenarios-layout">
        <ScenarioList selectedId={chosen?.id ?? null} />
        <ScenarioMain selectedId={shownId} />
      </div>
      <OptimizerPanel />
    </section>
  );
}

/** The selected scenario: its countries, CROs and assumptions, its forecast and its consistency. */
const ScenarioMain = memo(function ScenarioMain({ selectedId }: { selectedId: string | null }) {
  const workspace = useAppStore((s) => s.workspace);
  const scenario = workspace.scenarios.find((s) => s.id === selectedId) ?? workspace.scenarios[0];
  const evaluation = useScenarioEvaluation(workspace, scenario?.id ?? null);
  if (!scenario) return <p className="muted">Create a scenario to see its forecast.</p>;
  return (
    <div className="scenario-main">
      <SummaryStrip
        evaluation={evaluation.data}
        submission={workspace.study.plannedFirstSubmission}
        currency={workspace.study.reportingCurrency}
        refined={evaluation.refined}
      />
      <div className="panel">
        <ScenarioHeader scenario={scenario} />
        <h2>Countries and sites</h2>
        <ScenarioCountries scenario={scenario} />
        <ScenarioSitesSection key={scenario.id} scenario={scenario} />
        <h2>CRO assignment</h2>
        <ScenarioCros scenario={scenario} />
        <h2>Scenario assumptions</h2>
        <ScenarioOverrides scenario={scenario} />
      </div>
      <ActualsPanel key={scenario.id} scenario={scenario} />
      <h2>Forecast</h2>
      {evaluation.status === 'error' && (
        <p className="field__error" role="alert">
          The forecast failed: {evaluation.error}
        </p>
      )}
      {evaluation.data ? (
        <ScenarioResults
          evaluation={evaluation.data}
          submission={workspace.study.plannedFirstSubmission}
          refined={evaluation.refined}
        />
      ) : (
        <p className="muted">Forecasting…</p>
      )}
      <ConsistencyPanel scenarioId={scenario.id} />
    </div>
  );
});
