import { useState } from 'react';
import { addSitesToScenario, removeSitesFromScenario } from '../../../state/actions/scenario-sites';
import { useAppStore } from '../../../state/store';
import { OptionSelect } from '../../components/form';

type Mode = 'add' | 'remove';

/** "Add to scenario…" / "Remove from scenario…" for the selected sites: pick the scenario, confirm. */
export function ScenarioBulkActions({ ids }: { ids: string[] }) {
  const scenarios = useAppStore((s) => s.workspace.scenarios);
  const notify = useAppStore((s) => s.notify);
  const [mode, setMode] = useState<Mode | null>(null);
  const [scenarioId, setScenarioId] = useState('');
  const chosen = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0];
  const apply = () => {
    if (!chosen || !mode) return;
    const n = mode === 'add' ? addSitesToScenario(chosen.id, ids) : removeSitesFromScenario(chosen.id, ids);
    const verb = mode === 'add' ? 'added to' : 'removed from';
    const skipped = ids.length - n;
    notify({
      tone: 'success',
      title: `${n} site(s) ${verb} “${chosen.name}”${skipped > 0 ? ` (${skipped} already ${mode === 'add' ? 'in it' : 'not in it'})` : ''}`,
    });
    setMode(null);
  };
  if (scenarios.length === 0) return null;
  if (!mode) {
    return (
      <span className="dt-inline">
        <button type="button" onClick={() => setMode('add')}>
          Add to scenario…
        </button>
        <button type="button" onClick={() => setMode('remove')}>
          Remove from scenario…
        </button>
      </span>
    );
  }
  return (
    <span
      className="dt-inline"
      role="group"
      aria-label={mode === 'add' ? 'Add to scenario' : 'Remove from scenario'}
    >
      <label className="dt-inline">
        {mode === 'add' ? `Add ${ids.length} site(s) to` : `Remove ${ids.length} site(s) from`}
        <OptionSelect
          label="Scenario"
          value={chosen?.id ?? ''}
          options={scenarios.map((s) => ({ value: s.id, label: s.name }))}
          onChange={setScenarioId}
        />
      </label>
      <button type="button" className="primary" onClick={apply}>
        {mode === 'add' ? 'Add' : 'Remove'}
      </button>
      <button type="button" className="link-button" onClick={() => setMode(null)}>
        Cancel
      </button>
    </span>
  );
}
