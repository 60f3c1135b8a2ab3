import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile, type Workspace } from '../../../../src/domain/workspace/index';

/**
 * Issue #14 defect 2 and issue #13 item 7: a file must be refused, with its JSON path, for anything
 * the screens refuse or that fakes feasibility. Each case edits the sample and parses it through
 * the one entry point every boundary uses (Open…, browser storage, share links, `mrct validate`).
 */
const sampleText = readFileSync(new URL('../../../../data/sample-workspace.json', import.meta.url), 'utf8');
const sampleDoc = () => JSON.parse(sampleText) as { workspace: Workspace };

function problemsAfter(edit: (ws: Workspace) => void): string[] {
  const doc = sampleDoc();
  edit(doc.workspace);
  const result = parseWorkspaceFile(JSON.stringify(doc), 'edited.mrct.json');
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('semantic workspace rules at the file boundary', () => {
  it('the unedited sample passes', () => {
    expect(problemsAfter(() => undefined)).toEqual([]);
  });

  it('refuses the same site twice in a scenario (61 → 327 sites in the report)', () => {
    const problems = problemsAfter((ws) => {
      const us = ws.scenarios[0]!.countries[0]!;
      us.siteIds.push(us.siteIds[0]!);
    });
    const k = sampleDoc().workspace.scenarios[0]!.countries[0]!.siteIds.length;
    expect(problems).toEqual([
      `workspace.scenarios[0].countries[0].siteIds[${k}]: Site "US-01" is listed twice in this scenario`,
    ]);
  });

  it('refuses the same country twice in a scenario', () => {
    const problems = problemsAfter((ws) => {
      const s = ws.scenarios[1]!;
      s.countries.push({ ...s.countries[0]!, siteIds: [] });
    });
    const n = sampleDoc().workspace.scenarios[1]!.countries.length;
    expect(problems).toEqual([
      `workspace.scenarios[1].countries[${n}].iso2: Country US is listed twice in this scenario`,
    ]);
  });

  it('refuses a site listed under a country it is not in (Japan share 9.9% → 19.6%)', () => {
    const problems = problemsAfter((ws) => {
      const s = ws.scenarios[1]!;
      const jp = s.countries.find((c) => c.iso2 === 'JP')!;
      const us = s.countries.find((c) => c.iso2 === 'US')!;
      jp.siteIds.push(us.siteIds.pop()!);
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^workspace\.scenarios\[1\]\.countries\[\d+\]\.siteIds\[\d+\]: Site "US-\d+" is in US, not JP$/,
    );
  });

  it('refuses a country override outside the bounds the Countries screen enforces', () => {
    const problems = problemsAfter((ws) => {
      ws.countries[0]!.overrides.recruitmentMultiplier = { value: 0 };
      ws.countries[1]!.overrides.pNeverActivate = { value: { min: 0.1, mode: 0.5, max: 3 } };
    });
    expect(problems).toEqual([
      'workspace.countries[0].overrides.recruitmentMultiplier.value: Recruitment multiplier: value cannot be below 0.05',
      'workspace.countries[1].overrides.pNeverActivate.value: Sites never activating: maximum cannot exceed 0.99',
    ]);
  });

  it('refuses scenario overrides out of bounds or naming an unknown country parameter', () => {
    const problems = problemsAfter((ws) => {
      ws.scenarios[0]!.overrides = {
        'study:dropoutRate': 5,
        'country:US:recruitmentMultiplier': 0,
        'country:US:nonsense': 3,
        'settings:optimismDiscount': -1,
      };
    });
    expect(problems).toEqual([
      'workspace.scenarios[0].overrides.study:dropoutRate: Dropout rate: value cannot exceed 0.9',
      'workspace.scenarios[0].overrides.country:US:recruitmentMultiplier: Recruitment multiplier: value cannot be below 0.05',
      'workspace.scenarios[0].overrides.country:US:nonsense: Unknown country assumption "country:US:nonsense"',
      'workspace.scenarios[0].overrides.settings:optimismDiscount: Optimism discount: value cannot be below 0',
    ]);
  });

  it('refuses actuals with a garbage as-of date, unknown sites, bad or future-dated rows', () => {
    const problems = problemsAfter((ws) => {
      ws.actuals = { asOf: 'garbage', rows: [{ siteId: 'US-01', date: '2027-01-01', randomised: 1 }] };
    });
    expect(problems).toEqual([
      'workspace.actuals.asOf: The as-of date must be a real date written YYYY-MM-DD (years 1900–2199)',
    ]);
    expect(
      problemsAfter((ws) => {
        ws.actuals = {
          asOf: '2027-06-30',
          rows: [
            { siteId: 'NOPE', date: '2027-01-01', randomised: 1 },
            { siteId: 'US-01', date: '2027-02-30', randomised: 1 },
            { siteId: 'US-02', date: '2027-07-01', randomised: 1 },
          ],
        };
      }),
    ).toEqual([
      'workspace.actuals.rows[0].siteId: Unknown site "NOPE"',
      'workspace.actuals.rows[1].date: Use a real date written YYYY-MM-DD (years 1900–2199)',
      'workspace.actuals.rows[2].date: Dated 2027-07-01, after the as-of date 2027-06-30',
    ]);
  });

  it('refuses years 0001–0099 (Date.UTC reads them as 1901–1999) at the schema', () => {
    const problems = problemsAfter((ws) => {
      ws.study.plannedFirstSubmission = '0050-03-01';
      ws.study.enrollmentDeadline = '0099-03-01';
    });
    expect(problems).toContain('workspace.study.plannedFirstSubmission: Use a year from 1900 to 2199');
    expect(problems).toContain('workspace.study.enrollmentDeadline: Use a year from 1900 to 2199');
  });

  it('caps the length of override keys, region names and filing-market ids, and never echoes a 1 MB id', () => {
    const huge = 'x'.repeat(1_000_000);
    expect(problemsAfter((ws) => void (ws.scenarios[0]!.overrides = { [`note:${huge}`]: 1 }))).toEqual([
      `workspace.scenarios[0].overrides.note:${'x'.repeat(59)}…: Override key is longer than 100 characters`,
    ]);
    const problems = problemsAfter((ws) => {
      ws.scenarios[0]!.cro.byRegion = { [huge]: ws.cros[0]!.id };
      ws.cros[0]!.coverage.regions = [huge];
      ws.filingMarkets = [{ id: huge, label: 'X', countries: ['US'], minShare: 0, basis: '' }];
      ws.sites[0]!.qualityFlags = Array.from({ length: 51 }, () => 'flag');
    });
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const p of problems) expect(p.length).toBeLessThan(400);
    expect(problems.join('\n')).toMatch(/workspace\.sites\[0\]\.qualityFlags: /);
    expect(problems.join('\n')).toMatch(/A region name is at most 100 characters/);
    expect(problems.join('\n')).toMatch(/workspace\.filingMarkets\[0\]\.id: An id is at most 64 characters/);
  });
});
