import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const sampleText = readFileSync(new URL('../../data/sample-workspace.json', import.meta.url), 'utf8');

test('first start opens the sample workspace with every screen reachable', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(app.workspaceName()).toContainText('ORCHID-3');
  await expect(page.getByLabel('Target randomised patients')).toHaveValue('600');
  for (const label of ['Countries', 'Sites & PIs', 'CROs', 'Scenarios', 'Compare', 'Report', 'Study']) {
    await app.goTo(label);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
  expect(app.consoleErrors).toEqual([]);
});

test('an edit on Study survives a reload, and undo reverts it', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const target = page.getByLabel('Target randomised patients');
  await target.fill('720');
  await target.press('Tab');
  await app.waitUntilSaved();
  await page.reload();
  await expect(page.getByLabel('Target randomised patients')).toHaveValue('720');

  // Undo with the keyboard (outside a text field) and with the button
  await page.getByLabel('Dropout rate (%)').fill('12');
  await page.getByLabel('Dropout rate (%)').press('Tab');
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Dropout rate (%)')).toHaveValue('8');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByLabel('Dropout rate (%)')).toHaveValue('12');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Dropout rate (%)')).toHaveValue('8');
});

test('an invalid value is explained inline and not stored', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  const sf = page.getByLabel('Screen-failure rate (%)');
  await sf.fill('120');
  await sf.press('Tab');
  await expect(
    page.getByText('Screen-failure rate above 95% leaves almost no one to randomise'),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Screen-failure rate (%)')).toHaveValue('35');
});

test('opening a malformed or wrong-version file shows the reason and leaves the workspace untouched', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open();
  await app.openFile('broken.json', '{"schemaVersion": 2, "workspace": {');
  await expect(app.alert()).toContainText('Could not open broken.json; your workspace is unchanged.');
  await expect(app.alert()).toContainText('Not valid JSON');
  await expect(app.workspaceName()).toContainText('ORCHID-3');

  const future = JSON.stringify({ ...JSON.parse(sampleText), schemaVersion: 42 });
  await app.openFile('future.json', future);
  await expect(page.getByText(/Schema version 42 was written by a newer MRCT Planner/)).toBeVisible();

  const invalid = JSON.parse(sampleText);
  invalid.workspace.study.targetRandomised = -3;
  await app.openFile('invalid.json', JSON.stringify(invalid));
  await expect(
    page.getByText('invalid.json › workspace.study.targetRandomised: Target must be at least 1 patient'),
  ).toBeVisible();
  await expect(page.getByLabel('Target randomised patients')).toHaveValue('600');
});

test('New, Save file and Open file round-trip a workspace', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByLabel('Study name').fill('Round-trip study');
  await page.getByLabel('Study name').press('Tab');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save file' }).click(),
  ]);
  const saved = readFileSync((await download.path()) as string, 'utf8');
  expect(JSON.parse(saved)).toMatchObject({ format: 'mrct-planner/workspace', schemaVersion: 3 });

  await page.getByRole('button', { name: 'New' }).click();
  await expect(app.workspaceName()).toHaveText('Untitled study');
  await app.openFile(download.suggestedFilename(), saved);
  await expect(app.workspaceName()).toHaveText('Round-trip study');
  await expect(page.getByText(/Opened .*\.mrct\.json/)).toBeVisible();
});
