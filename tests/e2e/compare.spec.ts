import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ScenariosPage } from './pages/scenarios-page';

test('build two scenarios, compare them, open a why panel, see the tornado, and re-rank by changing a weight', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const app = new AppPage(page);
  const scenarios = new ScenariosPage(page);
  await app.open('scenarios');

  // Scenario 1: a copy of the global mix with 60 generic US sites instead of 14 named ones (faster, dearer)
  await scenarios.select(/^Global/);
  await scenarios.duplicate();
  const name = page.getByLabel('Scenario name');
  await name.fill('Global + 60 US sites');
  await name.press('Enter');
  await page.getByLabel('Sites for United States').selectOption('count');
  await page.getByLabel('Generic sites in United States').fill('60');
  await page.getByLabel('Generic sites in United States').press('Enter');
  // Scenario 2: a new scenario with Europe only
  await page.getByRole('button', { name: 'New scenario' }).click();
  await name.fill('Europe only');
  await name.press('Enter');
  for (const c of ['United States', 'Canada', 'Japan', 'China', 'South Korea', 'Australia', 'Brazil'])
    await page.getByLabel(`Use ${c}`).uncheck();
  await expect(page.getByRole('navigation', { name: 'Scenarios' })).toContainText('Europe only');

  await app.goTo('Compare');
  // Compare the two global variants only
  await page.getByRole('checkbox', { name: 'US + EU only' }).uncheck();
  await page.getByRole('checkbox', { name: 'Europe only' }).uncheck();
  const ranking = page.getByTestId('ranking');
  await expect(ranking).toContainText('1. Global + 60 US sites', { timeout: 60_000 });
  await expect(ranking).not.toContainText('refining', { timeout: 60_000 });
  await expect(page.getByTestId('comparison-table')).toContainText('baseline');

  // Why panel
  await page.getByRole('button', { name: /^Why Speed score for Global \+ 60 US sites/ }).click();
  const why = page.getByRole('dialog', { name: /Why: Speed score of Global \+ 60 US sites/ });
  await expect(why).toContainText('Formula');
  await expect(why.getByRole('listitem')).not.toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(why).toHaveCount(0);

  // Tornado of the baseline
  await expect(
    page.getByTestId('sensitivity').getByRole('img', { name: /Tornado: median last patient in/ }),
  ).toBeVisible({ timeout: 60_000 });

  // Put all the weight on cost: the cheaper plan now ranks first
  for (const w of ['Speed weight', 'Recruitment feasibility weight', 'Regional ratio weight'])
    await page.getByLabel(w).fill('0');
  await page.getByLabel('Cost weight').fill('100');
  await expect(ranking).toContainText('1. Global: + Australia', { timeout: 30_000 });
  expect(app.consoleErrors).toEqual([]);
});
