import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';

/** Two tabs of one browser profile share IndexedDB: neither may overwrite the other silently. */

async function openTab(context: BrowserContext, setup?: (page: Page) => Promise<unknown>) {
  const page = await context.newPage();
  await setup?.(page);
  const app = new AppPage(page);
  await app.open('study');
  return app;
}

async function setField(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab'); // the Study form commits when a field is left
}

test('a tab with no unsaved edits loads the other tab’s newer version and says so', async ({ context }) => {
  const a = await openTab(context);
  const b = await openTab(context);
  await setField(a.page, 'Study name', 'Edited in tab A');
  await a.waitUntilSaved();
  await expect(b.workspaceName()).toHaveText('Edited in tab A');
  await expect(b.page.getByRole('status').filter({ hasText: 'updated in another tab' })).toBeVisible();
  await expect(b.page.getByLabel('Study name', { exact: true })).toHaveValue('Edited in tab A');
  // And B's later edit builds on A's, so both tabs end up agreeing
  await setField(b.page, 'Indication', 'Edited in tab B');
  await b.waitUntilSaved();
  await expect(a.page.getByLabel('Indication', { exact: true })).toHaveValue('Edited in tab B');
  await expect(a.workspaceName()).toHaveText('Edited in tab A');
  expect([...a.consoleErrors, ...b.consoleErrors]).toEqual([]);
});

test('edits in both tabs at once: the second tab asks, and “Keep mine” wins in both tabs', async ({
  context,
}) => {
  const a = await openTab(context);
  // Tab B's 300 ms save debounce is stretched to 4 s, so its edit is still unsaved while A saves
  const b = await openTab(context, (page) =>
    page.addInitScript(() => {
      const original = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) =>
        original(handler, ms === 300 ? 4000 : ms, ...rest)) as typeof window.setTimeout;
    }),
  );
  await setField(b.page, 'Indication', 'Mine in B');
  await setField(a.page, 'Study name', 'Theirs from A');
  await a.waitUntilSaved();

  const conflict = b.page.getByTestId('tab-conflict');
  await expect(conflict).toContainText('This workspace was changed in another tab');
  await expect(b.page.getByTestId('save-status')).toContainText('Not saved');
  const { violations } = await new AxeBuilder({ page: b.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  // Nothing was overwritten: B still shows its own edit and A keeps its version
  await expect(b.page.getByLabel('Indication', { exact: true })).toHaveValue('Mine in B');
  await expect(a.workspaceName()).toHaveText('Theirs from A');

  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toBeHidden();
  await b.waitUntilSaved();
  // A had nothing unsaved, so it now shows B's version and says so
  await expect(a.page.getByLabel('Indication', { exact: true })).toHaveValue('Mine in B');
  await expect(a.page.getByRole('status').filter({ hasText: 'updated in another tab' })).toBeVisible();

  // A fresh tab opens the version B kept
  const c = await openTab(context);
  await expect(c.page.getByLabel('Indication', { exact: true })).toHaveValue('Mine in B');
});

test('without BroadcastChannel, the check before saving catches it; “Load their version” is undoable', async ({
  context,
}) => {
  const a = await openTab(context);
  const b = await openTab(context, (page) =>
    page.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel')),
  );
  await setField(a.page, 'Study name', 'Theirs from A');
  await a.waitUntilSaved();
  // B never heard about it and edits its stale copy
  await expect(b.workspaceName()).not.toHaveText('Theirs from A');
  await setField(b.page, 'Indication', 'Mine in B');
  const conflict = b.page.getByTestId('tab-conflict');
  await expect(conflict).toBeVisible();

  await conflict.getByRole('button', { name: 'Load their version' }).click();
  await expect(b.workspaceName()).toHaveText('Theirs from A');
  await expect(b.page.getByLabel('Indication', { exact: true })).not.toHaveValue('Mine in B');
  // Undo brings B's version back (and saves it as the newest)
  await b.page.getByRole('link', { name: 'Study', exact: true }).focus();
  await b.page.keyboard.press('ControlOrMeta+z');
  await expect(b.page.getByLabel('Indication', { exact: true })).toHaveValue('Mine in B');
  await b.waitUntilSaved();
  // A hears nothing from B either; when the user returns to tab A it checks and shows B's version
  await a.page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(a.page.getByLabel('Indication', { exact: true })).toHaveValue('Mine in B');
});
