import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

const fixture = (name: string) => new URL(`../fixtures/sites/${name}`, import.meta.url).pathname;

test.beforeEach(async ({ page }) => {
  await page.goto('./#/sites');
  await expect(page.getByRole('table', { name: 'Sites' })).toBeVisible();
  await expect(page.getByText('61 rows')).toBeVisible();
});

test('import: bad rows are listed and nothing is added; the fixed file adds every row', async ({ page }) => {
  await page.getByRole('button', { name: 'Import sites…' }).click();
  await page.setInputFiles('#import-file', fixture('mixed.csv'));
  // Errors listed with row, column, value and reason; nothing added
  await expect(page.getByTestId('import-summary')).toHaveText(
    /4 error\(s\) and 1 duplicate\(s\) in mixed\.csv; nothing will be added/,
  );
  const problems = page.getByRole('table', { name: 'Import problems' }).locator('tbody tr');
  await expect(problems).toHaveCount(5);
  await expect(problems.nth(0)).toContainText('Not a number');
  await expect(problems.nth(4)).toContainText('Duplicate: same site id as row 2');
  await expect(page.getByRole('button', { name: /Import 6 site/ })).toBeDisabled();
  await expect(page.getByText('61 rows')).toBeVisible();

  // Fix it: every row appears
  await page.setInputFiles('#import-file', fixture('fixed.csv'));
  await expect(page.getByText(/Ready: 5 new and 0 updated site\(s\), 5 new/)).toBeVisible();
  await page.getByRole('button', { name: 'Import 5 site(s)' }).click();
  await expect(page.getByText('66 rows')).toBeVisible();
  await page.getByLabel('Search Sites').fill('Aarhus');
  await expect(page.getByRole('table', { name: 'Sites' }).getByText('Aarhus Lung Clinic')).toBeVisible();
});

test('refuses an invalid or wrongly encoded file with a message', async ({ page }) => {
  await page.getByRole('button', { name: 'Import sites…' }).click();
  await page.setInputFiles('#import-file', fixture('utf16.csv'));
  await expect(page.getByRole('alert')).toContainText('UTF-16 LE');
});

test("editing a PI's history changes the site's prior", async ({ page }) => {
  await page
    .getByRole('table', { name: 'Sites' })
    .getByText('Boston Comprehensive Oncology Institute')
    .click();
  const mean = page.getByTestId('prior-mean');
  const before = Number(await mean.textContent());
  const field = page.getByLabel('Past enrolment /month');
  await field.fill('3');
  await field.press('Enter');
  await expect(mean).not.toHaveText(String(before));
  expect(Number(await mean.textContent())).toBeGreaterThan(before);
  await expect(page.getByTestId('prior-sentence')).toContainText('PI history 3.0/month over 15 trials');
  // The table shows the same prior
  await expect(page.getByRole('row', { name: /Boston Comprehensive Oncology Institute/ })).toContainText(
    String(await mean.textContent()),
  );
});

test('inline edit: an invalid value is refused with the reason and nothing is stored', async ({ page }) => {
  await page
    .getByRole('button', { name: 'Edit Competing for Boston Comprehensive Oncology Institute' })
    .click();
  const input = page.getByRole('textbox', { name: 'Competing for Boston Comprehensive Oncology Institute' });
  await input.fill('-1');
  await input.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Must be at least 0');
  await input.press('Escape');
  await expect(
    page.getByRole('button', { name: 'Edit Competing for Boston Comprehensive Oncology Institute' }),
  ).toHaveText('2');
  // A valid value is stored
  await page
    .getByRole('button', { name: 'Edit Competing for Boston Comprehensive Oncology Institute' })
    .click();
  await input.fill('5');
  await input.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Edit Competing for Boston Comprehensive Oncology Institute' }),
  ).toHaveText('5');
});

test('bulk edit sets the site type of the selected sites', async ({ page }) => {
  await page.getByRole('checkbox', { name: 'Select Houston Oncology Clinic' }).check();
  await page.getByRole('checkbox', { name: 'Select Denver University Cancer Centre' }).check();
  const bar = page.getByRole('group', { name: 'Bulk edit selected sites' });
  await bar.getByRole('combobox').selectOption('community');
  await bar.getByRole('button', { name: 'Set type' }).click();
  await expect(page.getByRole('row', { name: /Denver University Cancer Centre/ })).toContainText('community');
  await expect(page.getByRole('row', { name: /Houston Oncology Clinic/ })).toContainText('community');
});

test('10,000 imported sites: time to render the table and to scroll', async ({ page }) => {
  const header = readFileSync(fixture('fixed.csv'), 'utf8').split('\n')[0];
  const countries = ['US', 'DE', 'FR', 'JP', 'BR', 'PL', 'ES', 'GB', 'CA', 'AU'];
  const lines = [header];
  for (let i = 0; i < 10_000; i++) {
    const c = countries[i % countries.length];
    lines.push(
      `B-${i},Bench Site ${i},${c},City ${i % 97},academic,${(i % 20) / 10},${i % 4},Dr Bench ${i},Oncology,${i % 9},${(i % 15) / 10}`,
    );
  }
  await page.getByRole('button', { name: 'Import sites…' }).click();
  const t0 = Date.now();
  await page.setInputFiles('#import-file', {
    name: 'bench.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\n')),
  });
  await expect(page.getByText(/Ready: 10000 new/)).toBeVisible({ timeout: 60_000 });
  const tValidated = Date.now();
  await page.getByRole('button', { name: 'Import 10000 site(s)' }).click();
  await expect(page.getByText('10061 rows')).toBeVisible({ timeout: 60_000 });
  const tRendered = Date.now();
  const scrollMs = await page.evaluate(async () => {
    const el = document.querySelector('.dt-scroll') as HTMLElement;
    const start = performance.now();
    for (let k = 1; k <= 20; k++) {
      el.scrollTop = (el.scrollHeight * k) / 20;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
    return performance.now() - start;
  });
  const rowsInDom = await page.locator('table[aria-label="Sites"] tbody tr').count();
  console.log(
    `[bench] browser read+validate 10,000 CSV rows: ${tValidated - t0} ms; apply + render table with 10,061 rows: ${tRendered - tValidated} ms; 20 scroll jumps: ${scrollMs.toFixed(0)} ms (${(scrollMs / 20).toFixed(1)} ms/frame); rows in DOM: ${rowsInDom}`,
  );
  expect(rowsInDom).toBeLessThan(80);
  await expect(
    page
      .getByRole('table', { name: 'Sites' })
      .getByText(/Bench Site \d+/)
      .first(),
  ).toBeVisible();
});
