import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * Issue 18: source tooltips sit in the shared popover layer (a portal at the end of <body>), so a
 * table cell or a scrolling panel never clips them — checked at 1024×768 on Countries and on
 * Scenarios — and they open from the keyboard and close with Escape.
 */

test.use({ viewport: { width: 1024, height: 768 } });

/** The tooltip is wholly inside the viewport and on top: the element at each of its corners is the tooltip. */
async function expectUnclipped(page: Page, tip: Locator) {
  const box = (await tip.boundingBox())!;
  expect(box.width).toBeGreaterThan(100);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  const onTop = await page.evaluate(
    ({ x, y, width, height }) =>
      [
        [x + 3, y + 3],
        [x + width - 3, y + 3],
        [x + 3, y + height - 3],
        [x + width - 3, y + height - 3],
      ].every(([px, py]) => document.elementFromPoint(px!, py!)?.closest('[role="tooltip"]') !== null),
    box,
  );
  expect(onTop).toBe(true);
  // In the popover layer, not inside the table or panel it describes
  expect(await tip.evaluate((el) => el.parentElement === document.body)).toBe(true);
}

test('Countries: a source tooltip in the table is not clipped, opens on focus and closes with Escape', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('countries');
  const grid = page
    .getByRole('table', { name: 'Reference countries' })
    .or(page.getByRole('grid', { name: 'Reference countries' }));
  await expect(grid).toBeVisible({ timeout: 30_000 }); // a lazy screen on a loaded machine
  // The last visible value of the table's right-most parameter column
  const values = grid.locator('[data-origin]');
  await expect(values.first()).toBeVisible();
  const value = values.last();
  await value.scrollIntoViewIfNeeded();
  await value.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(/Source: .+As of/);
  await expectUnclipped(page, tip);
  await page.screenshot({ path: '.tmp/tooltip-countries-1024.png' });

  // Keyboard: focus opens it (described by it), Escape closes it and leaves focus on the value
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
  // (The table is virtualised: once focused, the value is found by focus, not by position.)
  await values.first().focus();
  const focused = page.locator('[data-origin]:focus');
  await expect(tip).toBeVisible();
  await expect(focused).toHaveAttribute('aria-describedby', (await tip.getAttribute('id'))!);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await expect(focused).toHaveCount(1);
  await expect(focused).not.toHaveAttribute('aria-describedby');
  // Tab to the next value: its own source shows
  await page.keyboard.press('Tab');
  await expect(tip).toHaveCount(1);
  expect(app.consoleErrors).toEqual([]);
});

test('Scenarios: the workspace value behind a country override shows its source, unclipped', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('scenarios');
  const scope = page.locator('select[id^="ovr-scope-"]').first();
  await scope.scrollIntoViewIfNeeded();
  // The scenario's first country (index 0 is the whole study)
  const country = (await scope.locator('option').nth(1).textContent())!.trim();
  await scope.selectOption({ index: 1 });
  const key = page.locator('select[id^="ovr-key-"]').first();
  await key.selectOption({ label: 'Contract & budget (most likely)' });
  const line = page.getByTestId('workspace-value');
  await expect(line).toContainText(`Workspace value (${country}, contract & budget)`);
  const value = line.locator('[data-origin]');
  await value.scrollIntoViewIfNeeded();
  await value.hover();
  const tip = page.getByRole('tooltip');
  await expect(tip).toContainText(/Source: .+As of|Your override/);
  await expectUnclipped(page, tip);
  await page.screenshot({ path: '.tmp/tooltip-scenarios-1024.png' });
  await page.mouse.move(0, 0);
  await value.focus();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});
