import { useRef, useState } from 'react';
import { parseActualsCsv, type ActualsError } from '../../../io/actuals-csv';
import { useAppStore } from '../../../state/store';

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Import actual enrollment (CSV: site id, date, patients randomised) to re-forecast from it.
 * All or nothing: any bad row refuses the whole file and lists every problem.
 */
export function ActualsPanel() {
  const input = useRef<HTMLInputElement>(null);
  const sites = useAppStore((s) => s.workspace.sites);
  const actuals = useAppStore((s) => s.workspace.actuals);
  const editWorkspace = useAppStore((s) => s.editWorkspace);
  const [problems, setProblems] = useState<{ file: string; errors: ActualsError[] } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setProblems({ file: file.name, errors: [{ row: 0, column: 'row', value: `${(file.size / 1024 / 1024).toFixed(0)} MB`, reason: 'File is larger than 20 MB' }] });
      return;
    }
    const result = parseActualsCsv(await file.text(), sites.map((s) => s.id));
    if (!result.ok) {
      setProblems({ file: file.name, errors: result.errors });
      return;
    }
    setProblems(null);
    const asOf = result.rows.reduce((max, r) => (r.date > max ? r.date : max), '');
    editWorkspace((ws) => void (ws.actuals = { asOf, rows: result.rows.map((r) => ({ siteId: r.siteId, date: r.date, randomised: r.patients })) }));
  };

  const total = actuals?.rows.reduce((n, r) => n + r.randomised, 0) ?? 0;
  return (
    <section className="panel" aria-label="Actual enrollment">
      <h2>Actual enrollment</h2>
      {actuals && actuals.rows.length > 0 ? (
        <p data-testid="actuals-status">
          {total} patients randomised at {new Set(actuals.rows.map((r) => r.siteId)).size} sites as of {actuals.asOf}; forecasts re-forecast from them.{' '}
          <button type="button" className="link-button" onClick={() => editWorkspace((ws) => void delete ws.actuals)}>
            Clear actuals
          </button>
        </p>
      ) : (
        <p className="muted small">No actuals yet. Import a CSV with columns: site id, date (YYYY-MM-DD), patients randomised (per row, not running totals).</p>
      )}
      <button type="button" onClick={() => input.current?.click()}>
        Import actuals CSV…
      </button>
      <input ref={input} type="file" accept=".csv,text/csv" hidden data-testid="actuals-input" onChange={(e) => void onFile(e.target.files?.[0])} />
      {problems && (
        <div className="notice notice--error" role="alert">
          <div>
            <strong>
              {problems.file} was not imported ({problems.errors.length} problem{problems.errors.length === 1 ? '' : 's'}); nothing changed.
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
