import { expect, type Page } from '@playwright/test';

/** Page model of the Scenarios screen. */
export class ScenariosPage {
  constructor(readonly page: Page) {}

  /**
   * Chooses a scenario and waits until its panel shows it: the list marks a click at once, the panel
   * follows through useDeferredValue, so reading results straight after the click could read the
   * previous scenario's.
   */
  async select(name: string | RegExp) {
    await this.page.getByRole('navigation', { name: 'Scenarios' }).getByRole('button', { name }).click();
    const pattern = typeof name === 'string' ? new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : name;
    await expect(this.page.getByLabel('Scenario name')).toHaveValue(pattern, { timeout: 30_000 });
  }

  /**
   * Duplicates the chosen scenario and waits until its panel shows the copy: the panel follows the
   * list through useDeferredValue, so typing at once could reach the original's fields.
   */
  async duplicate() {
    await this.page.getByRole('button', { name: 'Duplicate' }).click();
    await expect(this.page.getByLabel('Scenario name')).toHaveValue(/\(copy\)$/, { timeout: 30_000 });
  }

  kpi(id: 'deadline' | 'lpi') {
    return this.page.getByTestId(`kpi-${id}`).locator('.kpi__value');
  }

  /** Waits for the full (refined) forecast and returns the deadline probability and P50 LPI texts. */
  async refinedKpis() {
    await expect(this.page.getByTestId('scenario-results')).toHaveAttribute('data-refined', 'true', {
      timeout: 30_000,
    });
    return { deadline: await this.kpi('deadline').innerText(), lpi: await this.kpi('lpi').innerText() };
  }
}
