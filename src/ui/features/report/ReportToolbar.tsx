import { useState } from 'react';
import type { Workspace } from '../../../domain/workspace/index';
import type { ReportModel } from '../../../io/deck/report-model';
import { useAppStore } from '../../../state/store';
import { CSV_TABLES, downloadCsv, downloadDeck, downloadOnePager, downloadXlsx } from './exports';
import { shareWorkspaceLink } from './share-actions';
import { ShareLinkField } from '../../components/form';

/** Print, deck, PDF, spreadsheet and share-link actions; disabled until the numbers are final. */
export function ReportToolbar({
  workspace,
  report,
  scenarioIds,
  readOnly,
}: {
  workspace: Workspace;
  report: ReportModel | null;
  scenarioIds: string[];
  readOnly: boolean;
}) {
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState<string | null>(null);
  const [csvTable, setCsvTable] = useState<(typeof CSV_TABLES)[number]>('Scenarios');
  const [shareUrl, setShareUrl] = useState<string | null>(null);

  const run = (label: string, task: (r: ReportModel) => Promise<void>) => async () => {
    if (!report) return;
    setBusy(label);
    try {
      await task(report);
    } catch (error) {
      notify({
        tone: 'error',
        title: `Could not create the ${label}.`,
        details: [error instanceof Error ? error.message : String(error)],
      });
    } finally {
      setBusy(null);
    }
  };
  const single = scenarioIds.length === 1 ? scenarioIds[0] : undefined;
  const onShare = async () => {
    const link = await shareWorkspaceLink(
      workspace,
      single ? { scenarioId: single } : { scenarioIds, focusScenarioId: scenarioIds[0] },
    );
    setShareUrl(link?.url ?? null);
  };
  const disabled = !report || busy !== null;
  return (
    <div className="report-toolbar" role="toolbar" aria-label="Report actions">
      <button type="button" onClick={() => window.print()} disabled={!report}>
        Print / save as PDF
      </button>
      <button type="button" onClick={run('PowerPoint deck', downloadDeck)} disabled={disabled}>
        {busy === 'PowerPoint deck' ? 'Building deck…' : 'PowerPoint deck'}
      </button>
      <button type="button" onClick={run('PDF one-pager', downloadOnePager)} disabled={disabled}>
        {busy === 'PDF one-pager' ? 'Building PDF…' : 'PDF one-pager'}
      </button>
      <button
        type="button"
        onClick={run('Excel workbook', (r) => downloadXlsx(workspace, r))}
        disabled={disabled}
      >
        Excel (.xlsx)
      </button>
      <span className="report-toolbar__csv">
        <select
          aria-label="CSV table"
          value={csvTable}
          onChange={(e) => setCsvTable(e.target.value as (typeof CSV_TABLES)[number])}
        >
          {CSV_TABLES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
        <button
          type="button"
          onClick={run('CSV file', (r) => downloadCsv(workspace, r, csvTable))}
          disabled={disabled}
        >
          CSV
        </button>
      </span>
      <button
        type="button"
        onClick={() => void onShare()}
        disabled={scenarioIds.length === 0}
        title="The plan travels inside the link; nothing is uploaded"
      >
        {single ? 'Share link to this scenario' : 'Share link to this comparison'}
      </button>
      {readOnly && <span className="muted small">Shared plan: exports use its numbers.</span>}
      {shareUrl && (
        <span className="report-toolbar__share">
          <ShareLinkField
            label="Report share link"
            url={shareUrl}
            testId="report-share-url"
            onDone={() => setShareUrl(null)}
          />
        </span>
      )}
    </div>
  );
}
