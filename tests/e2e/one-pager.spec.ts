import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { downloadFrom } from './helpers/downloads';
import { AppPage } from './pages/app-page';

/**
 * Issue 18: the PDF one-pager carries the decision — the chosen scenarios side by side on ONE page,
 * the Overview's recommendation word for word, the dates shown on screen, and a footer with the
 * workspace, date, seed and whether actuals are in. Read with poppler's pdfinfo/pdftotext, the
 * way a person's PDF viewer would see it (not jsPDF's own streams).
 */

const SHOTS = '.tmp';
/** Whitespace as one space; the symbols the PDF base font cannot draw as the PDF writes them. */
const normal = (s: string) => s.replace(/\s+/g, ' ').replace(/−/g, '-').replace(/≥/g, '>=').trim();

test('the PDF one-pager: one page, the recommendation and the Overview dates, workspace/seed/actuals footer', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const app = new AppPage(page);
  await page.goto('/#/overview');
  await expect(page.getByTestId('recommendation')).toHaveAttribute('data-refined', 'true', {
    timeout: 120_000,
  });
  const sentences = (await page.getByTestId('recommendation').getByRole('listitem').allTextContents()).map(
    (s) => s.replace(/\s*\(from .*\)\s*$/, '').trim(),
  );
  expect(sentences.length).toBeGreaterThanOrEqual(5);
  const cards = page.locator('.overview-card');
  const dates: string[] = [];
  for (let i = 0; i < (await cards.count()); i++) {
    dates.push((await cards.nth(i).getByTestId('card-milestone-p50').textContent())!.trim());
    dates.push(
      (await cards.nth(i).getByTestId('card-lpi-p50').textContent())!.replace(
        /^last patient in | \(P50\)$/g,
        '',
      ),
    );
  }
  for (const d of dates) expect(d).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);

  await app.goTo('Report');
  await page.getByRole('checkbox', { name: /US \+ EU/ }).check();
  await page.getByRole('checkbox', { name: /Global/ }).check();
  await expect(page.getByTestId('report-p50-SCN-GLOBAL')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('report-p50-SCN-USEU')).toBeVisible({ timeout: 120_000 });
  const file = await downloadFrom(
    page,
    page.getByRole('button', { name: 'PDF one-pager', exact: true }),
    'one-pager.pdf',
  );

  // One page, A4 landscape
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts/);

  const text = normal(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
  // The recommendation, sentence by sentence, as the Overview says it
  expect(text).toContain('Recommendation');
  for (const s of sentences) expect(text).toContain(normal(s));
  // Both scenarios side by side, each with the topline and LPI dates the Overview shows
  expect(text).toContain('US + EU only');
  expect(text).toContain('Global: + Australia');
  expect(text).toContain('Topline results (P50)');
  for (const d of dates) expect(text).toContain(d);
  // Ticks and labels on the axes: dates across, patients up
  expect(text).toMatch(/Jan 20\d\d/);
  expect(text).toContain('Calendar date');
  expect(text).toContain('Randomised patients (cumulative)');
  // Footer: workspace, date, seed and whether actuals are included
  expect(text).toMatch(
    /Workspace "[^"]+" · generated \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d UTC · seed 20261121 · actuals not included/,
  );

  // A picture of the page to look at
  mkdirSync(SHOTS, { recursive: true });
  execFileSync('pdftoppm', ['-r', '110', '-png', '-singlefile', file, `${SHOTS}/one-pager`]);
  expect(app.consoleErrors).toEqual([]);
});
