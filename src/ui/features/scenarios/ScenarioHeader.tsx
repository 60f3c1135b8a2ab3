import type { Scenario } from '../../../domain/workspace/index';
import { renameScenario } from '../../../state/actions/scenarios';
import { useAppStore } from '../../../state/store';
import { CommitField } from '../../components/form';

/** The scenario's name (renamed in place) and description. */
export function ScenarioHeader({ scenario }: { scenario: Scenario }) {
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  return (
    <div className="form-grid" style={{ marginTop: 0 }}>
      <CommitField
        id="scenario-name"
        label="Scenario name"
        value={scenario.name}
        onCommit={(raw) => renameScenario(scenario.id, raw)}
      />
      <CommitField
        id="scenario-description"
        label="Description"
        value={scenario.description}
        onCommit={(raw) => {
          const text = raw.slice(0, 2000);
          editWorkspace((ws) => {
            const s = ws.scenarios.find((x) => x.id === scenario.id);
            if (s) s.description = text;
          });
          return null;
        }}
      />
    </div>
  );
}
