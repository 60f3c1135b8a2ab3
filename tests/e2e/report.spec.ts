import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

const SHOTS = '/work/main/.tmp';
const dir = mkdtempSync(join(tmpdir(), 'mrct-report-'));

async function download(page: Page, button: string, name: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const file = join(dir, name);
  await dl.saveAs(file);
  return file;
}

const zipEntries = (file: string) =>
  execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
const zipEntry = (file: string, entry: string) =>
  execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });

test.describe('Report screen and exports', () => {
  test.setTimeout(180_000);

  test('a comparison report with deck, PDF and spreadsheets that contain its numbers', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('report');
    // Given the sample workspace's two scenarios in the report
    await page.getByRole('checkbox', { name: /Global/ }).check();
    const p50Global = page.getByTestId('report-p50-SCN-GLOBAL');
    await expect(p50Global).toHaveText(/\d+\.\d mo/, { timeout: 90_000 });
    await expect(page.getByTestId('report-p50-SCN-USEU')).toHaveText(/\d+\.\d mo/);
    const p50 = (await p50Global.textContent()) ?? '';
    const pDeadline = (await page.getByTestId('report-pdeadline-SCN-GLOBAL').textContent()) ?? '';

    // Then every section is there, with sources and the reproducibility line
    const report = page.getByTestId('report');
    for (const heading of [
      'Headline numbers',
      'Enrollment forecast',
      'Risks and points to review',
      'Key assumptions and their sources',
      'Reproducibility',
    ]) {
      await expect(report.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(report.getByRole('heading', { name: 'Regional consistency' }).first()).toBeVisible();
    await expect(report.getByTestId('world-map').first()).toBeVisible();
    await expect(page.getByTestId('report-repro')).toContainText(
      /10,000 runs, seed 20261121; MRCT Planner \d+\.\d+\.\d+, workspace schema v\d/,
    );
    await expect(report.locator('.report-assumptions')).toContainText('as of');

    await page.screenshot({ path: `${SHOTS}/report-screen.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/report-print.png`, fullPage: true });
    await expect(page.getByRole('button', { name: 'PowerPoint deck' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });

    // When the deck is downloaded, then it is a PPTX with 8 slides, native charts and notes
    const deck = await download(page, 'PowerPoint deck', 'deck.pptx');
    const entries = zipEntries(deck);
    expect(entries).toContain('[Content_Types].xml');
    expect(entries).toContain('ppt/presentation.xml');
    const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e));
    expect(slides).toHaveLength(8); // title, recommendation, summary, 2 scenarios, comparison, requirements, risks
    const charts = entries.filter((e) => /^ppt\/charts\/chart\d+\.xml$/.test(e));
    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(charts.some((c) => zipEntry(deck, c).includes('<c:lineChart>'))).toBe(true);
    expect(charts.some((c) => zipEntry(deck, c).includes('<c:barChart>'))).toBe(true);
    expect(entries.filter((e) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(e))).toHaveLength(8);
    expect(zipEntry(deck, 'ppt/slides/slide5.xml')).toContain(p50);
    expect(zipEntry(deck, 'ppt/notesSlides/notesSlide8.xml')).toContain('Sources of the reference values');

    // When the PDF one-pager is downloaded, then both scenarios are side by side on one page
    const pdf = readFileSync(await download(page, 'PDF one-pager', 'one-pager.pdf'), 'latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);

    // When the workbook is downloaded, then it has the six sheets
    const xlsx = await download(page, 'Excel (.xlsx)', 'scenarios.xlsx');
    expect(zipEntries(xlsx).filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e))).toHaveLength(7); // Contents + six tables
    expect(zipEntry(xlsx, 'xl/workbook.xml')).toContain('name="Assumptions"');

    // And a CSV of the scenarios carries the same P(by deadline)
    await page.getByRole('combobox', { name: 'CSV table' }).selectOption('Scenarios');
    const csv = readFileSync(await download(page, 'CSV', 'scenarios.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('P(target by deadline)');
    const globalRow = csv.split('\r\n').find((l) => l.startsWith('SCN-GLOBAL')) ?? '';
    // The screen shows whole percents (">99%" at the top end); the CSV keeps the raw probability.
    expect(globalRow).toContain(String(Number(pDeadline.replace(/[<>%]/g, '')) / 100).slice(0, 3));
    expect(app.consoleErrors).toEqual([]);
  });
});
