import { useMemo, useState } from 'react';
import { referenceData } from '../../../domain/reference/index';
import {
  carryOverMapping,
  IMPORT_FIELDS,
  REQUIRED_FIELDS,
  validateImport,
} from '../../../io/site-import/index';
import { readTabularFileOffMainThread } from '../../../worker/import-table';
import type { ColumnMapping, ImportFieldKey, ImportIssue, RawTable } from '../../../io/site-import/index';
import { applySiteImport } from '../../../state/actions/sites';
import { useAppStore } from '../../../state/store';
import { SimpleTable } from '../../components/simple-table/SimpleTable';
import { BlankWarning, CountryNamesTable, downloadSiteTemplate } from './ImportExtras';
import { ImportScenarioTargets } from './ImportScenarioTargets';

const KNOWN_COUNTRIES = new Set(referenceData.countries.map((c) => c.iso2));
const MAX_SHOWN = 200;

function IssueTable({ issues }: { issues: ImportIssue[] }) {
  return (
    <div className="import-issues">
      <SimpleTable
        label="Import problems"
        rows={issues.slice(0, MAX_SHOWN)}
        rowKey={(_, k) => k}
        rowProps={(i) => ({ className: i.kind === 'duplicate' ? 'issue--duplicate' : undefined })}
        columns={[
          { key: 'file', header: 'File', cell: (i) => i.file },
          { key: 'row', header: 'Row', cell: (i) => i.row ?? '—', numeric: true },
          { key: 'column', header: 'Column', cell: (i) => i.column ?? '—' },
          { key: 'value', header: 'Value', cell: (i) => <code>{i.value ?? ''}</code> },
          { key: 'reason', header: 'Problem', cell: (i) => i.reason },
        ]}
      />
      {issues.length > MAX_SHOWN && <p className="muted">…and {issues.length - MAX_SHOWN} more.</p>}
    </div>
  );
}

/**
 * Import a site list: choose a CSV/XLSX file, check the column mapping against a preview, see
 * every problem, and apply all rows at once — or nothing.
 */
