import { expect, test, type Page } from '@playwright/test';

/**
 * Issue #17 figure: opening Compare on the sample from cold (target ≤ 1 s). Two readings, both
 * printed: a fresh page load straight onto #/compare (app, worker and engine all cold; measured
 * from navigation start), and a click on Compare from the Study screen of a loaded app whose
 * engine has computed nothing yet, and a click on Compare from the Overview (the landing screen,
 * which compares the same scenarios) once it has answered. "First" is the ranking on screen (the
 * quick pass), "refined" the ranking without "refining". The assertion only catches gross
 * regressions (machines vary).
 */
async function watchRanking(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __t0?: number; __first?: number; __refined?: number };
    new MutationObserver(() => {
      const ranking = document.querySelector('[data-testid="ranking"]');
      if (!ranking) return;
      const now = performance.now() - (w.__t0 ?? 0);
      w.__first ??= now;
      if (!ranking.textContent?.includes('refining')) w.__refined ??= now;
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

async function readings(page: Page) {
  await page.waitForFunction(
    () => (window as unknown as { __refined?: number }).__refined !== undefined,
    null,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate(() => {
    const w = window as unknown as { __first: number; __refined: number };
    return { first: Math.round(w.__first), refined: Math.round(w.__refined) };
  });
}

/** Clicks Compare in the screen navigation and reads the times from that click. */
async function clickCompare(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __t0: number };
    document.addEventListener('click', () => (w.__t0 = performance.now()), { once: true, capture: true });
  });
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('link', { name: 'Compare', exact: true })
    .click();
  return readings(page);
}

test('Compare from cold shows its ranking quickly (figure printed)', async ({ page }) => {
  await watchRanking(page);
  await page.goto('/#/compare');
  const load = await readings(page);
  await expect(page.getByTestId('comparison-table')).toBeVisible();

  await page.goto('/#/study');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Study', level: 1 })).toBeVisible();
  const click = await clickCompare(page);

  // The user's way in: the app opens on the Overview (which compares the same scenarios), then Compare.
  await page.goto('/#/overview');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByTestId('recommendation')).toHaveAttribute('data-refined', 'true', {
    timeout: 60_000,
  });
  const fromOverview = await clickCompare(page);
  console.log(
    `[figure] Compare from cold (sample workspace, its compared scenarios): page load → ranking ${load.first} ms, refined ${load.refined} ms; click from Study (engine cold) → ranking ${click.first} ms, refined ${click.refined} ms; click from the Overview once it has answered → ranking ${fromOverview.first} ms, refined ${fromOverview.refined} ms (target ≤ 1,000 ms)`,
  );
  expect(load.first).toBeLessThan(15_000);
});
