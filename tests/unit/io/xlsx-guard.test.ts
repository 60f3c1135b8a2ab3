import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTabularFile } from '../../../src/io/site-import/index';
import { MAX_IMPORT_ROWS, xlsxExpansionProblem } from '../../../src/io/site-import/xlsx-guard';

/** Issue #14 defect 3: an .xlsx is a ZIP; what it expands to and how many rows it has are capped. */
const asFile = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

function sheetXml(rows: number): string {
  const body = Array.from(
    { length: rows },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>S${i}</t></is></c></row>`,
  ).join('');
  return `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

describe('xlsx expansion guard', () => {
  it('refuses a workbook that inflates past the limit, counting inflated bytes not declared sizes', () => {
    const zeros = new Uint8Array(8 * 1024 * 1024); // 8 MB of zeros deflates to ~8 KB
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': zeros, 'xl/sharedStrings.xml': zeros }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(xlsxExpansionProblem(bomb, 10 * 1024 * 1024)).toMatch(/expands to more than 10 MB when unpacked/);
    expect(xlsxExpansionProblem(bomb, 20 * 1024 * 1024)).toBeNull();
  });

  it('refuses a sheet with more rows than the import takes, before the reader builds them', async () => {
    const rows = MAX_IMPORT_ROWS + 10;
    const book = zipSync({ 'xl/worksheets/sheet1.xml': strToU8(sheetXml(rows)) });
    const started = performance.now();
    const result = await readTabularFile(asFile('huge.xlsx', book));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]!.reason).toMatch(/has more than 50,000 rows/);
  });

  it('refuses a CSV with more rows than the import takes', async () => {
    const csv = [
      'Site ID,Site name,Country',
      ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `S${i},Site ${i},US`),
    ].join('\n');
    const result = await readTabularFile(asFile('huge.csv', strToU8(csv)));
    expect(!result.ok && result.issues[0]!.reason).toMatch(/has 50,001 rows; at most 50,000 sites/);
  });

  it('passes an ordinary workbook and what is not a ZIP (the reader explains that)', () => {
    expect(xlsxExpansionProblem(zipSync({ 'xl/worksheets/sheet1.xml': strToU8(sheetXml(100)) }))).toBeNull();
    expect(xlsxExpansionProblem(strToU8('not a zip'))).toBeNull();
  });
});
