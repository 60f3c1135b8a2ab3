import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every screen of the sample workspace once its results
 * have loaded, and on the open states (detail panels, why panel, chart data tables). Serious and
 * critical violations fail the test; lesser ones are listed in the output for follow-up.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoSeriousViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const describe = (v: (typeof violations)[number]) =>
    `[${v.impact}] ${v.id}: ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ')}`;
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length > 0) console.log(`[axe] ${state}: minor/moderate:\n  ${minor.map(describe).join('\n  ')}`);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map(describe), `serious/critical axe violations on ${state}`).toEqual([]);
}

const SCREENS: { route: string; ready: (page: Page) => Promise<void> }[] = [
  { route: 'study', ready: async (p) => void (await expect(p.getByLabel('Study name')).toBeVisible()) },
  {
    route: 'countries',
    ready: async (p) => void (await expect(p.getByTestId('world-map').locator('path').nth(20)).toBeVisible()),
  },
  {
    route: 'sites',
    ready: async (p) => void (await expect(p.getByRole('table', { name: 'Sites' })).toBeVisible()),
  },
  {
    route: 'cros',
    ready: async (p) => void (await expect(p.locator('main h1, main h2').first()).toBeVisible()),
  },
  {
    route: 'scenarios',
    ready: async (p) =>
      void (await expect(p.getByTestId('scenario-results')).toHaveAttribute('data-refined', 'true', {
        timeout: 60_000,
      })),
  },
  {
    route: 'compare',
    ready: async (p) => {
      await expect(p.getByTestId('ranking')).toBeVisible({ timeout: 60_000 });
      await expect(p.getByTestId('ranking')).not.toContainText('refining', { timeout: 60_000 });
    },
  },
  {
    route: 'report',
    ready: async (p) => void (await expect(p.locator('main h1, main h2').first()).toBeVisible()),
  },
];

for (const screen of SCREENS) {
  test(`axe: ${screen.route} screen has no serious or critical violations`, async ({ page }) => {
    test.setTimeout(120_000);
    const app = new AppPage(page);
    await app.open(screen.route);
    await screen.ready(page);
    await expectNoSeriousViolations(page, `${screen.route} screen`);
  });
}

test('axe: open states — country and site detail panels, a why panel and chart data tables', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);

  await app.open('countries');
  await page.getByPlaceholder('Search all columns…').fill('Japan');
  await page.getByText('Japan', { exact: true }).first().click();
  await expect(page.getByRole('complementary', { name: 'Japan details' })).toBeVisible();
  await page.getByRole('button', { name: 'Show as data table' }).first().click();
  await expectNoSeriousViolations(page, 'countries with Japan panel and map data table');

  await app.goTo('Sites & PIs');
  await page
    .getByRole('table', { name: 'Sites' })
    .getByText('Boston Comprehensive Oncology Institute')
    .click();
  await expect(page.getByLabel('Past enrolment /month')).toBeVisible();
  await expectNoSeriousViolations(page, 'sites with a site panel open');
  await page.getByRole('button', { name: 'Import sites…' }).click();
  await expectNoSeriousViolations(page, 'sites with the import panel open');

  await app.goTo('Scenarios');
  await expect(page.getByTestId('scenario-results')).toHaveAttribute('data-refined', 'true', {
    timeout: 60_000,
  });
  const toggles = page.getByRole('button', { name: 'Show as data table' });
  const count = await toggles.count();
  for (let i = 0; i < count; i++) await toggles.first().click();
  await expect(page.getByRole('button', { name: 'Hide data table' })).toHaveCount(count);
  await expectNoSeriousViolations(page, `scenarios with ${count} chart data table(s) shown`);

  await app.goTo('Compare');
  await expect(page.getByTestId('ranking')).not.toContainText('refining', { timeout: 60_000 });
  await page
    .getByRole('button', { name: /^Why Speed score for/ })
    .first()
    .click();
  await expect(page.getByRole('dialog', { name: /Why: Speed score/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'compare with a why panel open');
  expect(app.consoleErrors).toEqual([]);
});
