/** A spreadsheet as text cells: the header row and the data rows (cells trimmed). */
export interface RawTable {
  fileName: string;
  headers: string[];
  rows: string[][];
  /**
   * Spreadsheet row number of each data row (the file's first line is row 1), so problems name the
   * row the user sees even when blank rows were skipped. Absent: rows are numbered 2, 3, … in order.
   */
  rowNumbers?: number[];
}

/**
 * One problem found while reading or validating an import. `row` is the spreadsheet row number
 * (the header is row 1, the first data row is row 2); null when the problem is the whole file.
 */
export interface ImportIssue {
  kind: 'error' | 'duplicate';
  file: string;
  row: number | null;
  column: string | null;
  value: string | null;
  reason: string;
}

export type ReadResult = { ok: true; table: RawTable } | { ok: false; issues: ImportIssue[] };

export function fileIssue(file: string, reason: string): ImportIssue {
  return { kind: 'error', file, row: null, column: null, value: null, reason };
}
