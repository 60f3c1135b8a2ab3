import { expect, type Page } from '@playwright/test';

/** Page model of the app shell: navigation, header actions and notices. */
export class AppPage {
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => this.consoleErrors.push(String(e)));
  }

  async open(route = 'study') {
    await this.page.goto(`/#/${route}`);
    await expect(this.page.getByTestId('save-status')).not.toHaveText(/Loading/);
  }

  async goTo(label: string) {
    await this.page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: label, exact: true })
      .click();
  }

  workspaceName() {
    return this.page.getByTestId('workspace-name');
  }

  async waitUntilSaved() {
    await expect(this.page.getByTestId('save-status')).toHaveText(/Saved|All changes saved/, {
      timeout: 10_000,
    });
  }

  async openFile(name: string, content: string) {
    await this.page
      .getByTestId('open-workspace-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  alert() {
    return this.page.getByRole('alert').first();
  }
}
