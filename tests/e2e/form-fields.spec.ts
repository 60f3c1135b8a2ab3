import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

// The shared form controls (issue 17) behave the same on every screen: a decimal comma is read,
// Escape restores the stored value, and a refused value stays with its reason.
test('shared inputs: decimal comma, Escape reverts, refused values say why', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('study');

  // A decimal comma in a percentage is stored as a share and shown back with the user's mark.
  const dropout = page.getByLabel('Dropout rate (%)');
  await dropout.fill('12,5');
  await dropout.press('Tab');
  await expect(dropout).toHaveValue('12.5');
  await app.waitUntilSaved();

  // Text that is not a number is refused with its reason; nothing is stored; Escape restores.
  const target = page.getByLabel('Target randomised patients');
  await target.fill('lots');
  await target.press('Enter');
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a number' })).toBeVisible();
  await page.screenshot({ path: 'test-results/form-fields-refused.png' });
  await target.press('Escape');
  await expect(target).toHaveValue('600');
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a number' })).toHaveCount(0);

  // Same on another screen: the scenario name reverts on Escape and refuses an empty name.
  await app.goTo('Scenarios');
  const name = page.getByLabel('Scenario name');
  const stored = await name.inputValue();
  await name.fill('Typo');
  await name.press('Escape');
  await expect(name).toHaveValue(stored);
  await name.fill('');
  await name.press('Tab');
  await expect(page.getByText('A scenario needs a name.')).toBeVisible();

  // A number cell in the scenario's country table reads the decimal comma too.
  const share = page.getByLabel(/^Minimum share for /).first();
  await share.fill('7,5');
  await share.press('Tab');
  await expect(share).toHaveValue('7.5');

  // Back on Study the comma-typed dropout is still stored.
  await app.goTo('Study');
  await expect(page.getByLabel('Dropout rate (%)')).toHaveValue('12.5');
});
