import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { downloadFrom, zipEntry } from './helpers/downloads';

/** Issue 13 item 4: the report's scenario selection persists with the workspace; exports name their scenarios. */
test.describe('Report selection', () => {
  test.setTimeout(180_000);

  test('survives leaving the screen and a reload, and travels in the saved file', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('report');
    const global = page.getByRole('checkbox', { name: /Global/ });
    const useu = page.getByRole('checkbox', { name: 'US + EU only' });
    await global.check();
    await expect(useu).toBeChecked();
    await app.goTo('Study');
    await app.goTo('Report');
    await expect(global).toBeChecked();
    await expect(useu).toBeChecked();
    await app.waitUntilSaved();
    await page.reload();
    await expect(global).toBeChecked();
    await expect(useu).toBeChecked();
    await useu.uncheck();
    await app.goTo('Compare');
    await app.goTo('Report');
    await expect(useu).not.toBeChecked();
    await expect(global).toBeChecked();
  });

  test('the workbook names the scenarios it contains on its first sheet', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('report');
    await page.getByRole('checkbox', { name: /Global/ }).check();
    await expect(page.getByTestId('report-p50-SCN-GLOBAL')).toHaveText(/\d+\.\d mo/, { timeout: 90_000 });
    await expect(page.getByTestId('report-p50-SCN-USEU')).toHaveText(/\d+\.\d mo/, { timeout: 90_000 });
    const xlsx = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Excel (.xlsx)' }),
      'scenarios.xlsx',
    );
    const workbook = zipEntry(xlsx, 'xl/workbook.xml');
    const firstSheetName = /<sheet [^>]*name="([^"]+)"/.exec(workbook)?.[1];
    expect(firstSheetName).toBe('Contents');
    const sheet1 = zipEntry(xlsx, 'xl/worksheets/sheet1.xml') + safeEntry(xlsx, 'xl/sharedStrings.xml');
    expect(sheet1).toContain('US + EU only');
    expect(sheet1).toContain('Global: + Australia fast start');
  });
});

function safeEntry(file: string, entry: string): string {
  try {
    return zipEntry(file, entry);
  } catch {
    return '';
  }
}
