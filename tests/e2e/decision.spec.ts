import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * Issue 18: answers first. The app opens on an Overview that says which plan is better and why;
 * Compare colours each difference better or worse for its measure, has a row per filing market's
 * regional requirement and explains a score in a popover that is never clipped.
 */

async function waitForRecommendation(page: Page) {
  await expect(page.getByTestId('recommendation')).toHaveAttribute('data-refined', 'true', {
    timeout: 120_000,
  });
}

test('the app opens on the Overview: a card per scenario and a recommendation whose sentences link to their sources', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Screens' });
  await expect(nav.getByRole('link').first()).toHaveText('Overview');
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await waitForRecommendation(page);
  const rec = page.getByTestId('recommendation');
  await expect(rec).toContainText(/Recommended: .+, ranked first of 2 on the composite score/);
  // The sample study is event-driven: the recommendation and the cards lead with the topline
  // (readout), not with last patient in, and the Overview says why.
  await expect(page.getByTestId('overview-leads-with')).toHaveText(
    'dates lead with the topline (readout): the study is event-driven, 508 events',
  );
  await expect(rec).toContainText(/reaches topline \d+\.\d months? (earlier|later) than/);
  await expect(rec).not.toContainText('reaches LPI');
  await expect(rec).toContainText(
    /P50 \d{1,2} [A-Z][a-z]{2} \d{4}, P10–P90 \d{1,2} [A-Z][a-z]{2} \d{4} – \d{1,2} [A-Z][a-z]{2} \d{4}; vs P50 \d{1,2} [A-Z][a-z]{2} \d{4}/,
  );
  await expect(rec).toContainText(/costs USD [\d.]+[KM]? (less|more)/);
  await expect(rec).toContainText(/Japan \(PMDA\)'s 15\.0% share requirement/);
  await expect(rec).toContainText('Its main risk is');
  // Every sentence links to where its number comes from
  const items = rec.getByRole('listitem');
  const n = await items.count();
  expect(n).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < n; i++)
    await expect(items.nth(i).getByRole('link')).toHaveAttribute('href', /^#\/(compare|scenarios)$/);

  // One card per scenario with dates, P(deadline), cost range, sites and countries, requirements and risk
  const cards = page.locator('.overview-card');
  await expect(cards).toHaveCount(2);
  const card = cards.first();
  await expect(card.getByTestId('card-milestone-p50')).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
  await expect(card.getByText('Topline results (P50)')).toBeVisible();
  await expect(card.getByTestId('card-lpi-p50')).toHaveText(
    /^last patient in \d{1,2} [A-Z][a-z]{2} \d{4} \(P50\)$/,
  );
  await expect(card).toContainText(/P10–P90 \d{1,2} [A-Z][a-z]{2} \d{4} – \d{1,2} [A-Z][a-z]{2} \d{4}/);
  await expect(card).toContainText(/P\(target by deadline\)\d+%|P\(target by deadline\)[<>]\d+%/);
  await expect(card).toContainText(/P10–P90 USD [\d.]+M – USD [\d.]+M/);
  await expect(card).toContainText(/sites in \d+ countries/);
  await expect(card.getByRole('list', { name: 'Regional requirements' })).toContainText('Japan (PMDA)');
  await expect(card).toContainText('Main risk:');

  // The first sentence's link leads to Compare
  await items.first().getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Compare scenarios' })).toBeVisible();
  expect(app.consoleErrors).toEqual([]);
});

