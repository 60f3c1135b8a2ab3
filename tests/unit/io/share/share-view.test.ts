import { describe, expect, it } from 'vitest';
import { createShareLink, openSharePayload, sharedWorkspace } from '../../../../src/io/share/share-link';
import { loadSampleWorkspace } from '../../../../src/state/sample';

const BASE = 'https://planner.example/';

describe('share links carry the shared view (issue 13 item 3)', () => {
  it('a comparison link holds the chosen scenarios, selected on Report and Compare, with the baseline and weights', () => {
    const ws = loadSampleWorkspace();
    ws.settings.scoreWeights.cost = 80;
    ws.views = { compare: { scenarioIds: ['SCN-USEU', 'SCN-GLOBAL'], baselineId: 'SCN-GLOBAL' } };
    const link = createShareLink(ws, BASE, { scenarioIds: ['SCN-USEU', 'SCN-GLOBAL'] });
    if (!link.ok) throw new Error(link.message);
    const opened = openSharePayload(link.url.split('#share=')[1]!);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.workspace.scenarios.map((s) => s.id)).toEqual(['SCN-USEU', 'SCN-GLOBAL']);
    expect(opened.workspace.views).toEqual({
      report: { scenarioIds: ['SCN-USEU', 'SCN-GLOBAL'] },
      compare: { scenarioIds: ['SCN-USEU', 'SCN-GLOBAL'], baselineId: 'SCN-GLOBAL' },
    });
    expect(opened.workspace.settings.scoreWeights.cost).toBe(80);
    expect(opened.focusScenarioId).toBe('SCN-USEU');
  });

  it('a one-scenario link keeps only what that scenario needs and drops a baseline it does not contain', () => {
    const ws = loadSampleWorkspace();
    ws.views = { compare: { scenarioIds: ['SCN-USEU', 'SCN-GLOBAL'], baselineId: 'SCN-GLOBAL' } };
    const shared = sharedWorkspace(ws, { scenarioId: 'SCN-USEU' });
    expect(shared.scenarios.map((s) => s.id)).toEqual(['SCN-USEU']);
    expect(shared.views?.compare).toEqual({ scenarioIds: ['SCN-USEU'] });
    const used = new Set(shared.scenarios.flatMap((s) => s.countries.flatMap((c) => c.siteIds)));
    expect(shared.sites.every((s) => used.has(s.id))).toBe(true);
  });
});
