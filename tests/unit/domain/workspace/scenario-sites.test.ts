import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseWorkspaceFile,
  scenarioSiteCount,
  scenarioSiteIds,
  scenariosBySite,
  withSitesAdded,
  withSitesRemoved,
  workspaceSchema,
  type Workspace,
} from '../../../../src/domain/workspace/index';
import { buildSiteRows } from '../../../../src/ui/features/sites/prior-inputs';
import { filterSiteRows } from '../../../../src/ui/features/scenarios/site-picker-filter';

const sample = (): Workspace => {
  const parsed = parseWorkspaceFile(
    readFileSync(new URL('../../../../data/sample-workspace.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('sample does not parse');
  return parsed.workspace;
};
const scenario = (ws: Workspace, id: string) => ws.scenarios.find((s) => s.id === id)!;

describe('sites chosen per scenario', () => {
  it('counts the named sites a scenario uses, and which scenarios use a site', () => {
    const ws = sample();
    expect(scenarioSiteIds(scenario(ws, 'SCN-USEU')).size).toBe(40);
    expect(scenarioSiteCount(scenario(ws, 'SCN-GLOBAL'))).toBe(61);
    expect(scenariosBySite(ws.scenarios).get('US-01')).toEqual(['SCN-USEU', 'SCN-GLOBAL']);
    expect(scenariosBySite(ws.scenarios).get('JP-01')).toEqual(['SCN-GLOBAL']);
  });

  it('adding a site brings its country in, and leaves other scenarios alone', () => {
    const ws = sample();
    const next = withSitesAdded(ws, 'SCN-USEU', ['JP-01', 'JP-02', 'NOPE']);
    const jp = scenario(next, 'SCN-USEU').countries.find((c) => c.iso2 === 'JP');
    expect(jp).toEqual({ iso2: 'JP', siteCount: 0, siteIds: ['JP-01', 'JP-02'], useNamedSites: true });
    expect(scenario(next, 'SCN-GLOBAL')).toBe(scenario(ws, 'SCN-GLOBAL'));
    expect(workspaceSchema.safeParse(next).success).toBe(true);
    // the input is not changed
    expect(scenario(ws, 'SCN-USEU').countries.some((c) => c.iso2 === 'JP')).toBe(false);
  });

  it('a country counting generic sites switches to just the added named sites', () => {
    const ws = sample();
    const us = scenario(ws, 'SCN-USEU').countries.find((c) => c.iso2 === 'US')!;
    us.useNamedSites = false;
    us.siteCount = 20;
    const next = withSitesAdded(ws, 'SCN-USEU', ['US-03']);
    expect(scenario(next, 'SCN-USEU').countries.find((c) => c.iso2 === 'US')).toMatchObject({
      useNamedSites: true,
      siteIds: ['US-03'],
    });
    expect(scenarioSiteCount(scenario(next, 'SCN-USEU'))).toBe(40 - 14 + 1);
  });

  it('adds a workspace country for a site whose country the workspace did not list', () => {
    const ws = sample();
    ws.sites.push({
      id: 'PT-01',
      name: 'Porto',
      country: 'PT',
      city: '',
      siteType: 'academic',
      competingTrials: 0,
      qualityFlags: [],
    });
    const next = withSitesAdded(ws, 'SCN-USEU', ['PT-01']);
    expect(next.countries.map((c) => c.iso2)).toContain('PT');
    expect(workspaceSchema.safeParse(next).success).toBe(true);
  });

  it('removing keeps the country with fewer sites', () => {
    const ws = sample();
    const next = withSitesRemoved(ws, 'SCN-GLOBAL', ['US-01', 'US-02', 'JP-01']);
    expect(scenarioSiteCount(scenario(next, 'SCN-GLOBAL'))).toBe(58);
    expect(scenarioSiteCount(scenario(next, 'SCN-USEU'))).toBe(40);
  });
});

describe('site picker filter', () => {
  it('filters by text, country, prior rate and PI experience', () => {
    const rows = buildSiteRows(sample());
    expect(filterSiteRows(rows, { text: 'tokyo', country: '' }).map((r) => r.site.id)).toEqual([
      'JP-01',
      'JP-06',
    ]);
    expect(filterSiteRows(rows, { text: '', country: 'KR' })).toHaveLength(3);
    const experienced = filterSiteRows(rows, { text: '', country: 'US', minPiTrials: 10 });
    expect(experienced.map((r) => r.site.id).sort()).toEqual([
      'US-01',
      'US-02',
      'US-03',
      'US-10',
      'US-12',
      'US-13',
      'US-14',
    ]);
    const fast = filterSiteRows(rows, { text: '', country: '', minPrior: 0.5 });
    expect(fast.length).toBeGreaterThan(0);
    expect(fast.length).toBeLessThan(rows.length);
    for (const r of fast) expect(r.prior!.mean).toBeGreaterThanOrEqual(0.5);
    expect(filterSiteRows(rows, { text: '', country: '', minPrior: Number.NaN })).toHaveLength(61);
  });
});
