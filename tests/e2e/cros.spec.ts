import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await page.goto('./#/cros');
  await expect(page.locator('.cro-card')).toHaveCount(3);
});

test('shows each CRO with its due-diligence score; weights change the score', async ({ page }) => {
  const meridian = page.getByRole('article', { name: 'Meridian Global Research (fictional)' });
  await expect(meridian.getByLabel('Due-diligence score 81 of 100')).toBeVisible();
  await expect(meridian.getByRole('table')).toContainText('Quality history');
  const quality = page.getByLabel('Quality history');
  await quality.fill('0');
  await quality.press('Enter');
  // (0.2·4.5 + 0.2·4 + 0.2·4 + 0.1·3.5)/0.7/5·100 = 81.43 → 81; check another CRO that moves: FSP
  const fsp = page.getByRole('article', { name: 'Northbridge FSP Services (fictional)' });
  // FSP: (0.2·3 + 0.2·3 + 0.2·3 + 0.1·4.5)/0.7/5·100 = 64.3 → 64 (was 66)
  await expect(fsp.getByLabel('Due-diligence score 64 of 100')).toBeVisible();
});

test('adds a CRO through a validated form', async ({ page }) => {
  await page.getByRole('button', { name: 'Add CRO' }).click();
  await page.getByLabel('Management fee (%)').fill('150');
  await page.getByRole('button', { name: 'Save CRO' }).click();
  await expect(page.getByText('CRO name is required')).toBeVisible();
  await expect(page.getByText('Must be at most 100%')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Andes Research <b>SA</b>');
  await page.getByLabel('Management fee (%)').fill('12');
  await page.getByRole('checkbox', { name: 'Latin America' }).check();
  await page.getByRole('button', { name: 'Save CRO' }).click();
  await expect(page.locator('.cro-card')).toHaveCount(4);
  // HTML in a name is shown as text
  await expect(page.getByRole('heading', { name: 'Andes Research <b>SA</b>' })).toBeVisible();
});

test('flags countries the assigned CRO does not cover', async ({ page }) => {
  const scenario = page.getByRole('region', { name: 'CRO assignment for US + EU only' });
  await expect(scenario.getByText('Every country is covered by its assigned CRO.')).toBeVisible();
  await scenario.getByLabel('Global CRO').selectOption({ label: 'Pacific Clinical Partners (fictional)' });
  await expect(scenario.getByRole('status')).toHaveText(
    '7 countries need attention: US, CA, GB, DE, FR, ES, PL',
  );
  await scenario
    .getByLabel('CRO for Western Europe')
    .selectOption({ label: 'Northbridge FSP Services (fictional)' });
  await expect(scenario.getByRole('status')).toHaveText('3 countries need attention: US, CA, PL');
});
