import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../../src/io/deck/report-model';
import { buildReportTables } from '../../../../src/io/spreadsheet/report-tables';
import { sheetCells, tableToCsv, tablesToXlsxBlob } from '../../../../src/io/spreadsheet/write';
import { context, evaluation, global, workspace } from '../deck/fixtures';

const hostile = evaluation({
  id: 'SCN-EVIL',
  name: '=HYPERLINK("http://evil.example","click")',
  p50: 20,
  pReach: 0.9,
  countries: [{ iso2: 'US', name: '@SUM(A1:A9)', expected: 100, sites: 5 }],
});

function hostileWorkspace() {
  const ws = structuredClone(workspace);
  const names = ['+cmd|" /C calc"!A0', '-2+3', '\tTabbed', '\rReturn', 'Plain site'];
  names.forEach((name, i) => Object.assign(ws.sites[i]!, { name }));
  return ws;
}

describe('scenario, site and cost spreadsheets', () => {
  it('builds the six tables with the report’s numbers', () => {
    const [contents, ...tables] = buildReportTables(
      workspace,
      buildReportModel(workspace, [global], context),
    );
    // The first sheet names the scenarios the workbook contains (issue 13)
    expect(contents?.name).toBe('Contents');
    expect(contents?.rows.map((r) => r[1])).toEqual([global.scenarioName]);
    expect(tables.map((t) => t.name)).toEqual([
      'Scenarios',
      'Countries',
      'Costs',
      'Sites',
      'Assumptions',
      'About',
    ]);
    const scenarios = tables[0]!;
    const row = Object.fromEntries(scenarios.header.map((h, i) => [h, scenarios.rows[0]?.[i]]));
    expect(row).toMatchObject({
      'Scenario id': 'SCN-GLOBAL',
      'Months to target P50': 30.1,
      'P(target by deadline)': 0.65,
      'Expected cost': 16_800_000,
      Seed: 42,
      Runs: 5000,
    });
    const costs = tables[2]!;
    expect(costs.rows).toContainEqual(['Global', 'country', 'Japan', 4_800_000, 'USD']);
    expect(costs.rows).toContainEqual(['Global', 'category', 'Incentives (refund)', -200_000, 'USD']);
    expect(tables[3]!.rows).toHaveLength(workspace.sites.length);
  });

  it('neutralises formula-like text in CSV (= + - @ tab CR) but keeps negative numbers as numbers', () => {
    const ws = hostileWorkspace();
    const tables = buildReportTables(ws, buildReportModel(ws, [hostile, global], context)).slice(1);
    const parse = (csv: string) =>
      Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const scenarioCsv = parse(tableToCsv(tables[0]!));
    expect(scenarioCsv[1]?.[1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    const countryCsv = parse(tableToCsv(tables[1]!));
    expect(countryCsv[1]?.[2]).toBe("'@SUM(A1:A9)");
    const siteNames = parse(tableToCsv(tables[3]!))
      .slice(1, 6)
      .map((r) => r[1]);
    expect(siteNames).toEqual([`'+cmd|" /C calc"!A0`, "'-2+3", "'\tTabbed", "'\rReturn", 'Plain site']);
    const costCsv = parse(tableToCsv(tables[2]!));
    expect(costCsv.find((r) => r[2] === 'Incentives (refund)')?.[3]).toBe('-200000');
  });

  it('neutralises text cells in the workbook and writes one sheet per table', async () => {
    const ws = hostileWorkspace();
    const tables = buildReportTables(ws, buildReportModel(ws, [hostile], context)).slice(1);
    const cells = sheetCells(tables[0]!);
    expect(cells[1]?.[1]).toEqual({ value: `'=HYPERLINK("http://evil.example","click")`, type: String });
    expect(cells[1]?.[5]).toEqual({ value: 20, type: Number });
    const dir = mkdtempSync(join(tmpdir(), 'mrct-xlsx-'));
    const file = join(dir, 'report.xlsx');
    writeFileSync(file, Buffer.from(await (await tablesToXlsxBlob(tables)).arrayBuffer()));
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    expect(entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e))).toHaveLength(6);
    const xml = execFileSync(
      'unzip',
      ['-p', file, 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet4.xml'],
      { encoding: 'utf8' },
    );
    expect(xml).toContain(`<t>'=HYPERLINK("http://evil.example","click")</t>`);
    expect(xml).toContain("<t>'-2+3</t>");
    expect(xml).not.toMatch(/<f>/); // no formula cells at all
  });
});
