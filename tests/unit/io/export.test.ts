import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { neutraliseCell, toCsv, toXlsxBlob } from '../../../src/io/export';

describe('neutraliseCell', () => {
  it('prefixes text starting with = + - @ tab or CR with a single quote', () => {
    expect(neutraliseCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseCell('+1+1')).toBe("'+1+1");
    expect(neutraliseCell('-2+3')).toBe("'-2+3");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\t=1')).toBe("'\t=1");
    expect(neutraliseCell('\r=1')).toBe("'\r=1");
    expect(neutraliseCell('Lyon = 1')).toBe('Lyon = 1');
  });
});

interface R {
  name: string;
  rate: number | undefined;
}
const rows: R[] = [
  { name: "=cmd|' /C calc'!A0", rate: -0.5 },
  { name: 'Dr "Quote", Jr', rate: undefined },
];
const cols = [
  { header: 'Name', value: (r: R) => r.name },
  { header: 'Rate', value: (r: R) => r.rate },
];

describe('toCsv', () => {
  it('neutralises formula text, keeps numbers numeric and quotes per RFC 4180', () => {
    const csv = toCsv(rows, cols);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['Name', 'Rate'],
      ["'=cmd|' /C calc'!A0", '-0.5'],
      ['Dr "Quote", Jr', ''],
    ]);
  });
});

describe('toXlsxBlob', () => {
  it('writes a workbook whose formula-like cells read back as quoted text', async () => {
    const blob = await toXlsxBlob(rows, cols);
    const { default: readXlsxFile } = await import('read-excel-file/universal');
    const [sheet] = await readXlsxFile(blob);
    expect(sheet?.data[1]).toEqual(["'=cmd|' /C calc'!A0", -0.5]);
  });
});
