import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ScenariosPage } from './pages/scenarios-page';

/**
 * Issue 13, CMO journey: from the plan on file ("US + EU only"), build a second country mix that adds
 * Japan and China with hand-picked sites and a Japanese floor, then compare the two on Compare.
 */
test('CMO: build a second country mix and compare it with the first', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  const scenarios = new ScenariosPage(page);
  await app.open('scenarios');

  // Second mix: a copy of the first, plus Japan and China
  await scenarios.select(/US \+ EU only/);
  await scenarios.duplicate();
  const name = page.getByLabel('Scenario name');
  await name.fill('US + EU + Japan + China');
  await name.press('Enter');
  await page.getByLabel('Use Japan').check();
  await page.getByLabel('Use China').check();
  await expect(page.getByLabel('Sites for Japan').locator('option[value="named"]')).toHaveText(
    'Named sites (6 of 6)',
  );

  // Hand-pick: drop one Tokyo site, keep the rest; ask Japan for at least 10% of patients
  await page.getByRole('button', { name: 'Choose sites…' }).click();
  const picker = page.getByRole('group', { name: 'Sites for US + EU + Japan + China' });
  await picker.getByLabel('Search sites').fill('Tokyo Oncology');
  await picker.getByRole('checkbox', { name: 'In scenario: Tokyo Oncology Clinic (North)' }).uncheck();
  await expect(page.getByLabel('Sites for Japan').locator('option[value="named"]')).toHaveText(
    'Named sites (5 of 6)',
  );
  await expect(picker.getByTestId('site-picker-count')).toContainText('51 of 61');
  const japanFloor = page.getByLabel('Minimum share for Japan');
  await japanFloor.fill('10');
  await japanFloor.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Consistency' }).getByTestId('consistency-floor-JP'),
  ).toContainText('10.0%', { timeout: 30_000 });
  const second = await scenarios.refinedKpis();

  // The first mix is unchanged
  await scenarios.select(/US \+ EU only/);
  await expect(
    page
      .getByRole('navigation', { name: 'Scenarios' })
      .getByRole('button', { name: /US \+ EU only/ })
      .first(),
  ).toContainText('7 countries · 40 sites');
  const first = await scenarios.refinedKpis();
  expect(second.deadline).not.toEqual(first.deadline);

  // Compare the two mixes
  await app.goTo('Compare');
  await page.getByRole('checkbox', { name: /^Global/ }).uncheck();
  const ranking = page.getByTestId('ranking');
  await expect(ranking).toContainText('US + EU + Japan + China', { timeout: 90_000 });
  await expect(ranking).toContainText('US + EU only');
  await expect(ranking).not.toContainText('refining', { timeout: 90_000 });
  const table = page.getByTestId('comparison-table');
  await expect(table).toContainText('US + EU + Japan + China');
  await expect(table).toContainText('US + EU only');
  await expect(table).toContainText(second.deadline);
  await expect(table).toContainText(first.deadline);
  await page.screenshot({ path: '.tmp/13b-journey-cmo-compare.png', fullPage: true });
  expect(app.consoleErrors).toEqual([]);
});
