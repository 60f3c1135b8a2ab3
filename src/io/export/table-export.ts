import Papa from 'papaparse';
import { neutraliseCell } from './neutralise';

/** A column to export: a header and a plain value per row. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

type Plain = string | number | null;

function grid<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): Plain[][] {
  const header = columns.map((c) => neutraliseCell(c.header));
  const body = rows.map((row) =>
    columns.map((c) => {
      const v = c.value(row);
      if (v === null || v === undefined) return null;
      return typeof v === 'number' ? (Number.isFinite(v) ? v : null) : neutraliseCell(v);
    }),
  );
  return [header, ...body];
}

/** CSV text (RFC 4180 quoting, CRLF, UTF-8 BOM so Excel reads accents) with formula cells neutralised. */
export function toCsv<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): string {
  return (
    '\uFEFF' +
    Papa.unparse(
      grid(rows, columns).map((r) => r.map((c) => (c === null ? '' : c))),
      { newline: '\r\n' },
    )
  );
}

/** An .xlsx workbook (one sheet) with formula cells neutralised; write-excel-file loads lazily. */
export async function toXlsxBlob<T>(
  rows: readonly T[],
  columns: readonly ExportColumn<T>[],
  sheet = 'Sites',
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const [header = [], ...body] = grid(rows, columns);
  const data = [
    header.map((h) => ({ value: String(h ?? ''), fontWeight: 'bold' as const })),
    ...body.map((r) =>
      r.map((c) =>
        c === null ? null : typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String },
      ),
    ),
  ];
  return writeXlsxFile(data, { sheet, stickyRowsCount: 1 }).toBlob();
}
