import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

/** Every screen at 1024×768 (and 1440×900): no horizontal scrolling; screenshots for a person to look at. */
const SCREENS = [
  'overview',
  'study',
  'countries',
  'sites',
  'cros',
  'scenarios',
  'compare',
  'report',
] as const;
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
];

for (const size of SIZES) {
  test(`no screen scrolls sideways at ${size.width}×${size.height}`, async ({ page }) => {
    test.setTimeout(240_000);
    mkdirSync('.tmp/screens', { recursive: true });
    await page.setViewportSize(size);
    const app = new AppPage(page);
    await app.open('overview');
    const failures: string[] = [];
    for (const id of SCREENS) {
      await page.goto(`/#/${id}`);
      await expect(page.locator('main h1').first()).toBeVisible({ timeout: 30_000 });
      // Let results and staged charts arrive (they change widths)
      await expect(page.locator('.staged-placeholder')).toHaveCount(0, { timeout: 60_000 });
      await page.waitForTimeout(id === 'overview' || id === 'compare' || id === 'scenarios' ? 4000 : 800);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      if (scrollWidth > clientWidth)
        failures.push(`${id}: scrollWidth ${scrollWidth} > clientWidth ${clientWidth}`);
      await page.screenshot({ path: `.tmp/screens/${id}-${size.width}x${size.height}.png`, fullPage: true });
    }
    expect(failures).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
}