test('Compare decides: better/worse colouring by measure, requirement rows, a why popover in view', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new AppPage(page);
  await app.open('compare');
  await expect(page.getByTestId('ranking')).not.toContainText('refining', { timeout: 120_000 });
  const table = page.getByTestId('comparison-table');
  await expect(table).toContainText('Cost scope:');

  // A requirement row per filing market
  const jp = page.getByTestId('requirement-row-JP');
  await expect(jp).toContainText('Japan (PMDA): ≥ 15.0% of patients');
  await expect(jp.locator('.requirement')).toHaveCount(2);

  // An earlier LPI (negative months) and a lower cost are "better"; more sites is neither.
  const lpi = table.locator('tr[data-measure="lpi-p50"] .delta');
  await expect(lpi).toHaveCount(1);
  const lpiText = (await lpi.textContent()) ?? '';
  expect(lpiText).toMatch(/^(\+|\u2212)\d+\.\d months (better|worse)$/);
  expect(await lpi.getAttribute('data-tone')).toBe(lpiText.startsWith('\u2212') ? 'better' : 'worse');
  const pd = table.locator('tr[data-measure="p-deadline"] .delta');
  const pdText = (await pd.textContent()) ?? '';
  if (!pdText.startsWith('±'))
    expect(await pd.getAttribute('data-tone')).toBe(pdText.startsWith('+') ? 'better' : 'worse');
  const better = table.locator('.delta--better').first();
  const worse = table.locator('.delta--worse').first();
  await expect(better).toBeVisible();
  await expect(worse).toBeVisible();
  const colour = (l: typeof better) => l.evaluate((el) => getComputedStyle(el).color);
  expect(await colour(better)).not.toBe(await colour(worse));
  await expect(table.locator('tr[data-measure="sites"] .delta')).toHaveAttribute('data-tone', 'same');

  // "why" opens next to the number, inside the viewport, with formatted values
  await page.setViewportSize({ width: 1024, height: 768 });
  const whyButton = page.getByRole('button', { name: /^Why Cost score for / }).last();
  await whyButton.click();
  const pop = page.getByTestId('why-popover');
  await expect(pop).toBeVisible();
  await expect(pop).toContainText(/Expected total cost: USD [\d,]+/);
  await expect(pop).not.toContainText(/\d\.\d{3}/);
  const box = (await pop.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  // It is not inside the table (a layer of its own, never clipped)
  expect(await pop.evaluate((el) => el.parentElement === document.body)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(pop).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

const zipEntries = (file: string) =>
  execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
const zipEntry = (file: string, entry: string) =>
  execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8' });
const unescapeXml = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

test('the deck carries the recommendation and the dates shown on screen', async ({ page }) => {
  test.setTimeout(240_000);
  const app = new AppPage(page);
  await page.goto('/#/overview');
  await waitForRecommendation(page);
  const sentences = await page.getByTestId('recommendation').getByRole('listitem').allTextContents();
  const recommendation = sentences.map((s) => s.replace(/\s*\(from .*\)\s*$/, '').trim());
  const cardDate = (await page
    .locator('.overview-card')
    .first()
    .getByTestId('card-milestone-p50')
    .textContent())!.trim();
  expect(cardDate).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);

  await app.goTo('Report');
  await page.getByRole('checkbox', { name: /US \+ EU/ }).check();
  await page.getByRole('checkbox', { name: /Global/ }).check();
  await expect(page.getByTestId('report-p50-SCN-GLOBAL')).toBeVisible({ timeout: 120_000 });
  const dir = mkdtempSync(join(tmpdir(), 'mrct-decision-'));
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'PowerPoint deck', exact: true }).click(),
  ]);
  const file = join(dir, 'deck.pptx');
  await dl.saveAs(file);
  const slides = zipEntries(file).filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e));
  const text = unescapeXml(slides.map((s) => zipEntry(file, s)).join('\n'));
  // The recommendation slide says what the Overview says, sentence by sentence
  for (const s of recommendation) expect(text).toContain(s);
  // and the Overview's date for the first-ranked scenario is in the deck
  expect(text).toContain(cardDate);
  // Workspace, seed and whether actuals are included are stated
  expect(text).toMatch(/Workspace "[^"]+"; actuals not included; Monte Carlo [\d,]+ runs, seed \d+/);
  expect(app.consoleErrors).toEqual([]);
});