export function ImportPanel({ onClose }: { onClose: () => void }) {
  const sites = useAppStore((s) => s.workspace.sites);
  const investigators = useAppStore((s) => s.workspace.investigators);
  const [table, setTable] = useState<RawTable | null>(null);
  const [readIssues, setReadIssues] = useState<ImportIssue[]>([]);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [updateExisting, setUpdateExisting] = useState(false);
  const [busy, setBusy] = useState(false);
  // The user's own mapping choices, by header name, carried over when a (fixed) file is chosen again.
  const [manual, setManual] = useState<Partial<Record<ImportFieldKey, string | null>>>({});
  const [keptChoices, setKeptChoices] = useState(0);
  const [blanksConfirmed, setBlanksConfirmed] = useState(false);
  const [targetScenarios, setTargetScenarios] = useState<string[]>([]);

  const result = useMemo(
    () =>
      table && mapping
        ? validateImport(table, mapping, {
            existingSites: sites,
            existingInvestigators: investigators,
            onExistingId: updateExisting ? 'update' : 'refuse',
            knownCountries: KNOWN_COUNTRIES,
          })
        : null,
    [table, mapping, sites, investigators, updateExisting],
  );

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const read = await readTabularFileOffMainThread(file);
    setBusy(false);
    if (!read.ok) {
      setTable(null);
      setMapping(null);
      setReadIssues(read.issues);
      return;
    }
    setReadIssues([]);
    setTable(read.table);
    const carried = carryOverMapping(read.table.headers, manual);
    setMapping(carried.mapping);
    setKeptChoices(carried.kept);
    setBlanksConfirmed(false);
  };

  const chooseColumn = (key: ImportFieldKey, value: string) => {
    if (!mapping || !table) return;
    const index = value === '' ? null : Number(value);
    setMapping({ ...mapping, [key]: index });
    setManual({ ...manual, [key]: index === null ? null : (table.headers[index] ?? null) });
  };

  const mapped = mapping ? IMPORT_FIELDS.filter((f) => mapping[f.key] !== null) : [];
  const errors = result?.issues.filter((i) => i.kind === 'error').length ?? 0;
  const dupes = result?.issues.filter((i) => i.kind === 'duplicate').length ?? 0;

  return (
    <section className="panel import-panel" aria-label="Import sites">
      <div className="site-detail__head">
        <h2>Import sites</h2>
        <button type="button" className="link-button" onClick={onClose} aria-label="Close import">
          ✕
        </button>
      </div>
      <p className="muted">
        CSV (UTF-8) or .xlsx, up to 20 MB. Each row is one site; PI columns create or update investigators.
        Every row is checked; nothing is added unless all rows pass.
      </p>
      <div className="field">
        <label htmlFor="import-file">Site list file</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,.xls"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <p className="small">
        <button type="button" onClick={downloadSiteTemplate}>
          Download template
        </button>{' '}
        <span className="muted">
          a CSV with every column the import reads and one example row; countries may be ISO codes or names.
        </span>
      </p>
      {busy && <p className="muted">Reading…</p>}
      {readIssues.length > 0 && (
        <div role="alert">
          <p className="field__error">The file could not be read.</p>
          <IssueTable issues={readIssues} />
        </div>
      )}

      {table && mapping && result && (
        <>
          <h3>Column mapping</h3>
          {keptChoices > 0 && (
            <p className="muted small">Kept your column choices from the previous file ({keptChoices}).</p>
          )}
          <div className="mapping-grid">
            {IMPORT_FIELDS.map((f) => (
              <label key={f.key} className="mapping-row">
                <span>
                  {f.label}
                  {REQUIRED_FIELDS.includes(f.key as ImportFieldKey) ? ' *' : ''}
                </span>
                <select value={mapping[f.key] ?? ''} onChange={(e) => chooseColumn(f.key, e.target.value)}>
                  <option value="">— not imported —</option>
                  {table.headers.map((h, i) => (
                    <option key={i} value={i}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>

          <h3>Preview (first 5 of {table.rows.length} rows)</h3>
          <div className="import-preview">
            <table className="data compact" aria-label="Import preview">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  {mapped.map((f) => (
                    <th key={f.key} scope="col">
                      {f.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.slice(0, 5).map((r, i) => (
                  <tr key={i}>
                    <td>{i + 2}</td>
                    {mapped.map((f) => (
                      <td key={f.key}>{r[mapping[f.key] ?? -1] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <CountryNamesTable names={result.countryNames} />

          <label className="dt-inline">
            <input
              type="checkbox"
              checked={updateExisting}
              onChange={(e) => setUpdateExisting(e.target.checked)}
            />{' '}
            Update sites whose id already exists (otherwise they are duplicates)
          </label>

          {result.ok && result.blanked.length > 0 && (
            <BlankWarning
              blanked={result.blanked}
              confirmed={blanksConfirmed}
              onConfirm={setBlanksConfirmed}
            />
          )}
          <ImportScenarioTargets value={targetScenarios} onChange={setTargetScenarios} />

          {result.ok ? (
            <p className="import-ready" role="status">
              Ready: {result.counts.newSites} new and {result.counts.updatedSites} updated site(s),{' '}
              {result.counts.newPis} new and {result.counts.updatedPis} updated PI(s).
            </p>
          ) : (
            <div role="alert">
              <p className="field__error" data-testid="import-summary">
                {errors} error(s) and {dupes} duplicate(s) in {table.fileName}; nothing will be added until
                they are fixed.
              </p>
              <IssueTable issues={result.issues} />
            </div>
          )}
          <div className="toolbar">
            <button
              type="button"
              className="primary"
              disabled={!result.ok || (result.blanked.length > 0 && !blanksConfirmed)}
              onClick={() => applySiteImport(result, targetScenarios) && onClose()}
            >
              Import {result.counts.rows} site(s)
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      )}
    </section>
  );
}
