import { useAppStore } from '../../../state/store';

/**
 * Asks which scenarios the new sites of an import join (as named sites). None ticked: the sites
 * are only in the workspace, and a scenario picks them up from its site picker or the Sites table.
 */
export function ImportScenarioTargets({
  value,
  onChange,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const scenarios = useAppStore((s) => s.workspace.scenarios);
  if (scenarios.length === 0) return null;
  return (
    <fieldset className="import-targets">
      <legend>Add the new sites to these scenarios</legend>
      {scenarios.map((s) => (
        <label key={s.id} className="dt-inline">
          <input
            type="checkbox"
            checked={value.includes(s.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...value, s.id] : value.filter((id) => id !== s.id))
            }
          />{' '}
          {s.name}
        </label>
      ))}
      <p className="muted small">
        Unticked scenarios keep their sites; you can add the new sites later from a scenario’s site picker or
        with “Add to scenario…” here.
      </p>
    </fieldset>
  );
}
