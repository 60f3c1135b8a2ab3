import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

test('Study endpoint edit → topline milestone on Scenarios and Compare (table and timeline)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open('study');

  // The sample study is event-driven; an impossible value is refused inline (on leaving the field,
  // as every input does) and never stored.
  const required = page.getByLabel('Required events');
  await expect(required).toHaveValue('508');
  await required.fill('700');
  await required.press('Tab');
  await expect(
    page.getByText('Required events (700) cannot exceed the 600 patients randomised'),
  ).toBeVisible();
  await required.fill('400');
  await required.press('Tab');
  const lag = page.getByLabel('Topline after database lock (months)');
  await lag.fill('2');
  await lag.press('Tab');
  await app.waitUntilSaved();

  await app.goTo('Scenarios');
  const table = page.getByTestId('milestones-table');
  await expect(table).toContainText('400 events', { timeout: 60_000 });
  const topline = table.locator('tr[data-milestone="topline"]');
  await expect(topline).toContainText('Topline results');
  await expect(topline.locator('td strong')).toHaveText(/\d{4}|[A-Z][a-z]{2}/);
  await page.screenshot({ path: 'test-results/milestones-scenarios.png', fullPage: true });

  await app.goTo('Compare');
  const compareTable = page.getByTestId('milestones-table');
  await expect(compareTable).toContainText('400 events', { timeout: 90_000 });
  await expect(compareTable.locator('tr[data-milestone="topline"] td')).toHaveCount(2);
  const timeline = page.getByTestId('milestone-timeline');
  await expect(timeline).toBeVisible({ timeout: 30_000 });
  await expect(timeline.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await timeline.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/milestones-compare.png', fullPage: true });
});
