import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

const SAMPLE_NAME = /^ORCHID-3/;

test.describe('Share links', () => {
  test.setTimeout(180_000);

  test('a shared scenario opens read-only in a fresh browser with the same numbers; “Save a copy” adopts it', async ({
    page,
    browser,
  }) => {
    // Given the Global scenario's report in the sender's browser
    const sender = new AppPage(page);
    await sender.open('report');
    await page.getByRole('checkbox', { name: 'US + EU only' }).uncheck();
    await page.getByRole('checkbox', { name: /Global/ }).check();
    const p50Cell = page.getByTestId('report-p50-SCN-GLOBAL');
    await expect(p50Cell).toHaveText(/\d+\.\d mo/, { timeout: 90_000 });
    const p50 = await p50Cell.textContent();
    const pDeadline = await page.getByTestId('report-pdeadline-SCN-GLOBAL').textContent();

    // When the sender makes a link to this scenario
    await page.getByRole('button', { name: 'Share link to this scenario' }).click();
    const url = await page.getByTestId('report-share-url').inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=[A-Za-z0-9+$-]+$/);
    expect(url.length).toBeLessThan(32 * 1024);

    // And a colleague with their own (new) workspace opens it in another browser
    const context = await browser.newContext();
    const other = await context.newPage();
    const colleague = new AppPage(other);
    await colleague.open('study');
    await other.getByRole('button', { name: 'New', exact: true }).click();
    await expect(colleague.workspaceName()).toHaveText('Untitled study');
    await colleague.waitUntilSaved();
    const requests: string[] = [];
    other.on('request', (r) => requests.push(r.url()));
    await other.goto(url);

    // Then the report shows the same numbers, read-only, and the colleague's workspace is untouched
    await expect(other.getByRole('region', { name: 'Shared plan' })).toContainText('read-only');
    await expect(other.getByTestId('shared-banner')).toBeVisible();
    await expect(other.getByTestId('report-p50-SCN-GLOBAL')).toHaveText(p50 ?? '', { timeout: 90_000 });
    await expect(other.getByTestId('report-pdeadline-SCN-GLOBAL')).toHaveText(pDeadline ?? '');
    // The whole app shows the shared plan while the banner is up (issue 13); nothing is stored
    await expect(colleague.workspaceName()).toHaveText(SAMPLE_NAME);
    expect(other.url()).not.toContain('share=');
    expect(requests.some((r) => r.includes('share='))).toBe(false); // the fragment never reaches the server
    await other.screenshot({ path: '/work/main/.tmp/share-view.png' });

    // When they save a copy, it becomes their working workspace and survives a reload
    await other.getByRole('button', { name: 'Save a copy' }).first().click();
    await expect(colleague.workspaceName()).toHaveText(SAMPLE_NAME);
    await expect(other.getByTestId('shared-banner')).toHaveCount(0);
    await colleague.waitUntilSaved();
    await other.reload();
    await expect(colleague.workspaceName()).toHaveText(SAMPLE_NAME);
    expect(colleague.consoleErrors).toEqual([]);
    await context.close();
  });

  test('a truncated link is refused with a clear message and changes nothing', async ({ page, browser }) => {
    const app = new AppPage(page);
    await app.open('study');
    await page.getByRole('button', { name: 'Share link' }).click();
    const url = await page.getByTestId('share-url').inputValue();
    expect(url).toContain('#share=');

    const context = await browser.newContext();
    const other = await context.newPage();
    const colleague = new AppPage(other);
    await other.goto(url.slice(0, Math.floor(url.length * 0.6)));
    await expect(colleague.alert()).toContainText('damaged or incomplete');
    await expect(colleague.alert()).toContainText('your workspace is unchanged');
    await expect(other.getByTestId('shared-banner')).toHaveCount(0);
    await expect(colleague.workspaceName()).toHaveText(SAMPLE_NAME);
    await context.close();
  });

  test('recent files list the names and dates of files saved and opened', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('study');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save file' }).click(),
    ]);
    const name = download.suggestedFilename();
    await app.openFile(
      'colleague-plan.mrct.json',
      await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')),
    );
    await page.getByText('Recent files').click();
    const list = page.getByTestId('recent-files');
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').nth(0)).toContainText('colleague-plan.mrct.json');
    await expect(list.getByRole('listitem').nth(0)).toContainText('opened');
    await expect(list.getByRole('listitem').nth(1)).toContainText(name);
    await expect(list.getByRole('listitem').nth(1)).toContainText('saved');
    await expect(page.getByTestId('save-status')).toBeVisible();
  });
});
