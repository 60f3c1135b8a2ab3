import { useState } from 'react';
import { isIsoDate } from '../../../domain/dates';
import type { Scenario } from '../../../domain/workspace/index';
import { parseActualsCsv, type ActualsError } from '../../../io/actuals-csv';
import { useAppStore } from '../../../state/store';
import { FileButton } from '../../components/form';
import { StartingPoint } from './StartingPoint';

const MAX_BYTES = 20 * 1024 * 1024;
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The running trial's actual enrollment (CSV: site id, date, patients randomised), kept once for
 * the workspace. Each scenario says whether it starts from it (see StartingPoint). All or nothing:
 * any bad row — including one dated after the as-of date or in the future — refuses the whole
 * file and lists every problem.
 */
export function ActualsPanel({ scenario }: { scenario: Scenario }) {
  const sites = useAppStore((s) => s.workspace.sites);
  const scenarios = useAppStore((s) => s.workspace.scenarios);
  const actuals = useAppStore((s) => s.workspace.actuals);
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  const [asOf, setAsOf] = useState(() => actuals?.asOf ?? today());
  const [problems, setProblems] = useState<{ file: string; errors: ActualsError[] } | null>(null);

  const onFile = async (file: File) => {
    if (file.size > MAX_BYTES) {
      setProblems({
        file: file.name,
        errors: [
          {
            row: 0,
            column: 'row',
            value: `${(file.size / 1024 / 1024).toFixed(0)} MB`,
            reason: 'File is larger than 20 MB',
          },
        ],
      });
      return;
    }
    const now = today();
    if (!isIsoDate(asOf) || asOf > now) {
      setProblems({
        file: file.name,
        errors: [
          {
            row: 0,
            column: 'date',
            value: asOf,
            reason: `the as-of date must be a date no later than today (${now})`,
          },
        ],
      });
      return;
    }
    const result = parseActualsCsv(
      await file.text(),
      sites.map((s) => s.id),
      { asOf, today: now },
    );
    if (!result.ok) {
      setProblems({ file: file.name, errors: result.errors });
      return;
    }
    setProblems(null);
    editWorkspace((ws) => {
      ws.actuals = {
        asOf,
        rows: result.rows.map((r) => ({ siteId: r.siteId, date: r.date, randomised: r.patients })),
      };
      // The first import makes the scenario on screen the plan of record; every other scenario keeps
      // its pre-trial numbers until the user says otherwise.
      if (!ws.scenarios.some((s) => s.startsFromActuals)) {
        const s = ws.scenarios.find((x) => x.id === scenario.id);
        if (s) s.startsFromActuals = true;
      }
    });
  };

  const total = actuals?.rows.reduce((n, r) => n + r.randomised, 0) ?? 0;
  const using = scenarios.filter((s) => s.startsFromActuals).map((s) => s.name);
  return (
    <section className="panel" aria-label="Actual enrollment">
      <h2>Actual enrollment of the running trial</h2>
      {actuals && actuals.rows.length > 0 ? (
        <p data-testid="actuals-status">
          {total} patients randomised at {new Set(actuals.rows.map((r) => r.siteId)).size} sites as of{' '}
          {actuals.asOf}. Starting from them: {using.length ? using.join('; ') : 'no scenario'}; the others
          keep their pre-trial numbers.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => editWorkspace((ws) => void delete ws.actuals)}
          >
            Clear actuals
          </button>
        </p>
      ) : (
        <p className="muted small">
          No actuals yet. Import a CSV with columns: site id, date (YYYY-MM-DD), patients randomised (per row,
          not running totals). List a site activated with nobody randomised yet with its activation date and
          0; a site with no rows counts as not yet activated.
        </p>
      )}
      <StartingPoint
        scenario={scenario}
        asOf={actuals && actuals.rows.length > 0 ? actuals.asOf : undefined}
      />
      <div className="toolbar">
        <label className="field field--inline">
          <span>Actuals as of</span>
          <input type="date" value={asOf} max={today()} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <FileButton accept=".csv,text/csv" testId="actuals-input" onFile={(f) => void onFile(f)}>
          Import actuals CSV…
        </FileButton>
      </div>
      {problems && (
        <div className="notice notice--error" role="alert">
          <div>
            <strong>
              {problems.file} was not imported ({problems.errors.length} problem
              {problems.errors.length === 1 ? '' : 's'}); nothing changed.
            </strong>
            <ul>
              {problems.errors.slice(0, 50).map((e, i) => (
                <li key={i}>
                  {problems.file}, row {e.row}, {e.column}
                  {e.value ? ` “${e.value}”` : ''}: {e.reason}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}
