import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

/** What the focused element is and whether the user can see where focus is. */
interface FocusInfo {
  tag: string;
  name: string;
  visible: boolean;
}

function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', name: '', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return { tag: el.tagName.toLowerCase(), name, visible: outline || shadow };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` matches the focused element, checking on the way that
 * every stop shows a focus indicator and that focus keeps moving (no keyboard trap).
 */
async function tabTo(
  page: Page,
  wanted: (f: FocusInfo) => boolean,
  options: { back?: boolean; max?: number } = {},
) {
  const seen: FocusInfo[] = [];
  for (let i = 0; i < (options.max ?? 80); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    seen.push(f);
    expect(f.visible, `focus indicator on <${f.tag}> "${f.name}"`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error(
    `never reached the wanted element; stops: ${seen.map((s) => `${s.tag}:${s.name}`).join(', ')}`,
  );
}

const link = (label: string) => (f: FocusInfo) => f.tag === 'a' && f.name === label;

test('keyboard only: navigate, edit a Study field, undo, open a country from the table and close its panel', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open('study');
  await page.locator('body').focus();

  // Tab to the Study name field, replace it, leave the field (commits one undo step)
  const studyName = page.getByLabel('Study name');
  const original = await studyName.inputValue();
  for (let i = 0; i < 40 && !(await studyName.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect((await focused(page)).visible).toBe(true);
  }
  await expect(studyName).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keyboard study');
  await page.keyboard.press('Tab');
  await expect(app.workspaceName()).toHaveText('Keyboard study');

  // Undo with Ctrl+Z from a non-text element (inside a text field the browser's text undo wins)
  await tabTo(page, link('Report'), { back: true });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(app.workspaceName()).toHaveText(original);
  await expect(studyName).toHaveValue(original);

  // Navigate to Countries with Tab + Enter
  await tabTo(page, link('Countries'), { back: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/countries$/);
  await expect(page.getByRole('heading', { name: 'Countries', level: 1 })).toBeVisible();

  // Tab into the table's rows, move with ↓ and open a country with Enter
  const table = page.getByRole('table', { name: 'Reference countries' });
  await tabTo(page, (f) => f.tag === 'tr', { max: 120 });
  const firstRow = table.locator('tbody tr.dt-row').first();
  await expect(firstRow).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(table.locator('tbody tr.dt-row').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const third = table.locator('tbody tr.dt-row').nth(2);
  await expect(third).toBeFocused();
  const countryName = (await third.locator('td').nth(1).innerText()).trim(); // column 1 is “In plan”
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: `${countryName} details` });
  await expect(panel).toBeVisible();
  // Focus moved into the panel (its heading), so its controls are a few Tabs away
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();

  // Reach the panel's close button and operate it; focus returns to the country's row
  await tabTo(page, (f) => f.name === 'Close country details', { max: 10 });
  await page.keyboard.press('Enter');
  await expect(panel).toBeHidden();
  await expect(third).toBeFocused();
  expect(app.consoleErrors).toEqual([]);
});

test('keyboard only: open a why panel on Compare and close it with its button', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open('compare');
  await expect(page.getByTestId('ranking')).not.toContainText('refining', { timeout: 60_000 });
  await page.locator('body').focus();
  await tabTo(page, (f) => f.tag === 'button' && f.name.startsWith('Why Speed score'), { max: 200 });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /^Why: Speed score of / });
  await expect(dialog).toBeVisible();
  // Focus moves into the popover (its close button); closing returns it to the "why?" button
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Why Speed score/ }).first()).toBeFocused();
});

for (const route of ['study', 'countries', 'sites', 'cros', 'scenarios', 'compare', 'report']) {
  test(`keyboard only: the first 60 tab stops on ${route} all show a focus indicator`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open(route);
    await page.waitForTimeout(500);
    await page.locator('body').focus();
    const stops: FocusInfo[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      if (f.tag === 'body') break; // wrapped past the end of a short page
      stops.push(f);
    }
    const hidden = stops.filter((s) => !s.visible).map((s) => `<${s.tag}> "${s.name}"`);
    expect(hidden, `elements without a visible focus indicator on ${route}`).toEqual([]);
    expect(stops.length).toBeGreaterThan(7); // at least the nav links are reachable
  });
}
