import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

// Issue #20: the Compare "why" panels say in plain words what feasibility and concentration measured.
test('Compare: the feasibility and concentration why panels explain lateness and dependence in plain words', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const app = new AppPage(page);
  await app.open('compare');
  const ranking = page.getByTestId('ranking');
  await expect(ranking).toContainText('1. Global', { timeout: 90_000 });
  await expect(ranking).not.toContainText('refining', { timeout: 90_000 });

  // Feasibility of the plan that misses the deadline: it still says how late
  await page.getByRole('button', { name: /^Why Feasibility score for US \+ EU only/ }).click();
  const feasibility = page.getByRole('dialog', { name: /Why: Feasibility score of US \+ EU only/ });
  await expect(feasibility.getByTestId('why-summary')).toContainText(
    /P\(target by the deadline\) [<\d]+%, within 3 months after it \d+%, within 6 months \d+%; [\d.]+ months late on average/,
  );
  await expect(feasibility).toContainText('Expected months late');
  await feasibility.getByRole('button', { name: 'Close' }).click();

  // Concentration of the global plan: names the top site and the largest country
  await page.getByRole('button', { name: /^Why Concentration score for Global/ }).click();
  const concentration = page.getByRole('dialog', { name: /Why: Concentration score of Global/ });
  const summary = concentration.getByTestId('why-summary');
  await expect(summary).toContainText(/The top \d+ of \d+ sites \(10%\) bring \d+% of expected patients/);
  await expect(summary).toContainText(
    /If the largest country United States \(\d+% of patients\) enrolled nothing, P\(target by the deadline\) would go from \d+% to \d+%/,
  );
  await page.screenshot({ path: 'test-results/compare-why-concentration.png', fullPage: false });
  expect(app.consoleErrors).toEqual([]);
});
