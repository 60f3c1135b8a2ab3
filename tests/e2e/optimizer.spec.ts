import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * Issue 7 end to end, on the Scenarios screen (#/scenarios) where the "Consistency" and
 * "Optimizer" sections live: set a Japanese-share requirement, optimise the mix, see the frontier,
 * adopt a frontier point as a scenario and see the consistency panel report the requirement met.
 */
test.describe('Regional consistency and the country-mix optimizer', () => {
  test('Japanese share → optimise → frontier → adopt a point → requirement met', async ({ page }) => {
    test.setTimeout(120_000);
    const app = new AppPage(page);
    await app.open('scenarios');
    const consistency = page.getByRole('region', { name: 'Consistency' });
    const optimizer = page.getByRole('region', { name: 'Optimizer' });
    await expect(consistency).toBeVisible();

    // Japan must contribute 20% of the patients; China's requirement is dropped for this test
    await consistency.getByRole('button', { name: 'Remove China (NMPA)' }).click();
    const jpShare = consistency.getByLabel('Minimum share (%) for Japan (PMDA)');
    await jpShare.fill('20');
    await jpShare.press('Enter');
    await expect(consistency.getByTestId('consistency-JP')).toContainText('20.0%', { timeout: 20_000 });
    await expect(consistency.getByTestId('consistency-JP')).toHaveAttribute('data-status', 'not-met');

    // Offer the US, Germany, Poland and Japan with up to 40 sites; shares met with probability ≥ 0.9
    await optimizer.getByLabel('Include all countries').uncheck();
    for (const name of ['United States', 'Germany', 'Poland', 'Japan']) {
      await optimizer.getByLabel(`Include ${name}`).check();
      await optimizer.getByLabel(`Maximum sites in ${name}`).fill('40');
    }
    await optimizer.getByLabel('Regional confidence').fill('0.9');
    await optimizer.getByRole('button', { name: 'Run optimizer' }).click();
    await expect(optimizer.getByRole('button', { name: 'Optimising…' })).toBeDisabled();

    // The cheapest mix, verified by Monte Carlo, and the frontier
    const result = optimizer.getByTestId('optimizer-result');
    await expect(result.getByRole('heading', { name: 'Cheapest mix' })).toBeVisible({ timeout: 60_000 });
    await expect(result).toContainText('P(success), Monte Carlo');
    await expect(result).toContainText('Japan (PMDA)');
    const points = optimizer.getByTestId('frontier-point');
    await expect(points.first()).toBeVisible();
    expect(await points.count()).toBeGreaterThan(3);
    await optimizer.screenshot({ path: '.tmp/optimizer-frontier.png' });

    // The frontier can also be read against P(success)
    await optimizer.getByRole('button', { name: 'Cost vs P(success)' }).click();
    await expect(optimizer.getByRole('button', { name: 'Cost vs P(success)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(points.first()).toBeVisible();
    await optimizer.getByRole('button', { name: 'Cost vs P50 last patient in' }).click();

    // Adopt the second-fastest frontier point
    const count = await points.count();
    await points.nth(count - 2).click();
    await expect(optimizer.getByTestId('frontier-selection')).toContainText('Selected mix');
    await optimizer.getByRole('button', { name: 'Adopt selected point as scenario' }).click();
    await expect(page.getByText(/Scenario “Optimised: .*” created/)).toBeVisible();

    // The new scenario is selected and the consistency panel reports Japan's 20% as met for it
    await expect(
      page.getByRole('navigation', { name: 'Scenarios' }).locator('[aria-current="true"]'),
    ).toContainText('Optimised:');
    await expect(consistency.getByTestId('consistency-JP')).toHaveAttribute('data-status', 'met', {
      timeout: 30_000,
    });
    await expect(consistency.getByTestId('consistency-JP')).toContainText('Met');
    await consistency.screenshot({ path: '.tmp/consistency-adopted.png' });
    expect(app.consoleErrors).toEqual([]);
  });

  test('MHLW Method 1 fills Japan’s minimum share and explains it', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('scenarios');
    const consistency = page.getByRole('region', { name: 'Consistency' });
    await consistency.getByTestId('market-JP').getByRole('button', { name: 'Method 1…' }).click();
    await expect(consistency.getByTestId('method1-result')).toHaveText('22.43%');
    await consistency.getByLabel('Conditional on overall significance').check();
    await expect(consistency.getByTestId('method1-result')).toHaveText('20.05%');
    await consistency.getByRole('button', { name: 'Use this share' }).click();
    await expect(consistency.getByLabel('Minimum share (%) for Japan (PMDA)')).toHaveValue('20.05');
    await expect(consistency.getByLabel('Basis for Japan (PMDA)')).toHaveValue(
      /MHLW Method 1 .*conditional on overall significance/,
    );
    expect(app.consoleErrors).toEqual([]);
  });
});
