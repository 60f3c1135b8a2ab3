import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

/** Writes a value into idb-keyval's default store, as the app's persistence does. */
async function writeStored(page: Page, key: string, value: string) {
  await page.evaluate(
    ([k, v]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(v, k);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [key, value] as const,
  );
}

test('a half-written stored workspace is detected: the last good copy opens and the damaged one can be downloaded', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  // Make a good, saved edit: it becomes the last good copy at the next start
  await page.getByLabel('Study name').fill('Recovered study');
  await page.getByLabel('Study name').press('Tab');
  await app.waitUntilSaved();
  await page.reload();
  await expect(app.workspaceName()).toHaveText('Recovered study');

  // Simulate a crash mid-write: the stored text is cut in half
  const damaged = readFileSync(new URL('../../data/sample-workspace.json', import.meta.url), 'utf8').slice(
    0,
    4000,
  );
  await writeStored(page, 'mrct-planner/workspace', damaged);
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: 'damaged; the last good copy was restored' }),
  ).toBeVisible();
  await expect(app.workspaceName()).toHaveText('Recovered study');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the damaged copy' }).click(),
  ]);
  expect(readFileSync((await download.path()) as string, 'utf8')).toBe(damaged);
});
