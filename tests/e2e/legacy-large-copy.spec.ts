import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const sampleText = readFileSync(new URL('../../data/sample-workspace.json', import.meta.url), 'utf8');
const LIMIT = 50 * 1024 * 1024;

/**
 * Issue #14 defect 5: releases before the size check stored indented copies of any size, and on
 * reload a copy over 50 MB was "damaged" (the session lost; the rescued file refused by Open…).
 * A copy over the limit only by its indentation now reopens whole, and is saved within the limit.
 */
test('a stored copy over 50 MB only by its indentation reopens whole and is saved within the limit', async ({
  page,
}) => {
  test.setTimeout(480_000);
  const app = new AppPage(page);
  await app.open('study');

  // Given an older release's indented copy: the sample with 500,000 actuals rows, over 50 MB
  const sizes = await page.evaluate(
    ([text, limit]) => {
      const doc = JSON.parse(text) as {
        workspace: { study: { name: string }; sites: Array<{ id: string }>; actuals?: unknown };
      };
      doc.workspace.study.name = 'Legacy large workspace';
      const ids = doc.workspace.sites.map((s) => s.id);
      const rows = Array.from({ length: 500_000 }, (_, i) => ({
        siteId: ids[i % ids.length]!,
        date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        randomised: i % 3,
      }));
      doc.workspace.actuals = { asOf: '2026-11-30', rows };
      const indented = JSON.stringify(doc, null, 2);
      const compact = JSON.stringify(doc);
      return new Promise<{ indented: number; compact: number }>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onupgradeneeded = () => open.result.createObjectStore('keyval');
        open.onsuccess = () => {
          const tx = open.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(indented, 'mrct-planner/workspace');
          tx.oncomplete = () => resolve({ indented: indented.length, compact: compact.length });
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }).then((r) => ({ ...r, limit }));
    },
    [sampleText, LIMIT] as const,
  );
  expect(sizes.indented).toBeGreaterThan(LIMIT);
  expect(sizes.compact).toBeLessThan(LIMIT);

  // When the app starts again
  await page.reload();
  await expect(page.getByTestId('save-status')).not.toHaveText(/Loading/, { timeout: 200_000 });

  // Then that workspace is open, nothing is called damaged
  await expect(app.workspaceName()).toHaveText('Legacy large workspace', { timeout: 60_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toHaveCount(0);

  // And after an edit it is stored within the limit, without indentation, and reopens
  await page.getByLabel('Study name').fill('Legacy large workspace, edited');
  await page.getByLabel('Study name').blur();
  // Serialising 500,000 rows takes seconds on a loaded machine
  await expect(page.getByTestId('save-status')).toHaveText(/Saved|All changes saved/, { timeout: 120_000 });
  const stored = await page.evaluate(
    () =>
      new Promise<{ length: number; head: string }>((resolve, reject) => {
        const open = indexedDB.open('keyval-store');
        open.onsuccess = () => {
          const req = open.result.transaction('keyval').objectStore('keyval').get('mrct-planner/workspace');
          req.onsuccess = () => {
            const text = String(req.result);
            resolve({ length: text.length, head: text.slice(0, 40) });
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
  expect(stored.length).toBeLessThanOrEqual(LIMIT);
  expect(stored.head).toMatch(/^\{"format":"mrct-planner\/workspace"/);
  await page.reload();
  await expect(app.workspaceName()).toHaveText('Legacy large workspace, edited', { timeout: 60_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toHaveCount(0);
});
