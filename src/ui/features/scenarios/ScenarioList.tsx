import { createScenario, deleteScenario, duplicateScenario } from '../../../state/actions/scenarios';
import { useAppStore } from '../../../state/store';

/** The workspace's scenarios: select, create, duplicate, delete. */
export function ScenarioList({ selectedId }: { selectedId: string | null }) {
  const scenarios = useAppStore((s) => s.workspace.scenarios);
  const select = useAppStore((s) => s.selectScenario);
  return (
    <nav className="scenario-list panel" aria-label="Scenarios">
      <div className="toolbar" style={{ marginTop: 0 }}>
        <button type="button" className="primary" onClick={() => createScenario()}>
          New scenario
        </button>
        <button
          type="button"
          disabled={!selectedId}
          onClick={() => selectedId && duplicateScenario(selectedId)}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="danger"
          disabled={!selectedId}
          onClick={() => selectedId && deleteScenario(selectedId)}
        >
          Delete
        </button>
      </div>
      <ul>
        {scenarios.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`scenario-list__item${s.id === selectedId ? ' is-selected' : ''}`}
              aria-current={s.id === selectedId ? 'true' : undefined}
              onClick={() => select(s.id)}
            >
              <span>{s.name}</span>
              <span className="muted small">
                {s.countries.length} countries ·{' '}
                {s.countries.reduce((n, c) => n + (c.useNamedSites ? c.siteIds.length : c.siteCount), 0)}{' '}
                sites
              </span>
            </button>
          </li>
        ))}
      </ul>
      {scenarios.length === 0 && (
        <p className="muted small">No scenarios yet: create one to forecast enrollment.</p>
      )}
    </nav>
  );
}
