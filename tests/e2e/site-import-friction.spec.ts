import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { downloadFrom, readText } from './helpers/downloads';

/** Issue 13 item 8: country names, header auto-mapping, kept manual mapping, template, one-pass problems. */
test.describe('Site import friction', () => {
  test.setTimeout(90_000);

  const mappingSelect = (page: Page, field: RegExp) =>
    page
      .locator('.mapping-row')
      .filter({ has: page.locator('xpath=./span', { hasText: field }) })
      .getByRole('combobox');

  test('country names, obvious headers and the template', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('sites');
    await page.getByRole('button', { name: 'Import sites…' }).click();

    const template = readText(
      await downloadFrom(page, page.getByRole('button', { name: 'Download template' }), 'template.csv'),
    );
    expect(template.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain('Site name,Country');

    const csv = [
      'Site name,Country,City,PI name,PI past enrollment,Site estimate,Prior trials',
      'Seoul Lung Centre,"Korea, Republic of",Seoul,Dr Min-jun Kim,0.8,1.2,5',
      'Leeds Chest Clinic,UK,Leeds,Dr Anne Hale,0.5,0.9,3',
      'Brno Oncology,Czech Republic,Brno,Dr Petr Novak,0.4,0.7,2',
      'Hanoi Cancer Hospital,Viet Nam,Hanoi,Dr Lan Nguyen,0.6,1,1',
      'Ankara Thoracic,Turkey,Ankara,Dr Emre Kaya,0.3,0.5,4',
    ].join('\n');
    await page.setInputFiles('#import-file', {
      name: 'ctgov-sites.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await expect(mappingSelect(page, /PI past enrolment/)).toHaveValue('4');
    await expect(mappingSelect(page, /Site estimate/)).toHaveValue('5');
    await expect(mappingSelect(page, /PI trials in area/)).toHaveValue('6');
    const names = page.getByRole('table', { name: 'Country names' });
    await expect(names).toContainText('Korea, Republic of');
    await expect(names.getByRole('row').filter({ hasText: 'Korea, Republic of' })).toContainText('KR');
    await expect(names.getByRole('row').filter({ hasText: /^UK/ })).toContainText('GB');
    await expect(names.getByRole('row').filter({ hasText: 'Czech Republic' })).toContainText('CZ');
    await expect(names.getByRole('row').filter({ hasText: 'Viet Nam' })).toContainText('VN');
    await expect(names.getByRole('row').filter({ hasText: 'Turkey' })).toContainText('TR');
    await expect(page.getByRole('status').filter({ hasText: 'Ready:' })).toContainText(
      '5 new and 0 updated site(s), 5 new',
    );
    await page.getByRole('button', { name: /Import 5 site/ }).click();
    await expect(page.getByText('66 rows')).toBeVisible();
    await page.getByLabel('Search Sites').fill('Seoul Lung');
    await expect(page.getByRole('table', { name: 'Sites' })).toContainText('KR');
    expect(app.consoleErrors).toEqual([]);
  });

  test('a country without reference data is named, and every problem (duplicates included) is listed in one pass', async ({
    page,
  }) => {
    const app = new AppPage(page);
    await app.open('sites');
    await page.getByRole('button', { name: 'Import sites…' }).click();
    const csv = [
      'Site id,Site name,Country,Competing trials',
      'X-1,Moscow Oncology,Russian Federation,0',
      'X-2,Leeds Chest Clinic,UK,-1',
      'X-2,Leeds Chest Annex,Atlantis,2',
      'X-4,Leeds Chest Clinic,GB,2',
    ].join('\n');
    await page.setInputFiles('#import-file', {
      name: 'problems.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const problems = page.getByRole('table', { name: 'Import problems' });
    await expect(problems).toContainText('Russian Federation');
    await expect(problems).toContainText('RU');
    await expect(problems.getByRole('row').filter({ hasText: 'Atlantis' })).toContainText('Unknown country');
    // Row 4 has both a bad country and a duplicate id; row 3 a bad count; row 5 a duplicate name.
    await expect(
      problems.getByRole('row').filter({ hasText: 'Duplicate: same site id as row 3' }),
    ).toHaveCount(1);
    await expect(problems.getByRole('row').filter({ hasText: 'Must be at least 0' })).toHaveCount(1);
    await expect(
      problems.getByRole('row').filter({ hasText: 'Duplicate: same name, city and country as row 3' }),
    ).toHaveCount(1);
    await expect(page.getByTestId('import-summary')).toContainText('3 error(s) and 2 duplicate(s)');
  });

  test('a manual column mapping is kept when the (fixed) file is chosen again', async ({ page }) => {
    const app = new AppPage(page);
    await app.open('sites');
    await page.getByRole('button', { name: 'Import sites…' }).click();
    const first = ['Hospital,Land,Locality', 'Aarhus Lung Clinic,Denmark,Aarhus', 'Oslo Chest,Norway,'].join(
      '\n',
    );
    await page.setInputFiles('#import-file', {
      name: 'list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(first),
    });
    await mappingSelect(page, /^Country/).selectOption({ label: 'Land' });
    await mappingSelect(page, /^City/).selectOption({ label: 'Locality' });
    await expect(page.getByRole('status').filter({ hasText: 'Ready:' })).toContainText('2 new');
    // The user fixes the file (adds a column in front) and chooses it again
    const fixed = [
      'Note,Hospital,Land,Locality',
      ',Aarhus Lung Clinic,Denmark,Aarhus',
      ',Oslo Chest,Norway,Oslo',
    ].join('\n');
    await page.setInputFiles('#import-file', {
      name: 'list.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(fixed),
    });
    await expect(mappingSelect(page, /^Country/)).toHaveValue('2');
    await expect(mappingSelect(page, /^City/)).toHaveValue('3');
    await expect(page.getByText(/kept your column choices/i)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ready:' })).toContainText('2 new');
  });
});
