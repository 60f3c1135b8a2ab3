import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/app-page';

/**
 * Security checks against the built app: the Content-Security-Policy holds on every screen, nothing
 * is fetched from another origin, imported or opened text never runs as HTML, and exported cells
 * cannot run as spreadsheet formulas.
 */

const IMG_NAME = '<img src=x onerror="window.__xss=1">';
const SCRIPT_NAME = '<script>window.__xss=2</script>';
const FORMULA_NAME = `=cmd|' /C calc'!A0`;

/** Records CSP violations from the first script onwards and every request the page makes. */
async function watch(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { requests, violations };
}

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

async function importSites(page: Page, rows: string[][]) {
  const csv = ['Site ID,Site name,Country,City,PI name', ...rows.map((r) => r.map(csvCell).join(','))].join(
    '\n',
  );
  await page.getByRole('button', { name: 'Import sites…' }).click();
  await page.setInputFiles('#import-file', {
    name: 'hostile.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  await page.getByRole('button', { name: `Import ${rows.length} site(s)` }).click();
}

async function expectNoInjection(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('#root script')).toHaveCount(0);
}

test('the built page has no inline script and a strict CSP', () => {
  const html = readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [tag, body] of scripts) {
    expect(tag).toMatch(/\bsrc="\.?\/(assets\/|csp-boot\.js")/);
    expect(body?.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';
  expect(directive('default-src')).toBe("default-src 'self'");
  expect(directive('script-src')).toBe("script-src 'self'");
  expect(directive('connect-src')).toBe("connect-src 'self'");
  expect(directive('worker-src')).toBe("worker-src 'self'");
  expect(directive('object-src')).toBe("object-src 'none'");
  expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
});

test('every screen runs under the CSP with no violation, no console error and no request off 127.0.0.1', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { requests, violations } = await watch(page);
  const app = new AppPage(page);
  await app.open('study');
  for (const label of ['Countries', 'Sites & PIs', 'CROs', 'Scenarios', 'Compare', 'Report']) {
    await app.goTo(label);
    await expect(page.locator('main h1').first()).toBeVisible();
    if (label === 'Countries')
      await expect(page.getByTestId('world-map').locator('path').nth(20)).toBeVisible();
    if (label === 'Scenarios')
      await expect(page.getByTestId('scenario-results')).toHaveAttribute('data-refined', 'true', {
        timeout: 60_000,
      });
    if (label === 'Compare')
      await expect(page.getByTestId('ranking')).not.toContainText('refining', { timeout: 60_000 });
  }
  expect(await violations()).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
  const offsite = requests.filter(
    (url) => !/^(data|blob):/.test(url) && new URL(url).host !== new URL(page.url()).host,
  );
  expect(offsite).toEqual([]);
  expect(requests.length).toBeGreaterThan(1);
});

test('imported site and PI names with HTML or script are shown as text and never run', async ({ page }) => {
  const { violations } = await watch(page);
  const app = new AppPage(page);
  await app.open('sites');
  await importSites(page, [['XSS-1', IMG_NAME, 'FR', 'Paris', SCRIPT_NAME]]);
  const table = page.getByRole('table', { name: 'Sites' });
  await page.getByLabel('Search Sites').fill('XSS');
  await expect(table.getByText(IMG_NAME, { exact: true })).toBeVisible();
  await expect(table.getByText(SCRIPT_NAME, { exact: true })).toBeVisible();
  // The site panel, the Scenarios screen (site lists) and the report show it as text too
  await table.getByText(IMG_NAME, { exact: true }).click();
  await expect(page.getByRole('heading', { name: IMG_NAME })).toBeVisible();
  for (const label of ['Scenarios', 'Compare', 'Report']) await app.goTo(label);
  await expectNoInjection(page);
  expect(await violations()).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
});

test('a workspace file with HTML in its names opens with the names shown as text', async ({ page }) => {
  const { violations } = await watch(page);
  const app = new AppPage(page);
  await app.open('study');
  // Given a saved workspace file, edited outside the app to carry markup in its names
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save file' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    workspace: { study: { name: string }; sites: { name: string }[]; investigators: { name: string }[] };
  };
  file.workspace.study.name = SCRIPT_NAME;
  file.workspace.sites[0]!.name = IMG_NAME;
  file.workspace.investigators[0]!.name = SCRIPT_NAME;
  // When it is opened
  await app.openFile('hostile.mrct.json', JSON.stringify(file));
  // Then the names are literal text wherever they show
  await expect(app.workspaceName()).toHaveText(SCRIPT_NAME);
  await expect(page.getByLabel('Study name', { exact: true })).toHaveValue(SCRIPT_NAME);
  await app.goTo('Sites & PIs');
  await expect(page.getByRole('table', { name: 'Sites' }).getByText(IMG_NAME, { exact: true })).toBeVisible();
  for (const label of ['Scenarios', 'Report']) await app.goTo(label);
  await expect(page.getByText(SCRIPT_NAME).first()).toBeVisible();
  await expectNoInjection(page);
  expect(await violations()).toEqual([]);
});

test('exported CSV cells that start with = + - @ are neutralised with a leading quote', async ({ page }) => {
  const app = new AppPage(page);
  await app.open('sites');
  await importSites(page, [['F-1', FORMULA_NAME, 'FR', 'Lyon', '@SUM(1+1)']]);
  await page.getByLabel('Search Sites').fill('F-1');
  await expect(page.getByText('1 of 62 rows').or(page.getByText(/^1 of \d+ rows$/))).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export shown sites as CSV' }).click();
  const text = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '');
  const [header, row] = text.split(/\r?\n/);
  expect(header).toContain('Site name');
  // The formula text survives, but as text: a single quote before the = and the @
  expect(row).toContain(`,'=cmd|' /C calc'!A0,`);
  expect(row).toMatch(/(^|,)"?'@SUM\(1\+1\)"?(,|$)/);
  expect(row).not.toMatch(/(^|,)"?[=+\-@]/);
});
