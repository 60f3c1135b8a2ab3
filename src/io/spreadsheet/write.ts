import { neutraliseCell, toCsv } from '../export/index';
import type { SheetTable } from './report-tables';

/** CSV of one table; formula-like text is neutralised by the shared exporter (src/io/export). */
export function tableToCsv(table: SheetTable): string {
  return toCsv(
    table.rows,
    table.header.map((header, i) => ({ header, value: (row: SheetTable['rows'][number]) => row[i] ?? null })),
  );
}

type Cell =
  | { value: string; type: StringConstructor; fontWeight?: 'bold' }
  | { value: number; type: NumberConstructor }
  | null;

/** The cells of a sheet with every text cell neutralised against formula injection. */
export function sheetCells(table: SheetTable): Cell[][] {
  return [
    table.header.map((h) => ({ value: neutraliseCell(h), type: String, fontWeight: 'bold' as const })),
    ...table.rows.map((row) =>
      row.map((v): Cell => {
        if (v === null) return null;
        if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number } : null;
        return { value: neutraliseCell(v), type: String };
      }),
    ),
  ];
}

/** One .xlsx workbook with a sheet per table; write-excel-file loads on demand. */
export async function tablesToXlsxBlob(tables: SheetTable[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(
    tables.map((t) => ({ data: sheetCells(t), sheet: t.name, stickyRowsCount: 1 })),
  ).toBlob();
}
