import { useState } from 'react';
import { downloadFile } from '../../../io/download';
import { toCsv, toXlsxBlob } from '../../../io/export/index';
import { setOptimismDiscount } from '../../../state/actions/sites';
import { useAppStore } from '../../../state/store';
import { DataTable } from '../../components/table/index';
import { BulkEditBar } from './BulkEditBar';
import { NumberField } from '../../components/form';
import { SITE_EXPORT_COLUMNS } from './export-columns';
import { ImportPanel } from './ImportPanel';
import type { SiteRow } from './prior-inputs';
import { SITE_COLUMNS } from './site-columns';
import { SiteDetail } from './SiteDetail';
import { useSiteRows } from './use-site-rows';

const rowId = (r: SiteRow) => r.site.id;
const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

/** Sites & PIs: the site list with PI attributes and rate priors, import/export and a detail panel. */
export function SitesScreen() {
  const { workspace, rows } = useSiteRows({ withScenarioNames: true });
  const notify = useAppStore((s) => s.notify);
  const [openId, setOpenId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [importing, setImporting] = useState(false);
  const open = rows.find((r) => r.site.id === openId);
  const stamp = new Date().toISOString().slice(0, 10);

  const exportRows = async (view: SiteRow[], kind: (typeof EXPORT_FORMATS)[number]) => {
    try {
      if (kind === 'csv')
        downloadFile(`sites-${stamp}.csv`, toCsv(view, SITE_EXPORT_COLUMNS), 'text/csv;charset=utf-8');
      else
        downloadFile(
          `sites-${stamp}.xlsx`,
          await toXlsxBlob(view, SITE_EXPORT_COLUMNS),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
    } catch (e) {
      notify({
        tone: 'error',
        title: 'Export failed',
        details: [e instanceof Error ? e.message : String(e)],
      });
    }
  };

  return (
    <section className="screen sites-screen">
      <h1>Sites &amp; PIs</h1>
      <p className="muted">
        {workspace.sites.length} sites, {workspace.investigators.length} investigators. Click a row for the
        site, its PI and how its enrolment prior is built. Edit a cell by clicking it; invalid values are
        refused with the reason.
      </p>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => setImporting(true)} disabled={importing}>
          Import sites…
        </button>
        <div className="discount-field">
          <NumberField
            label="Optimism discount on site estimates (%)"
            value={workspace.settings.optimismDiscount}
            scale={100}
            digits={0}
            onCommit={(v) => setOptimismDiscount(v ?? Number.NaN)}
          />
        </div>
      </div>
      {importing && <ImportPanel onClose={() => setImporting(false)} />}
      {selected.size > 0 && <BulkEditBar ids={[...selected]} onDone={() => setSelected(new Set())} />}
      <div className={open ? 'split' : undefined}>
        <DataTable
          label="Sites"
          rows={rows}
          columns={SITE_COLUMNS}
          getRowId={rowId}
          height="calc(100vh - 330px)"
          selectable
          selectedIds={selected}
          onSelectedIdsChange={setSelected}
          onRowActivate={(r) => setOpenId(r.site.id)}
          activeRowId={openId}
          emptyMessage={
            workspace.sites.length === 0
              ? 'No sites yet: import a site list.'
              : 'No site matches the filters.'
          }
          toolbar={(view) => (
            <>
              <span className="muted">Export</span>
              {EXPORT_FORMATS.map((format) => (
                <button
                  key={format}
                  type="button"
                  onClick={() => void exportRows(view.rows, format)}
                  aria-label={`Export shown sites as ${format.toUpperCase()}`}
                >
                  {format.toUpperCase()}
                </button>
              ))}
            </>
          )}
        />
        {open && <SiteDetail row={open} onClose={() => setOpenId(null)} onOpen={setOpenId} />}
      </div>
    </section>
  );
}
