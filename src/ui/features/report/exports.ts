import type { Workspace } from '../../../domain/workspace/index';
import type { ReportModel } from '../../../io/deck/report-model';
import { downloadFile, safeFileName } from '../../../io/download';

/** Downloads of the report. Every heavy library (pptxgenjs, jspdf, write-excel-file) loads here, on first use. */

const baseName = (report: ReportModel, suffix: string, ext: string) =>
  safeFileName(`${report.meta.studyName.split(':')[0] ?? 'study'} ${suffix}`, ext);

export async function downloadDeck(report: ReportModel): Promise<void> {
  const [{ buildDeckModel }, { renderDeck }] = await Promise.all([
    import('../../../io/deck/deck-model'),
    import('../../../io/deck/render-deck'),
  ]);
  const blob = await renderDeck(buildDeckModel(report), 'blob');
  downloadFile(
    baseName(report, 'deck', '.pptx'),
    blob as Blob,
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  );
}

export async function downloadOnePager(report: ReportModel): Promise<void> {
  const [{ buildOnePagerModel }, { renderOnePager }] = await Promise.all([
    import('../../../io/pdf/one-pager-model'),
    import('../../../io/pdf/render-pdf'),
  ]);
  const blob = await renderOnePager(buildOnePagerModel(report), 'blob');
  downloadFile(baseName(report, 'one-pager', '.pdf'), blob as Blob, 'application/pdf');
}

export async function downloadXlsx(workspace: Workspace, report: ReportModel): Promise<void> {
  const [{ buildReportTables }, { tablesToXlsxBlob }] = await Promise.all([
    import('../../../io/spreadsheet/report-tables'),
    import('../../../io/spreadsheet/write'),
  ]);
  const blob = await tablesToXlsxBlob(buildReportTables(workspace, report));
  downloadFile(
    baseName(report, 'scenarios', '.xlsx'),
    blob,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
}

export const CSV_TABLES = ['Scenarios', 'Countries', 'Costs', 'Sites', 'Assumptions'] as const;

export async function downloadCsv(
  workspace: Workspace,
  report: ReportModel,
  table: (typeof CSV_TABLES)[number],
): Promise<void> {
  const [{ buildReportTables }, { tableToCsv }] = await Promise.all([
    import('../../../io/spreadsheet/report-tables'),
    import('../../../io/spreadsheet/write'),
  ]);
  const found = buildReportTables(workspace, report).find((t) => t.name === table);
  if (!found) return;
  downloadFile(baseName(report, table.toLowerCase(), '.csv'), tableToCsv(found), 'text/csv;charset=utf-8');
}
