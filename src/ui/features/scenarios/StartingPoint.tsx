import type { Scenario } from '../../../domain/workspace/index';
import { useAppStore } from '../../../state/store';

/**
 * Whether this scenario starts from the running trial's actuals (the plan of record, or a what-if
 * made from it such as "add 10 Brazilian sites now") or keeps its pre-trial numbers (issue 13).
 */
export function StartingPoint({ scenario, asOf }: { scenario: Scenario; asOf: string | undefined }) {
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  const set = (on: boolean) =>
    editWorkspace((ws) => {
      const s = ws.scenarios.find((x) => x.id === scenario.id);
      if (s) s.startsFromActuals = on;
    });
  const fromActuals = scenario.startsFromActuals === true;
  return (
    <fieldset className="starting-point" role="radiogroup" aria-label="Starting point of this scenario">
      <legend>Starting point of “{scenario.name}”</legend>
      <label className="checkbox-row">
        <input
          type="radio"
          name={`start-${scenario.id}`}
          checked={fromActuals}
          disabled={!asOf}
          onChange={() => set(true)}
        />
        Starts from actuals{asOf ? ` to ${asOf}` : ' (import them first)'} — the plan of record, or a what-if
        made from it
      </label>
      <label className="checkbox-row">
        <input
          type="radio"
          name={`start-${scenario.id}`}
          checked={!fromActuals}
          onChange={() => set(false)}
        />
        Pre-trial numbers — the plan as if the trial had not started
      </label>
    </fieldset>
  );
}
