import { useState } from 'react';
import type { Scenario } from '../../../domain/workspace/index';
import { renameScenario } from '../../../state/actions/scenarios';
import { useAppStore } from '../../../state/store';

/** The scenario's name (renamed in place) and description. */
export function ScenarioHeader({ scenario }: { scenario: Scenario }) {
  const [name, setName] = useState(scenario.name);
  const [synced, setSynced] = useState(scenario.name);
  const [error, setError] = useState<string | null>(null);
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  if (synced !== scenario.name) {
    setSynced(scenario.name);
    setName(scenario.name);
  }
  const commit = () => {
    if (name === scenario.name) return setError(null);
    setError(renameScenario(scenario.id, name));
  };
  return (
    <div className="form-grid" style={{ marginTop: 0 }}>
      <div className="field">
        <label htmlFor="scenario-name">Scenario name</label>
        <input
          id="scenario-name"
          value={name}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setName(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
        {error && (
          <small className="field__error" role="alert">
            {error}
          </small>
        )}
      </div>
      <div className="field">
        <label htmlFor="scenario-description">Description</label>
        <input
          id="scenario-description"
          defaultValue={scenario.description}
          key={scenario.id}
          onBlur={(e) => {
            const text = e.target.value.slice(0, 2000);
            if (text !== scenario.description)
              editWorkspace((ws) => {
                const s = ws.scenarios.find((x) => x.id === scenario.id);
                if (s) s.description = text;
              });
          }}
        />
      </div>
    </div>
  );
}
