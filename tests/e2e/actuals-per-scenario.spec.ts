import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ScenariosPage } from './pages/scenarios-page';
import { downloadFrom, pdfPagesText, slideText } from './helpers/downloads';

const AS_OF = '2027-11-15';
/** "Today" in the browser: the trial is running, the actuals are in the past. */
const TODAY = '2028-01-10T12:00:00Z';
const rows = ['US-01', 'US-02', 'US-03', 'US-04', 'DE-01', 'PL-01']
  .flatMap((id) => ['2027-09-15', '2027-10-15', '2027-11-15'].map((d) => `${id},${d},4`))
  .join('\n');

/**
 * Issue 13 item 1: actuals belong to the running trial; each scenario either starts from them or
 * keeps its pre-trial numbers, the user sees and sets which, and every number that includes
 * actuals says so.
 */
test.describe('Actuals per scenario', () => {
  test.setTimeout(240_000);

  test('rows after the as-of date or in the future are refused with the row', async ({ page }) => {
    await page.clock.setFixedTime(new Date(TODAY));
    const app = new AppPage(page);
    await app.open('scenarios');
    await page.getByLabel('Actuals as of').fill(AS_OF);
    const bad = `site id,date,patients randomised\nUS-01,2027-10-01,3\nUS-02,2027-11-20,1\nUS-03,2099-01-05,2\n`;
    await page
      .getByTestId('actuals-input')
      .setInputFiles({ name: 'late.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    const alert = page.getByRole('alert').filter({ hasText: 'late.csv was not imported' });
    await expect(alert).toContainText(`row 3, date “2027-11-20”: after the as-of date ${AS_OF}`);
    await expect(alert).toContainText('row 4, date “2099-01-05”: in the future (today is 2028-01-10)');
    await expect(page.getByTestId('actuals-status')).toHaveCount(0);
  });

  test('only scenarios set to start from actuals change, and each such number says so on Scenarios, Compare, Report, deck and PDF', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date(TODAY));
    const app = new AppPage(page);
    const scenarios = new ScenariosPage(page);
    await app.open('scenarios');
    await scenarios.select(/^Global/);
    const globalBefore = await scenarios.refinedKpis();

    // Import the running trial's actuals while US + EU (the plan of record) is selected
    await scenarios.select(/US \+ EU only/);
    await page.getByLabel('Actuals as of').fill(AS_OF);
    await page.getByTestId('actuals-input').setInputFiles({
      name: 'actuals.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`site id,date,patients randomised\n${rows}\n`),
    });
    await expect(page.getByTestId('actuals-status')).toContainText(
      `72 patients randomised at 6 sites as of ${AS_OF}`,
    );
    const startingPoint = page.getByRole('radiogroup', { name: 'Starting point of this scenario' });
    await expect(startingPoint.getByRole('radio', { name: /Starts from actuals/ })).toBeChecked();
    await expect(page.getByTestId('reforecast-note')).toContainText(`includes actuals to ${AS_OF}`, {
      timeout: 60_000,
    });
    await scenarios.refinedKpis();

    // Global keeps its pre-trial numbers, visibly
    await scenarios.select(/^Global/);
    await expect(startingPoint.getByRole('radio', { name: /Pre-trial numbers/ })).toBeChecked();
    await expect(page.getByTestId('reforecast-note')).toHaveCount(0);
    expect(await scenarios.refinedKpis()).toEqual(globalBefore);
    // …until the user says it starts from the actuals too, and back
    await startingPoint.getByRole('radio', { name: /Starts from actuals/ }).check();
    await expect(page.getByTestId('reforecast-note')).toContainText(`includes actuals to ${AS_OF}`, {
      timeout: 60_000,
    });
    await startingPoint.getByRole('radio', { name: /Pre-trial numbers/ }).check();
    await expect(page.getByTestId('reforecast-note')).toHaveCount(0);
    expect(await scenarios.refinedKpis()).toEqual(globalBefore);

    // Compare labels the scenario that includes actuals, and only that one
    await app.goTo('Compare');
    const table = page.getByTestId('comparison-table');
    await expect(page.getByTestId('ranking')).not.toContainText('refining', { timeout: 90_000 });
    await expect(page.getByTestId('actuals-label-SCN-USEU')).toHaveText(`includes actuals to ${AS_OF}`);
    await expect(table.getByTestId('actuals-label-SCN-GLOBAL')).toHaveCount(0);

    // Report, deck and PDF too
    await app.goTo('Report');
    await page.getByRole('checkbox', { name: /Global/ }).check();
    await page.getByRole('checkbox', { name: 'US + EU only' }).check();
    await expect(page.getByTestId('report-p50-SCN-GLOBAL')).toHaveText(/\d+\.\d mo/, { timeout: 90_000 });
    await expect(page.getByTestId('report-p50-SCN-USEU')).toHaveText(/\d+\.\d mo/, { timeout: 90_000 });
    await expect(page.getByTestId('report')).toContainText(`US + EU only — includes actuals to ${AS_OF}`);
    const deck = await downloadFrom(
      page,
      page.getByRole('button', { name: 'PowerPoint deck', exact: true }),
      'deck.pptx',
    );
    const slides = [1, 2, 3, 4, 5, 6].map((n) => slideText(deck, n)).join('\n');
    expect(slides).toContain(`includes actuals to ${AS_OF}`);
    const pdf = await downloadFrom(
      page,
      page.getByRole('button', { name: 'PDF one-pager', exact: true }),
      'one-pager.pdf',
    );
    const pages = pdfPagesText(pdf);
    expect(pages.find((p) => p.includes('US + EU only'))).toContain(`includes actuals to ${AS_OF}`);
    expect(app.consoleErrors).toEqual([]);
  });
});
