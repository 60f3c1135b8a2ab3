import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ScenariosPage } from './pages/scenarios-page';

const AS_OF = '2027-11-15';
const TODAY = '2028-01-10T12:00:00Z';

/** Issue 18 item 3: the Scenarios Gantt in calendar dates, per site (virtualised), actuals over the plan. */
test.describe('Per-site Gantt', () => {
  test('shows each site’s planned activation in dates, and the actuals over the plan for the sample with actuals', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.clock.setFixedTime(new Date(TODAY));
    const app = new AppPage(page);
    const scenarios = new ScenariosPage(page);
    await app.open('scenarios');
    await scenarios.select(/US \+ EU only/);
    const gantt = page.getByTestId('site-gantt');
    await expect(gantt.getByTestId('site-gantt-row').first()).toBeVisible({ timeout: 60_000 });
    // Calendar dates on the axis, no actuals overlay before any are imported
    await expect(gantt.locator('.site-gantt__tick').first()).toHaveText(/^[A-Z][a-z]{2} \d{4}$/);
    await expect(gantt.getByTestId('site-actual')).toHaveCount(0);

    const rows = ['US-01', 'US-02', 'DE-01']
      .flatMap((id) => ['2027-09-15', '2027-10-15', '2027-11-15'].map((d) => `${id},${d},4`))
      .join('\n');
    await page.getByLabel('Actuals as of').fill(AS_OF);
    await page.getByTestId('actuals-input').setInputFiles({
      name: 'actuals.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`site id,date,patients randomised\n${rows}\n`),
    });
    await expect(page.getByTestId('reforecast-note')).toContainText(`includes actuals to ${AS_OF}`, {
      timeout: 60_000,
    });
    await expect(gantt).toContainText(`enrolled to ${AS_OF} against the plan`, { timeout: 30_000 });
    const us01 = gantt.locator('[data-site="US-01"]');
    await expect(us01.getByTestId('site-actual')).toHaveCount(1);
    await expect(us01.getByTestId('site-enrolled')).toHaveText(/^12 \/ \d/);
    await expect(us01).toHaveAttribute('title', /activated 15 Sep 2027; enrolled 12 vs/);
    // A site without actuals rows is drawn on plan only
    const us05 = gantt.locator('[data-site="US-05"]');
    if ((await us05.count()) > 0) {
      await expect(us05.getByTestId('site-actual')).toHaveCount(0);
      await expect(us05.getByTestId('site-enrolled')).toHaveText(/^0 \//);
    }
    await gantt.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/site-gantt-actuals.png' });
    expect(app.consoleErrors).toEqual([]);
  });

  test('a 10,000-site scenario lists every site but keeps only the rows in view in the DOM while scrolling', async ({
    page,
  }) => {
    test.setTimeout(400_000);
    const path = join(tmpdir(), `scale-10k-gantt-${process.pid}.mrct.json`);
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/generate-scale-workspace.ts', path], {
      stdio: 'pipe',
    });
    const app = new AppPage(page);
    await app.open('scenarios');
    await page.getByTestId('open-workspace-input').setInputFiles(path);
    await expect(page.getByText(/Opened scale-10k/)).toBeVisible({ timeout: 60_000 });
    rmSync(path, { force: true });
    await new ScenariosPage(page).select('Every candidate site');
    const gantt = page.getByTestId('site-gantt');
    await expect(gantt).toContainText('(10,000 sites)', { timeout: 240_000 });
    const rows = gantt.getByTestId('site-gantt-row');
    await expect(rows.first()).toBeVisible();
    const drawn = await rows.count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
    const scroller = gantt.locator('.site-gantt__scroll');
    expect(await scroller.evaluate((el) => el.scrollHeight)).toBeGreaterThan(10_000 * 20);
    const ids = () => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-site')).join(','));
    const before = await ids();
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
    await expect.poll(ids).not.toBe(before);
    expect(await rows.count()).toBeLessThan(60);
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(gantt.locator('[data-site]').last()).toBeVisible();
    const lastIds = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-site')));
    expect(lastIds.length).toBeLessThan(60);
    await gantt.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/site-gantt-10k.png' });
    expect(app.consoleErrors).toEqual([]);
  });
});
