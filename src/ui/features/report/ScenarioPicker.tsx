import type { Scenario } from '../../../domain/workspace/index';

/** Which scenarios the report covers: one for a summary, two to six for a comparison. */
export function ScenarioPicker({
  scenarios,
  chosen,
  onChange,
  max,
}: {
  scenarios: Scenario[];
  chosen: string[];
  onChange: (ids: string[]) => void;
  max: number;
}) {
  const toggle = (id: string, on: boolean) => {
    // Keep the workspace's scenario order so reports read the same way every time.
    const next = on
      ? scenarios.map((s) => s.id).filter((x) => x === id || chosen.includes(x))
      : chosen.filter((x) => x !== id);
    onChange(next);
  };
  return (
    <fieldset className="scenario-picker">
      <legend>
        Scenarios in the report{' '}
        <span className="muted small">(one for a summary, up to {max} to compare)</span>
      </legend>
      {scenarios.map((s) => {
        const checked = chosen.includes(s.id);
        return (
          <label key={s.id} className="scenario-picker__item">
            <input
              type="checkbox"
              checked={checked}
              disabled={!checked && chosen.length >= max}
              onChange={(e) => toggle(s.id, e.target.checked)}
            />{' '}
            {s.name}
          </label>
        );
      })}
    </fieldset>
  );
}
