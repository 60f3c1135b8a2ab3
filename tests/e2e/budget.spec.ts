import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { formatMoney } from '../../src/io/deck/format';
import { AppPage } from './pages/app-page';
import { ScenariosPage } from './pages/scenarios-page';

test.describe('Scenarios: whole-trial budget', () => {
  test('shows the cost scope, the categories and the quarterly spend, matching the CLI', async ({ page }) => {
    const app = new AppPage(page);
    const scenarios = new ScenariosPage(page);
    await app.open('scenarios');
    await scenarios.select(/US \+ EU only/);
    await scenarios.refinedKpis();
    const budget = page.getByTestId('scenario-budget');
    await expect(budget.getByTestId('budget-scope')).toContainText(
      'Whole trial, first submission to database lock',
    );
    await expect(budget.getByTestId('budget-scope')).toContainText(
      /excludes regulatory fees for \d+ countries and ethics fees for \d+ countries \(unknown\)/,
    );
    // The P10–P90 say what they include: timing and unit costs (issue 16)
    await expect(budget.getByTestId('budget-uncertainty')).toContainText('include timing and unit costs');
    const categories = budget.getByTestId('budget-categories');
    for (const label of [
      'Site start-up',
      'Patient visits: treatment',
      'Patient visits: follow-up',
      'IP and comparator supply',
      'Central lab and imaging',
      'Data management and biostatistics',
      'CRO fees',
    ]) {
      await expect(categories.getByRole('rowheader', { name: label })).toBeVisible();
    }
    expect(await budget.getByTestId('budget-quarters').locator('tbody tr').count()).toBeGreaterThan(12);

    // The same workspace, seed and runs from the CLI give the same expected total
    const json = execFileSync(
      'node',
      ['bin/mrct.js', 'evaluate', 'data/sample-workspace.json', '--scenario', 'SCN-USEU', '--json'],
      { encoding: 'utf8' },
    );
    const cost = (JSON.parse(json) as { scenarios: { cost: { expected: number; currency: string } }[] })
      .scenarios[0]!.cost;
    await expect(budget.getByTestId('budget-total')).toContainText(
      `Expected ${formatMoney(cost.expected, cost.currency)}`,
    );
    await budget.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/budget.png', fullPage: false });
    expect(app.consoleErrors).toEqual([]);
  });

  test("counts the EU CTR clock on the reporting member state's holidays, which the scenario can state", async ({
    page,
  }) => {
    const app = new AppPage(page);
    const scenarios = new ScenariosPage(page);
    await app.open('scenarios');
    await scenarios.select(/US \+ EU only/);
    await scenarios.refinedKpis();
    // By default: the EU country with the most sites (Germany, 5 sites)
    await expect(page.getByTestId('eu-rms')).toContainText('Germany');
    await expect(page.getByTestId('eu-rms')).toContainText('the EU country with the most sites');
    await page.getByLabel('EU reporting member state (CTR clock holidays)').selectOption('ES');
    await expect(page.getByTestId('eu-rms')).toContainText('Spain');
    await expect(page.getByTestId('eu-rms')).toContainText('stated for this scenario');
    await page.getByTestId('eu-rms').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/eu-rms.png', fullPage: false });
    expect(app.consoleErrors).toEqual([]);
  });

  test("shows China's human-genetic-resources step decided from the study facts, with its source", async ({
    page,
  }) => {
    const app = new AppPage(page);
    const scenarios = new ScenariosPage(page);
    await app.open('scenarios');
    await scenarios.select(/Global/);
    await scenarios.refinedKpis();
    const hgr = page.getByTestId('china-hgr');
    // The sample files in China and states no HGR facts: a filing (Decree 717 Art. 22), defaults listed
    await expect(hgr).toContainText('filing');
    await expect(hgr).toContainText('Assumed (not stated in the study): a foreign party takes part');
    await expect(hgr).toContainText('MOST Order No. 21, 2023');
    await hgr.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/china-hgr.png', fullPage: false });
    expect(app.consoleErrors).toEqual([]);
  });
});
