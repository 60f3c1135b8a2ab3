import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

test.describe('Countries screen', () => {
  test('filter, override with provenance marking, refuse a bad override, reset; the map renders', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open('countries');
    await expect(page.getByTestId('world-map')).toBeVisible();
    await expect(page.getByTestId('world-map').locator('path').nth(20)).toBeVisible();

    // Filter the table down to Japan
    const table = page
      .getByRole('table', { name: 'Reference countries' })
      .or(page.getByRole('grid', { name: 'Reference countries' }));
    await page.getByPlaceholder('Search all columns…').fill('Japan');
    await expect(page.getByText(/^1 of \d+ rows$/)).toBeVisible();
    await table.getByText('Japan', { exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Japan details' });
    await expect(panel).toBeVisible();

    // An invalid override is refused inline with a reason, nothing stored
    await panel.getByRole('button', { name: 'Override Contract & budget' }).click();
    await panel.getByLabel('Minimum').fill('90');
    await panel.getByLabel('Most likely').fill('60');
    await panel.getByLabel('Maximum').fill('120');
    await panel.getByRole('button', { name: 'Save override' }).click();
    await expect(panel.getByRole('alert')).toContainText('minimum ≤ most likely ≤ maximum');
    await panel.getByLabel('Minimum').fill('-5');
    await panel.getByRole('button', { name: 'Save override' }).click();
    await expect(panel.getByRole('alert')).toContainText('cannot be below 0');
    await panel.getByLabel('Minimum').fill('abc');
    await panel.getByRole('button', { name: 'Save override' }).click();
    await expect(panel.getByRole('alert')).toContainText('must be a number');
    await expect(panel.getByTestId('param-contractDays').locator('[data-origin="override"]')).toHaveCount(0);

    // A valid override is stored and marked, with the reference value on hover
    await panel.getByLabel('Minimum').fill('100');
    await panel.getByLabel('Most likely').fill('150');
    await panel.getByLabel('Maximum').fill('240');
    await panel.getByRole('button', { name: 'Save override' }).click();
    const overridden = panel.getByTestId('param-contractDays').locator('[data-origin="override"]');
    await expect(overridden).toContainText('150 (100–240)');
    await overridden.hover();
    await expect(page.getByRole('tooltip')).toContainText('Reference value');
    await expect(table.getByText('✎ 1').first()).toBeVisible();

    // Reference values show their source on focus (the pointer leaves the override first)
    await page.mouse.move(0, 0);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    const ethics = panel.getByTestId('param-ethicsDays').locator('[data-origin]');
    await ethics.focus();
    await expect(page.getByRole('tooltip')).toContainText(/Source: .+As of/);

    // Reset to reference
    await panel.getByRole('button', { name: 'Reset Contract & budget to reference' }).click();
    await expect(panel.getByTestId('param-contractDays').locator('[data-origin="override"]')).toHaveCount(0);
    expect(app.consoleErrors).toEqual([]);
  });

  test('add and remove a country; a country used by a scenario is not removed', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('countries');
    await page.getByPlaceholder('Search all columns…').fill('Mexico');
    await page
      .getByRole('gridcell', { name: 'Mexico' })
      .or(page.getByText('Mexico', { exact: true }))
      .first()
      .click();
    const panel = page.getByRole('complementary', { name: 'Mexico details' });
    await panel.getByRole('button', { name: 'Add to workspace' }).click();
    await expect(page.getByText('13 in this workspace')).toBeVisible();
    await panel.getByRole('button', { name: 'Remove from workspace' }).click();
    await expect(page.getByText('12 in this workspace')).toBeVisible();

    await page.getByPlaceholder('Search all columns…').fill('Japan');
    await page.getByText('Japan', { exact: true }).first().click();
    await page
      .getByRole('complementary', { name: 'Japan details' })
      .getByRole('button', { name: 'Remove from workspace' })
      .click();
    await expect(app.alert()).toContainText('Used by scenario');
    await expect(page.getByText('12 in this workspace')).toBeVisible();
  });
});
