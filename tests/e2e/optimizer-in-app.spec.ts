import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ScenariosPage } from './pages/scenarios-page';

/**
 * Issue 13 item 9: the optimizer in the app answers in seconds with progress and a Cancel button,
 * starts from the active scenario's assumptions, lets the user pin a country ("US: at least 10
 * sites") and says why each offered country got no sites.
 */
test('optimizer: active scenario, pinned US, progress, answer in seconds, why countries were dropped', async ({
  page,
}) => {
  test.setTimeout(200_000);
  const app = new AppPage(page);
  const scenarios = new ScenariosPage(page);
  await app.open('scenarios');
  const optimizer = page.getByRole('region', { name: 'Optimizer' });

  // The assumptions follow the scenario being looked at
  await scenarios.select(/Global/);
  await expect(optimizer.getByTestId('optimizer-base')).toContainText('Global: + Australia fast start');
  await scenarios.select(/US \+ EU only/);
  await expect(optimizer.getByTestId('optimizer-base')).toContainText('US + EU only');

  // Pin the US at 10 sites or more
  await optimizer.getByLabel('At least this many sites in United States').fill('10');
  const started = Date.now();
  await optimizer.getByRole('button', { name: 'Run optimizer' }).click();
  await expect(optimizer.getByRole('progressbar', { name: 'Optimizer progress' })).toBeVisible();
  const result = optimizer.getByTestId('optimizer-result');
  await expect(result.getByRole('heading', { name: 'Cheapest mix' })).toBeVisible({ timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `optimizer answered in ${seconds.toFixed(1)} s (browser, sample workspace, 12 countries ≤ 30 sites)`,
  );
  expect(seconds).toBeLessThan(30);
  await expect(optimizer.getByTestId('optimizer-elapsed')).toContainText(/Answered in \d+(\.\d)? s/);
  await expect(
    result.getByRole('table', { name: 'Chosen mix' }).getByRole('row', { name: /United States/ }),
  ).toContainText('10');
  await expect(result).toContainText('pinned: at least 10');

  // Every offered country with no sites has a reason
  const dropped = optimizer.getByTestId('dropped-countries').locator('li');
  expect(await dropped.count()).toBeGreaterThan(2);
  for (const text of await dropped.allInnerTexts())
    expect(text).toMatch(/per patient|after the deadline|not offered/);
  await expect(optimizer.getByTestId('dropped-countries')).toContainText('Canada');
  await optimizer.screenshot({ path: '.tmp/13b-optimizer.png' });
  const axe = await new AxeBuilder({ page })
    .include('.optimizer-panel')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // Cancel stops a run
  await optimizer.getByRole('button', { name: 'Run optimizer' }).click();
  await optimizer.getByRole('button', { name: 'Cancel' }).click();
  await expect(optimizer.getByRole('status')).toContainText('Cancelled');
  await expect(optimizer.getByRole('button', { name: 'Run optimizer' })).toBeEnabled();
  expect(app.consoleErrors).toEqual([]);
});
