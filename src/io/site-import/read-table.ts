import Papa from 'papaparse';
import { decodeCsvBytes } from './decode';
import { sizeProblem } from './limits';
import { MAX_IMPORT_ROWS, xlsxExpansionProblem } from './xlsx-guard';
import { fileIssue } from './types';
import type { ImportIssue, RawTable, ReadResult } from './types';

/** The part of a File the reader needs (a File or a Blob with a name). */
export interface ImportFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

function toTable(fileName: string, grid: string[][]): ReadResult {
  // Number rows before dropping blank ones, so that a blank row (",,," from Excel, or an empty
  // line) does not shift every later problem onto the wrong row (found by
  // tests/unit/fuzz/site-import.fuzz.test.ts).
  const nonEmpty = grid
    .map((cells, i) => ({ cells, row: i + 1 }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) return { ok: false, issues: [fileIssue(fileName, 'File has no rows.')] };
  if (rows.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      issues: [
        fileIssue(
          fileName,
          `The file has ${rows.length.toLocaleString('en-US')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} sites can be imported at once. Split it into smaller files.`,
        ),
      ],
    };
  }
  const headers = header.cells.map((h, i) => h.trim() || `Column ${i + 1}`);
  return {
    ok: true,
    table: {
      fileName,
      headers,
      rows: rows.map((r) => r.cells.map((c) => c.trim())),
      rowNumbers: rows.map((r) => r.row),
    },
  };
}

/** Parses CSV text (delimiter detected: comma, semicolon or tab) into a raw table. */
export function parseCsvText(fileName: string, text: string): ReadResult {
  // The delimiter is guessed on the first rows with blank lines skipped (as before); the full
  // parse then keeps blank lines so row numbers match the file (toTable drops them).
  const guess = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    preview: 200,
  });
  const parsed = Papa.parse<string[]>(text, { delimiter: guess.meta.delimiter });
  const fatal = parsed.errors.filter((e) => e.type === 'Quotes');
  if (fatal.length > 0) {
    const issues: ImportIssue[] = fatal.slice(0, 20).map((e) => ({
      kind: 'error',
      file: fileName,
      row: e.row === undefined ? null : e.row + 1,
      column: null,
      value: null,
      reason: `CSV syntax: ${e.message}`,
    }));
    return { ok: false, issues };
  }
  return toTable(fileName, parsed.data);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * Reads a CSV or XLSX site list. The size limit is checked before a single byte is read, so a
 * huge file is refused at once; CSV bytes must be UTF-8; the first XLSX sheet is used.
 */
export async function readTabularFile(file: ImportFile): Promise<ReadResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, issues: [fileIssue(file.name, tooBig)] };
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xls')) {
    return {
      ok: false,
      issues: [fileIssue(file.name, 'Old .xls workbooks are not supported; save as .xlsx or CSV UTF-8.')],
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (lower.endsWith('.xlsx')) {
    const expansion = xlsxExpansionProblem(bytes);
    if (expansion) return { ok: false, issues: [fileIssue(file.name, expansion)] };
    try {
      const { default: readXlsxFile } = await import('read-excel-file/universal');
      const sheets = await readXlsxFile(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      const first = sheets[0];
      if (!first) return { ok: false, issues: [fileIssue(file.name, 'Workbook has no sheets.')] };
      return toTable(
        file.name,
        first.data.map((row) => row.map(cellText)),
      );
    } catch (e) {
      return {
        ok: false,
        issues: [
          fileIssue(
            file.name,
            `Not a readable .xlsx workbook (${e instanceof Error ? e.message : 'unknown error'}).`,
          ),
        ],
      };
    }
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, issues: [fileIssue(file.name, decoded.reason)] };
  return parseCsvText(file.name, decoded.text);
}

export type { RawTable };
