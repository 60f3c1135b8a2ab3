import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { downloadFrom, pdfPagesText, slideText } from './helpers/downloads';

const USEU = 'US + EU only';
const GLOBAL = 'Global: + Australia fast start, Japan, China, Korea, Brazil';

/**
 * Issue 13, BD lead's journey: export a two-scenario deck and PDF (each names both scenarios up
 * front) and open the share link in a fresh browser profile: the recipient sees the same
 * comparison and their own workspace is untouched.
 */
test('BD: two-scenario deck and PDF, then the shared comparison in a fresh profile', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const app = new AppPage(page);
  await app.open('report');
  await page.getByRole('checkbox', { name: /Global/ }).check();
  const p50 = {
    useu: page.getByTestId('report-p50-SCN-USEU'),
    global: page.getByTestId('report-p50-SCN-GLOBAL'),
  };
  await expect(p50.global).toHaveText(/\d+\.\d mo/, { timeout: 90_000 });
  await expect(p50.useu).toHaveText(/\d+\.\d mo/, { timeout: 90_000 });
  const numbers = { useu: await p50.useu.textContent(), global: await p50.global.textContent() };

  // The deck's title slide and the PDF's first page name both scenarios
  const deck = await downloadFrom(
    page,
    page.getByRole('button', { name: 'PowerPoint deck', exact: true }),
    'deck.pptx',
  );
  const title = slideText(deck, 1);
  expect(title).toContain(USEU);
  expect(title).toContain(GLOBAL);
  const pdf = await downloadFrom(
    page,
    page.getByRole('button', { name: 'PDF one-pager', exact: true }),
    'one-pager.pdf',
  );
  const firstPage = pdfPagesText(pdf)[0] ?? '';
  expect(firstPage).toContain('2 scenarios');
  expect(firstPage).toContain(USEU);
  expect(firstPage).toContain('Global: + Australia');

  // The share link carries the comparison
  await page.getByRole('button', { name: 'Share link to this comparison' }).click();
  const url = await page.getByTestId('report-share-url').inputValue();

  // A colleague with their own workspace, in a fresh profile
  const context = await browser.newContext();
  const other = await context.newPage();
  const colleague = new AppPage(other);
  await colleague.open('study');
  await other.getByRole('button', { name: 'New', exact: true }).click();
  await expect(colleague.workspaceName()).toHaveText('Untitled study');
  await colleague.waitUntilSaved();
  await other.goto(url);
  await expect(other.getByTestId('shared-banner')).toContainText('read-only');
  await expect(other.getByRole('checkbox', { name: USEU })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: /Global/ })).toBeChecked();
  await expect(other.getByTestId('report-p50-SCN-USEU')).toHaveText(numbers.useu ?? '', { timeout: 90_000 });
  await expect(other.getByTestId('report-p50-SCN-GLOBAL')).toHaveText(numbers.global ?? '', {
    timeout: 90_000,
  });
  await colleague.goTo('Compare');
  await expect(other.getByTestId('ranking')).toContainText(USEU, { timeout: 90_000 });
  await expect(other.getByTestId('ranking')).toContainText('Global');

  // Their own workspace is untouched: close the shared plan, and reload
  await other.getByTestId('shared-banner').getByRole('button', { name: 'Back to my workspace' }).click();
  await expect(colleague.workspaceName()).toHaveText('Untitled study');
  await other.reload();
  await expect(colleague.workspaceName()).toHaveText('Untitled study');
  expect(colleague.consoleErrors).toEqual([]);
  await context.close();
});
