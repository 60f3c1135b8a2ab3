import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ScenariosPage } from './pages/scenarios-page';

const fixture = (name: string) => new URL(`../fixtures/sites/${name}`, import.meta.url).pathname;

/**
 * Issue 13, clinical-operations journey: import a site list, assign sites to scenarios, adjust the
 * plan's sites and a cap, then re-forecast from actual enrollment (today's workspace-level actuals
 * panel on Scenarios; issue 13a moves actuals to the running trial).
 */
test('clinical ops: import sites, assign them, adjust, re-forecast', async ({ page }) => {
  test.setTimeout(180_000);
  // The trial is running: the browser's clock is inside it, so actuals to 2027-10-15 are not "future".
  await page.clock.setFixedTime(new Date('2027-10-20T12:00:00Z'));
  const app = new AppPage(page);
  const scenarios = new ScenariosPage(page);
  await app.open('sites');

  // Import: the five new sites join the plan "US + EU only"
  await page.getByRole('button', { name: 'Import sites…' }).click();
  await page.setInputFiles('#import-file', fixture('fixed.csv'));
  await page
    .getByRole('group', { name: 'Add the new sites to these scenarios' })
    .getByLabel('US + EU only')
    .check();
  await page.getByRole('button', { name: 'Import 5 site(s)' }).click();
  await expect(page.getByText('66 rows')).toBeVisible();

  // Assign two of them to the global plan as well
  const search = page.getByLabel('Search Sites');
  for (const site of ['Lyon Cancer Research Centre', 'Clinica Valencia Oncologia']) {
    await search.fill(site);
    await page.getByRole('checkbox', { name: `Select ${site}` }).check();
  }
  const bar = page.getByRole('group', { name: 'Bulk edit selected sites' });
  await bar.getByRole('button', { name: 'Add to scenario…' }).click();
  await bar
    .getByLabel('Scenario', { exact: true })
    .selectOption({ label: 'Global: + Australia fast start, Japan, China, Korea, Brazil' });
  await bar.getByRole('button', { name: 'Add', exact: true }).click();
  await search.fill('Lyon');
  await expect(page.getByRole('row', { name: /Lyon Cancer Research Centre/ })).toContainText('2 scenarios');

  // Adjust the plan: drop the Danish site, cap the US at 250 patients
  await app.goTo('Scenarios');
  await scenarios.select(/US \+ EU only/);
  const list = page.getByRole('navigation', { name: 'Scenarios' });
  await expect(list.getByRole('button', { name: /US \+ EU only/ })).toContainText('10 countries · 45 sites');
  await expect(list.getByRole('button', { name: /Global/ })).toContainText('63 sites');
  await page.getByRole('button', { name: 'Choose sites…' }).click();
  const picker = page.getByRole('group', { name: 'Sites for US + EU only' });
  await picker.getByLabel('Filter by country').selectOption('DK');
  await picker.getByRole('checkbox', { name: 'In scenario: Aarhus Lung Clinic' }).uncheck();
  await expect(page.getByLabel('Sites for Denmark').locator('option[value="named"]')).toHaveText(
    'Named sites (0 of 1)',
  );
  const usCap = page.getByLabel('Cap for United States');
  await usCap.fill('250');
  await usCap.press('Enter');
  await expect(page.getByTestId('scenario-results')).toContainText('44 sites', { timeout: 30_000 });
  const planned = await scenarios.refinedKpis();

  // Re-forecast from actual enrollment, including the imported Lyon site
  const rows = ['US-01', 'US-02', 'DE-01', 'IMP-001']
    .flatMap((id) => ['2027-09-15', '2027-10-15'].map((d) => `${id},${d},3`))
    .join('\n');
  // Actuals belong to the running trial: give their as-of date, then the file.
  await page.getByLabel('Actuals as of').fill('2027-10-15');
  await page.getByTestId('actuals-input').setInputFiles({
    name: 'actuals.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`site id,date,patients randomised\n${rows}\n`),
  });
  await expect(page.getByTestId('actuals-status')).toContainText(
    '24 patients randomised at 4 sites as of 2027-10-15',
  );
  await expect(page.getByTestId('reforecast-note')).toContainText('includes actuals to 2027-10-15', {
    timeout: 60_000,
  });
  const reforecast = await scenarios.refinedKpis();
  expect(reforecast.lpi).not.toEqual(planned.lpi);
  await page.screenshot({ path: '.tmp/13b-journey-clinical-ops.png' });
  expect(app.consoleErrors).toEqual([]);
});
