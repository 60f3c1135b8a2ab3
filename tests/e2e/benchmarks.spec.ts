import { expect, test } from '@playwright/test';
import benchmarks from '../../data/reference/benchmarks.json' with { type: 'json' };
import calibration from '../../data/reference/benchmarks-calibration.json' with { type: 'json' };

test('Benchmarks screen: fitted rates per country with n, filters, comparable trials, calibration and caveats', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Benchmarks' }).click();
  await expect(page.getByRole('heading', { name: 'Benchmarks', level: 1 })).toBeVisible();
  // The sample study is oncology phase 3: filters start there
  await expect(page.getByLabel('Therapeutic area')).toHaveValue('oncology');
  await expect(page.getByLabel('Phase', { exact: true })).toHaveValue('3');
  const table = page.getByRole('table', { name: 'Benchmark rates by country' });
  // Counts arrive with the lazily fetched comparable trials; Japan has oncology phase 3 trials
  const jp = table.locator('tr[data-iso2="JP"]');
  await expect(jp.locator('td').nth(4)).not.toHaveText('…');
  expect(Number(await jp.locator('td').nth(4).textContent())).toBeGreaterThan(10);
  // Japan is in the sample plan: highlighted with the plan's rate
  await expect(jp).toHaveClass(/in-plan/);
  await expect(page.locator('.plan-vs-comparable li', { hasText: 'in JP;' })).toContainText(
    /your plan assumes [\d.]+ patients\/site\/month in JP; comparable trials: median [\d.]+, 80% range [\d.]+–[\d.]+, n = \d+/,
  );
  // Comparable trials list with NCT ids
  const comparable = page.getByRole('table', { name: 'Comparable trials' });
  await expect(comparable.locator('tbody tr').first()).toContainText(/NCT\d{8}/);
  // Phase filter changes Japan's rate (phase 2 factor < 1)
  const rate3 = Number(await jp.locator('td').nth(2).textContent());
  await page.getByLabel('Phase', { exact: true }).selectOption('2');
  await expect.poll(async () => Number(await jp.locator('td').nth(2).textContent())).toBeLessThan(rate3);
  // Area filter
  await page.getByLabel('Therapeutic area').selectOption('cardiovascular');
  await expect(page.getByText(/cardiovascular, phase 2 trials with sites in the country/)).toBeVisible();
  // Calibration figures and caveats in plain words
  await expect(page.getByTestId('coverage80')).toHaveText(
    `${(calibration.kFold.overall.coverage80 * 100).toFixed(1)}%`,
  );
  await expect(page.getByRole('img', { name: /Where the actual period fell/ })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('2004–2012');
  await expect(
    page.getByText(
      `${benchmarks.dataset.eligibleStudies.toLocaleString('en')} completed industry phase 2–3 trials`,
    ),
  ).toBeVisible();
  await page.getByLabel('Phase', { exact: true }).selectOption('3');
  await page.getByLabel('Therapeutic area').selectOption('oncology');
  await page.screenshot({ path: 'screenshots/benchmarks.png', fullPage: true });
});
