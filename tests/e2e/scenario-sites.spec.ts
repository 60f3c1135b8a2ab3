import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ScenariosPage } from './pages/scenarios-page';

/**
 * Issue 13 item 2: sites are chosen per scenario. The sample's "US + EU only" uses all 14 US sites;
 * the picker drops some, adds a whole country, and the counts follow everywhere; the Sites table
 * adds/removes selected sites in bulk and shows each site's scenarios; an import asks which
 * scenarios get the new sites.
 */
const fixture = (name: string) => new URL(`../fixtures/sites/${name}`, import.meta.url).pathname;
const scenarioList = (page: Page) => page.getByRole('navigation', { name: 'Scenarios' });

test('site picker: filter, untick, select a whole country; counts follow', async ({ page }) => {
  const app = new AppPage(page);
  const scenarios = new ScenariosPage(page);
  await app.open('scenarios');
  await scenarios.select(/US \+ EU only/);
  const usSites = page.getByLabel('Sites for United States');
  await expect(usSites.locator('option[value="named"]')).toHaveText('Named sites (14 of 14)');
  await expect(scenarioList(page).getByRole('button', { name: /US \+ EU only/ })).toContainText('40 sites');

  await page.getByRole('button', { name: 'Choose sites…' }).click();
  const picker = page.getByRole('group', { name: 'Sites for US + EU only' });
  await expect(picker.getByTestId('site-picker-count')).toContainText('40 of 61 workspace sites');

  // Search, then untick two US sites one by one
  await picker.getByLabel('Search sites').fill('Houston');
  await picker.getByRole('checkbox', { name: 'In scenario: Houston Oncology Clinic' }).uncheck();
  await picker.getByLabel('Search sites').fill('Denver');
  await picker.getByRole('checkbox', { name: 'In scenario: Denver University Cancer Centre' }).uncheck();
  await expect(usSites.locator('option[value="named"]')).toHaveText('Named sites (12 of 14)');
  await expect(page.getByRole('row', { name: /United States/ }).first()).toContainText('12');
  await expect(picker.getByTestId('site-picker-count')).toContainText('38 of 61');

  // PI-experience filter: remove every US site whose PI has run fewer than 3 trials in the area
  await picker.getByLabel('Search sites').fill('');
  await picker.getByLabel('Filter by country').selectOption('US');
  await picker.getByLabel('Minimum PI trials in the area').fill('3');
  const shownText = await picker.getByText(/\d+ shown, \d+ in the scenario/).innerText();
  const shown = Number(/(\d+) shown/.exec(shownText)?.[1]);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(14);

  // Select all in Japan: Japan joins the scenario with its 6 named sites
  await picker.getByLabel('Minimum PI trials in the area').fill('');
  await picker.getByLabel('Filter by country').selectOption('JP');
  await expect(page.getByLabel('Use Japan')).not.toBeChecked();
  await picker.getByRole('button', { name: 'Select all in Japan (6)' }).click();
  await expect(page.getByLabel('Use Japan')).toBeChecked();
  await expect(page.getByLabel('Sites for Japan').locator('option[value="named"]')).toHaveText(
    'Named sites (6 of 6)',
  );
  await expect(picker.getByTestId('site-picker-count')).toContainText('44 of 61');
  await expect(scenarioList(page).getByRole('button', { name: /US \+ EU only/ })).toContainText(
    '8 countries · 44 sites',
  );
  // The forecast counts the same sites
  await expect(page.getByTestId('scenario-results')).toContainText('44 sites', { timeout: 30_000 });
  // The other scenario is untouched
  await expect(scenarioList(page).getByRole('button', { name: /Global/ })).toContainText('61 sites');
  await page.screenshot({ path: '.tmp/13b-site-picker.png', fullPage: false });
  const axe = await new AxeBuilder({ page })
    .include('.site-picker')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('Sites table: add to / remove from a scenario in bulk, and a Scenarios column', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('sites');
  const search = page.getByLabel('Search Sites');
  const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });
  const select = async (name: string) => {
    await search.fill(name);
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  };
  await search.fill('Tokyo Regional Hospital');
  await expect(row('Tokyo Regional Hospital')).toContainText('Global: + Australia');
  await expect(row('Tokyo Regional Hospital')).not.toContainText('US + EU only');

  await select('Tokyo Regional Hospital');
  await select('Houston Oncology Clinic');
  const bar = page.getByRole('group', { name: 'Bulk edit selected sites' });
  await expect(bar).toContainText('2 selected');
  await bar.getByRole('button', { name: 'Add to scenario…' }).click();
  await bar.getByLabel('Scenario', { exact: true }).selectOption({ label: 'US + EU only' });
  await bar.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByText('1 site(s) added to “US + EU only” (1 already in it)')).toBeVisible();
  await search.fill('Tokyo Regional Hospital');
  await expect(row('Tokyo Regional Hospital')).toContainText('2 scenarios');

  await select('Tokyo Regional Hospital');
  await select('Houston Oncology Clinic');
  await bar.getByRole('button', { name: 'Remove from scenario…' }).click();
  await bar
    .getByLabel('Scenario', { exact: true })
    .selectOption({ label: 'Global: + Australia fast start, Japan, China, Korea, Brazil' });
  await bar.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(page.getByText('2 site(s) removed from “Global')).toBeVisible();
  await search.fill('Tokyo Regional Hospital');
  await expect(row('Tokyo Regional Hospital')).toContainText('US + EU only');
  await search.fill('Houston Oncology Clinic');
  await expect(row('Houston Oncology Clinic')).toContainText('US + EU only');
  await page.screenshot({ path: '.tmp/13b-sites-bulk.png' });

  // On Scenarios, the Global scenario now has 5 Japanese sites and 13 US sites
  await app.goTo('Scenarios');
  await new ScenariosPage(page).select(/Global/);
  await expect(page.getByLabel('Sites for Japan').locator('option[value="named"]')).toHaveText(
    'Named sites (5 of 6)',
  );
  await expect(page.getByLabel('Sites for United States').locator('option[value="named"]')).toHaveText(
    'Named sites (13 of 14)',
  );
  expect(app.consoleErrors).toEqual([]);
});

test('an import asks which scenarios get the new sites', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('sites');
  await page.getByRole('button', { name: 'Import sites…' }).click();
  await page.setInputFiles('#import-file', fixture('fixed.csv'));
  const targets = page.getByRole('group', { name: 'Add the new sites to these scenarios' });
  await targets.getByLabel('US + EU only').check();
  await page.getByRole('button', { name: 'Import 5 site(s)' }).click();
  await expect(page.getByText(/New sites added to “US \+ EU only”/)).toBeVisible();
  await page.getByLabel('Search Sites').fill('Aarhus');
  await expect(page.getByRole('row', { name: /Aarhus Lung Clinic/ })).toContainText('US + EU only');

  await app.goTo('Scenarios');
  await new ScenariosPage(page).select(/US \+ EU only/);
  // Denmark, Portugal and Italy join the scenario; France and Spain gain one site each
  await expect(scenarioList(page).getByRole('button', { name: /US \+ EU only/ })).toContainText(
    '10 countries · 45 sites',
  );
  await expect(page.getByLabel('Use Denmark')).toBeChecked();
  await expect(page.getByLabel('Sites for France').locator('option[value="named"]')).toHaveText(
    'Named sites (5 of 5)',
  );
  await expect(scenarioList(page).getByRole('button', { name: /Global/ })).toContainText('61 sites');
  expect(app.consoleErrors).toEqual([]);
});
