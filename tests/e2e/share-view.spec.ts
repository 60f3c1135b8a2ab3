import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { downloadFrom, readText } from './helpers/downloads';

/**
 * Issue 13 item 3: a share link carries the shared view (scenarios, baseline, weights); while it
 * is open the whole app shows only the shared plan and nothing is written to the recipient's
 * workspace until "Save a copy"; an oversized link offers a file instead.
 */
test.describe('Share links carry the view and never touch the recipient’s workspace', () => {
  test.setTimeout(240_000);

  test('the recipient sees the shared comparison, baseline and weights everywhere; their edits are not saved', async ({
    page,
    browser,
  }) => {
    const sender = new AppPage(page);
    await sender.open('compare');
    await page
      .getByLabel('Baseline')
      .selectOption({ label: 'Global: + Australia fast start, Japan, China, Korea, Brazil' });
    await page.getByLabel('Cost weight').fill('80');
    await sender.goTo('Report');
    await page.getByRole('checkbox', { name: /Global/ }).check();
    await expect(page.getByTestId('report-p50-SCN-GLOBAL')).toHaveText(/\d+\.\d mo/, { timeout: 90_000 });
    await page.getByRole('button', { name: 'Share link to this comparison' }).click();
    const url = await page.getByTestId('report-share-url').inputValue();

    const context = await browser.newContext();
    const other = await context.newPage();
    const colleague = new AppPage(other);
    await colleague.open('study');
    await other.getByRole('button', { name: 'New', exact: true }).click();
    await expect(colleague.workspaceName()).toHaveText('Untitled study');
    await colleague.waitUntilSaved();
    await other.goto(url);

    // The shared comparison, on every screen, under the banner
    const banner = other.getByTestId('shared-banner');
    await expect(banner).toContainText('read-only');
    await expect(other.getByRole('checkbox', { name: 'US + EU only' })).toBeChecked();
    await expect(other.getByRole('checkbox', { name: /Global/ })).toBeChecked();
    await colleague.goTo('Compare');
    await expect(banner).toBeVisible();
    await expect(other.getByLabel('Baseline')).toHaveValue('SCN-GLOBAL');
    await expect(other.getByLabel('Cost weight')).toHaveValue('80');
    await colleague.goTo('Sites & PIs');
    await expect(banner).toBeVisible();
    await expect(other.getByText('61 rows')).toBeVisible();
    await colleague.goTo('Study');
    await expect(colleague.workspaceName()).toHaveText(/^ORCHID-3/);

    // An edit while viewing is not written to the recipient's browser storage
    await other.getByLabel('Study name').fill('Edited while viewing');
    await other.getByLabel('Study name').press('Tab');
    await expect(colleague.workspaceName()).toHaveText('Edited while viewing');
    await other.waitForTimeout(1500); // longer than the autosave debounce
    const stored = await other.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('keyval-store');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names[0] ?? 'keyval', 'readonly');
      const value = await new Promise<unknown>((resolve) => {
        const r = tx.objectStore(names[0] ?? 'keyval').get('mrct-planner/workspace');
        r.onsuccess = () => resolve(r.result);
      });
      return typeof value === 'string' ? value : '';
    });
    expect(stored).toContain('Untitled study');
    expect(stored).not.toContain('Edited while viewing');

    // Leaving the shared plan brings the recipient's own workspace back, also after a reload
    await banner.getByRole('button', { name: 'Back to my workspace' }).click();
    await expect(colleague.workspaceName()).toHaveText('Untitled study');
    await other.reload();
    await expect(colleague.workspaceName()).toHaveText('Untitled study');
    expect(colleague.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a plan too large for a link is offered as a file, saying why', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('study');
    const sample = JSON.parse(
      readFileSync(new URL('../../data/sample-workspace.json', import.meta.url), 'utf8'),
    ) as {
      workspace: { sites: { id: string; name: string; country: string; city: string }[] };
    };
    // 3,000 extra sites with varied names: far beyond what compresses into 32 KB
    for (let i = 0; i < 3000; i++) {
      sample.workspace.sites.push({
        id: `BIG-${i}`,
        name: `Site ${(i * 7919).toString(36)} ${(i * 104729).toString(36)}`,
        country: 'US',
        city: `City ${(i * 31).toString(36)}`,
      });
    }
    await app.openFile('big.mrct.json', JSON.stringify(sample));
    await expect(page.getByText(/Opened big\.mrct\.json/)).toBeVisible();
    await page.getByRole('button', { name: 'Share link', exact: true }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Link too large' });
    await expect(notice).toContainText(/makes a \d+ KB link; links over 32 KB/);
    const file = await downloadFrom(
      page,
      notice.getByRole('button', { name: 'Download the plan as a file' }),
      'plan.json',
    );
    expect(JSON.parse(readText(file)).workspace.sites).toHaveLength(3061);
  });
});
