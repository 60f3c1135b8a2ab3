import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * Issue #14 (and issue #13 item 7): a file that fakes feasibility — the same site twice in a
 * scenario, the same country twice, a site listed under a country it is not in — is refused by
 * Open… with the JSON path, and the workspace on screen does not change.
 */
const sample = JSON.parse(
  readFileSync(new URL('../../data/sample-workspace.json', import.meta.url), 'utf8'),
) as {
  workspace: {
    study: { name: string };
    scenarios: Array<{ countries: Array<{ iso2: string; siteIds: string[] }> }>;
  };
};

function fakedFile(edit: (ws: (typeof sample)['workspace']) => void): string {
  const doc = structuredClone(sample);
  doc.workspace.study.name = 'Faked feasibility';
  edit(doc.workspace);
  return JSON.stringify(doc);
}

const cases: Array<[string, (ws: (typeof sample)['workspace']) => void, RegExp]> = [
  [
    'the same site twice in a scenario',
    (ws) => {
      const us = ws.scenarios[0]!.countries[0]!;
      us.siteIds.push(...us.siteIds);
    },
    /scenarios\[0\]\.countries\[0\]\.siteIds\[\d+\]: Site "US-01" is listed twice in this scenario/,
  ],
  [
    'the same country twice in a scenario',
    (ws) => void ws.scenarios[1]!.countries.push({ ...ws.scenarios[1]!.countries[0]!, siteIds: [] }),
    /scenarios\[1\]\.countries\[\d+\]\.iso2: Country US is listed twice in this scenario/,
  ],
  [
    'a site listed under a country it is not in',
    (ws) => {
      const countries = ws.scenarios[1]!.countries;
      const jp = countries.find((c) => c.iso2 === 'JP')!;
      jp.siteIds.push(countries.find((c) => c.iso2 === 'US')!.siteIds.pop()!);
    },
    /scenarios\[1\]\.countries\[\d+\]\.siteIds\[\d+\]: Site "US-\d+" is in US, not JP/,
  ],
];

for (const [what, edit, problem] of cases) {
  test(`Open… refuses a file with ${what}, names the path and changes nothing`, async ({ page }) => {
    const app = new AppPage(page);
    await app.open('scenarios');
    const before = await app.workspaceName().textContent();
    await app.openFile('faked.mrct.json', fakedFile(edit));
    await expect(app.alert()).toContainText('Could not open faked.mrct.json; your workspace is unchanged.');
    await expect(app.alert()).toContainText(problem);
    await expect(app.workspaceName()).toHaveText(before ?? '');
    await expect(app.workspaceName()).not.toHaveText('Faked feasibility');
    if (what.startsWith('a site')) await page.screenshot({ path: 'test-results/hardening-faked-file.png' });
    expect(app.consoleErrors).toEqual([]);
  });
}
