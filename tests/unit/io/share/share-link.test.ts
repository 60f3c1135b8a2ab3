import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { serializeWorkspace, type Workspace } from '../../../../src/domain/workspace/index';
import { evaluateScenario } from '../../../../src/engine/evaluation/evaluate';
import { pruneToScenario } from '../../../../src/io/share/prune';
import { shareFragmentPayload } from '../../../../src/io/share/share-fragment';
import {
  createShareLink,
  encodeSharePayload,
  MAX_SHARE_URL_CHARS,
  openSharePayload,
} from '../../../../src/io/share/share-link';
import { loadSampleWorkspace } from '../../../../src/state/sample';

const BASE = 'https://planner.example/app/index.html';
const sample = loadSampleWorkspace();
const payloadOf = (url: string) => shareFragmentPayload(new URL(url).hash) ?? '';

/** A workspace with `n` extra named sites of incompressible names, to exceed any link limit. */
function withManySites(n: number): Workspace {
  const ws = structuredClone(sample);
  let seed = 7;
  const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647).toString(36).slice(2, 12);
  for (let i = 0; i < n; i++)
    ws.sites.push({
      id: `X-${i}`,
      name: `Site ${rand()}${rand()}`,
      country: 'US',
      city: rand(),
      siteType: 'academic',
      competingTrials: 0,
      qualityFlags: [],
    });
  return ws;
}

describe('share links', () => {
  it('round-trips the whole workspace through the URL fragment', () => {
    // Given the sample workspace
    const link = createShareLink(sample, `${BASE}#/report`);
    // Then the link is on the same page, in the fragment, and under the limit
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    expect(link.url.startsWith(`${BASE}#share=`)).toBe(true);
    expect(link.chars).toBe(link.url.length);
    expect(link.chars).toBeLessThan(MAX_SHARE_URL_CHARS);
    // And it is much smaller than the file (lz-string on JSON)
    expect(link.chars).toBeLessThan(serializeWorkspace(sample).length / 2);
    // When opened, the same workspace comes back
    const opened = openSharePayload(payloadOf(link.url));
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.workspace).toEqual(sample);
  });

  it('shares one scenario with what it needs, and that scenario evaluates to the same numbers', () => {
    const full = createShareLink(sample, BASE);
    const one = createShareLink(sample, BASE, { scenarioId: 'SCN-USEU' });
    expect(one.ok && full.ok && one.chars < full.chars).toBe(true);
    const opened = openSharePayload(one.ok ? payloadOf(one.url) : '');
    if (!opened.ok) throw new Error(opened.details.join('; '));
    expect(opened.focusScenarioId).toBe('SCN-USEU');
    expect(opened.workspace.scenarios.map((s) => s.id)).toEqual(['SCN-USEU']);
    expect(opened.workspace.countries.map((c) => c.iso2).sort()).toEqual([
      'CA',
      'DE',
      'ES',
      'FR',
      'GB',
      'PL',
      'US',
    ]);
    // The pruned workspace gives exactly the forecast of the full one (same seed and runs)
    const a = evaluateScenario(sample, 'SCN-USEU', { runs: 400, seed: 3 });
    const b = evaluateScenario(opened.workspace, 'SCN-USEU', { runs: 400, seed: 3 });
    expect(b.forecast.timeToTarget).toEqual(a.forecast.timeToTarget);
    expect(b.forecast.pReachByDeadline).toBe(a.forecast.pReachByDeadline);
  });

  it('keeps named sites, their investigators and the CROs a scenario uses when pruning', () => {
    const ws = structuredClone(sample);
    const site = ws.sites.find((s) => s.investigatorId) as Workspace['sites'][number];
    const scenario = ws.scenarios[0] as Workspace['scenarios'][number];
    // Given a scenario whose only named site is one with an investigator
    for (const c of scenario.countries) Object.assign(c, { siteIds: [], useNamedSites: false });
    const entry = scenario.countries.find((c) => c.iso2 === site.country) ?? scenario.countries[0]!;
    Object.assign(entry, { iso2: site.country, useNamedSites: true, siteIds: [site.id] });
    const pruned = pruneToScenario(ws, scenario.id);
    expect(pruned.sites.map((s) => s.id)).toEqual([site.id]);
    expect(pruned.investigators.map((i) => i.id)).toEqual([site.investigatorId]);
    const croIds = [scenario.cro.globalId, ...Object.values(scenario.cro.byRegion)].filter(Boolean).sort();
    expect(pruned.cros.map((c) => c.id).sort()).toEqual(croIds);
  });

  it('refuses to make a link over the size limit and suggests saving a file', () => {
    // Given a workspace whose link would exceed 32 KB
    const big = withManySites(1500);
    const link = createShareLink(big, BASE);
    // Then no link, and a message with the size and the alternative
    expect(link.ok).toBe(false);
    if (link.ok) return;
    expect(link.chars).toBeGreaterThan(MAX_SHARE_URL_CHARS);
    expect(link.message).toMatch(/makes a \d+ KB link; links over 32 KB/);
    expect(link.message).toContain('Share fewer scenarios, or send the plan as a file instead');
    // And the limit is exactly on the URL length: a link is accepted right up to it
    expect(MAX_SHARE_URL_CHARS).toBe(32_768);
  });

  it('rejects a truncated link without throwing', () => {
    const link = createShareLink(sample, BASE);
    const payload = link.ok ? payloadOf(link.url) : '';
    for (const cut of [10, Math.floor(payload.length / 2), payload.length - 5]) {
      const opened = openSharePayload(payload.slice(0, cut));
      expect(opened.ok).toBe(false);
      if (!opened.ok)
        expect(opened.message).toMatch(/damaged or incomplete|does not contain a valid workspace/);
    }
  });

  it('rejects garbage, other JSON, and an invalid workspace with the path of the problem', () => {
    expect(openSharePayload('').ok).toBe(false);
    expect(openSharePayload('%%%not-lz%%%').ok).toBe(false);
    expect(openSharePayload(LZString.compressToEncodedURIComponent('{"hello":1}'))).toMatchObject({
      ok: false,
      details: ['The data is not an MRCT Planner share.'],
    });
    const bad = structuredClone(sample) as unknown as { study: { targetRandomised: number } };
    bad.study.targetRandomised = -5;
    const opened = openSharePayload(encodeSharePayload(bad as unknown as Workspace));
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.message).toContain('does not contain a valid workspace');
      expect(opened.details[0]).toMatch(/^workspace\.study\.targetRandomised: /);
    }
  });

  it('recognises share fragments and nothing else', () => {
    expect(shareFragmentPayload('#share=abc')).toBe('abc');
    expect(shareFragmentPayload('#/report?share=abc')).toBe('abc');
    expect(shareFragmentPayload('#share=')).toBe('');
    expect(shareFragmentPayload('#/report')).toBeNull();
    expect(shareFragmentPayload('#/study?x=share=abc')).toBeNull();
  });
});
