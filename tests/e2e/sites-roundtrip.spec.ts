import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { downloadFrom, readText, savedWorkspace } from './helpers/downloads';

/** Issue 13 item 6: a sites export re-imports with "update existing" without losing a field. */
test.describe('Sites export → re-import', () => {
  test.setTimeout(120_000);

  test('round-trips every site and PI field (deep-equal workspace before and after)', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('sites');
    await expect(page.getByText('61 rows')).toBeVisible();
    const before = await savedWorkspace(page);
    const csv = readText(
      await downloadFrom(page, page.getByRole('button', { name: 'Export shown sites as CSV' }), 'sites.csv'),
    );

    await page.getByRole('button', { name: 'Import sites…' }).click();
    await page.setInputFiles('#import-file', {
      name: 'sites.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByLabel(/Update sites whose id already exists/).check();
    await expect(page.getByRole('status').filter({ hasText: 'Ready:' })).toContainText(
      '0 new and 61 updated site(s)',
    );
    await expect(page.getByTestId('import-blank-warning')).toHaveCount(0);
    await page.getByRole('button', { name: /(Add|Import) 61 site/ }).click();
    await expect(page.getByText('61 rows')).toBeVisible();
    await app.waitUntilSaved();

    const after = await savedWorkspace(page);
    expect(after.sites).toEqual(before.sites);
    expect(after.investigators).toEqual(before.investigators);
    expect(after).toEqual(before);
    expect(app.consoleErrors).toEqual([]);
  });

  test('an update that blanks a field says which fields first and applies only when confirmed', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open('sites');
    const csv = readText(
      await downloadFrom(page, page.getByRole('button', { name: 'Export shown sites as CSV' }), 'sites.csv'),
    );
    const [header = '', ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const columns = header.split(',');
    const estimate = columns.indexOf('Site estimate per month');
    expect(estimate).toBeGreaterThan(0);
    // Blank the first site's own estimate (a site that has one).
    const target = rows.findIndex((r) => (r.split(',')[estimate] ?? '') !== '');
    const cells = (rows[target] ?? '').split(',');
    const was = cells[estimate];
    cells[estimate] = '';
    rows[target] = cells.join(',');
    const edited = [header, ...rows].join('\r\n');

    await page.getByRole('button', { name: 'Import sites…' }).click();
    await page.setInputFiles('#import-file', {
      name: 'sites-edited.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(edited),
    });
    await page.getByLabel(/Update sites whose id already exists/).check();
    const warning = page.getByTestId('import-blank-warning');
    await expect(warning).toContainText('1 field would be blanked');
    await expect(warning).toContainText(`row ${target + 2}`);
    await expect(warning).toContainText(`Site estimate per month: ${was} → blank`);
    const apply = page.getByRole('button', { name: /Import 61 site/ });
    await expect(apply).toBeDisabled();
    await warning.getByRole('checkbox', { name: /Blank these fields/ }).check();
    await expect(apply).toBeEnabled();
    await apply.click();
    await expect(page.getByText('61 rows')).toBeVisible();
  });
});
