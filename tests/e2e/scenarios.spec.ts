import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ScenariosPage } from './pages/scenarios-page';

test.describe('Scenarios: forecast with uncertainty', () => {
  test('changing a site count or a country start-up value updates the fan chart and the deadline probability', async ({
    page,
  }) => {
    const app = new AppPage(page);
    const scenarios = new ScenariosPage(page);
    await app.open('scenarios');
    await scenarios.select(/US \+ EU only/);
    const before = await scenarios.refinedKpis();
    await expect(page.getByRole('img', { name: /Enrollment forecast/ })).toBeVisible();

    // Switch the US from its 14 named sites to 60 generic sites: more sites, earlier last patient in
    await page.getByLabel('Sites for United States').selectOption('count');
    const count = page.getByLabel('Generic sites in United States');
    await count.fill('60');
    await count.press('Enter');
    const more = await scenarios.refinedKpis();
    expect(more.lpi).not.toBe(before.lpi);
    expect(Date.parse(more.lpi)).toBeLessThan(Date.parse(before.lpi));

    // A bad site count is refused inline and changes nothing
    await count.fill('-3');
    await count.press('Enter');
    await expect(page.getByRole('alert').first()).toContainText('whole number from 0 to 500');

    // A longer contract negotiation in the US (Countries screen override) delays the forecast
    await app.goTo('Countries');
    await page.getByPlaceholder('Search all columns…').fill('United States');
    await page.getByText('United States', { exact: true }).first().click();
    const panel = page.getByRole('complementary', { name: 'United States details' });
    await panel.getByRole('button', { name: 'Override Contract & budget' }).click();
    await panel.getByLabel('Minimum').fill('300');
    await panel.getByLabel('Most likely').fill('400');
    await panel.getByLabel('Maximum').fill('500');
    await panel.getByRole('button', { name: 'Save override' }).click();
    await app.goTo('Scenarios');
    const slower = await scenarios.refinedKpis();
    expect(Date.parse(slower.lpi)).toBeGreaterThan(Date.parse(more.lpi));
    expect(app.consoleErrors).toEqual([]);
  });

  test('importing actuals re-forecasts; a bad actuals file is refused whole with row and column', async ({
    page,
  }) => {
    // The trial is running: "today" is after the actuals (rows dated in the future are refused).
    await page.clock.setFixedTime(new Date('2028-01-10T12:00:00Z'));
    const app = new AppPage(page);
    const scenarios = new ScenariosPage(page);
    await app.open('scenarios');
    await scenarios.select(/US \+ EU only/);
    await scenarios.refinedKpis();
    await page.getByLabel('Actuals as of').fill('2027-11-15');

    const bad =
      'site id,date,patients randomised\nUS-01,2027-10-01,3\nUS-99,2027-10-02,1\nUS-02,2027-13-01,2\nUS-03,2027-10-05,-1\n';
    await page
      .getByTestId('actuals-input')
      .setInputFiles({ name: 'actuals-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const alert = page.getByRole('alert').filter({ hasText: 'actuals-bad.csv was not imported' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('row 3, site id “US-99”');
    await expect(alert).toContainText('row 4, date');
    await expect(alert).toContainText('row 5, patients randomised');
    await expect(page.getByTestId('actuals-status')).toHaveCount(0);

    const rows = ['US-01', 'US-02', 'US-03', 'US-04', 'DE-01', 'PL-01']
      .flatMap((id) => ['2027-09-15', '2027-10-15', '2027-11-15'].map((d) => `${id},${d},4`))
      .join('\n');
    await page.getByTestId('actuals-input').setInputFiles({
      name: 'actuals.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`site id,date,patients randomised\n${rows}\n`),
    });
    await expect(page.getByTestId('actuals-status')).toContainText(
      '72 patients randomised at 6 sites as of 2027-11-15',
    );
    await expect(page.getByTestId('reforecast-note')).toContainText(
      'This forecast includes actuals to 2027-11-15: re-forecast from 72 patients randomised at 6 activated sites',
    );
    await scenarios.refinedKpis();
    await expect(page.getByRole('img', { name: /Enrollment forecast/ }).getByText('Actual')).toBeVisible();
  });
});
