import { expect, type Page } from '@playwright/test';

/** Page model of the Scenarios screen. */
export class ScenariosPage {
  constructor(readonly page: Page) {}

  async select(name: string | RegExp) {
    await this.page.getByRole('navigation', { name: 'Scenarios' }).getByRole('button', { name }).click();
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
