import { describe, expect, it } from 'vitest';
import { workspaceSchema } from '../../../../../src/domain/workspace/index';
import { compileProblem, evaluateMix } from '../../../../../src/engine/optimizer/solver/index';
import {
  optimisedScenarioName,
  optimizeWorkspaceMix,
  scenarioFromMix,
  scenarioMarketShares,
} from '../../../../../src/engine/optimizer/from-workspace/index';
import { loadSampleWorkspace } from '../../../../../src/state/sample';

const COUNTRIES = ['US', 'DE', 'PL', 'JP', 'CN'].map((iso2) => ({ iso2, minSites: 0, maxSites: 40 }));

describe('adopting an optimizer result as a scenario', () => {
  it('creates a valid scenario with exactly those counts that meets the Japanese and Chinese shares', () => {
    // Given the sample workspace (Japan and China each need 15%) and an optimised mix
    const ws = loadSampleWorkspace();
    const { result, spec } = optimizeWorkspaceMix(
      ws,
      { countries: COUNTRIES, successProbability: 0.85, baseScenarioId: 'SCN-GLOBAL' },
      { seed: 3, monteCarloRuns: 2000, frontier: false, maxNodes: 100_000 },
    );
    expect(result.feasible).toBe(true);
    const sites = result.sites!;
    // When it is adopted
    const scenario = scenarioFromMix(ws, sites, {
      name: optimisedScenarioName({ successProbability: 0.85 }),
      baseScenarioId: 'SCN-GLOBAL',
      id: 'SCN-OPT',
    });
    ws.scenarios.push(scenario);
    // Then the scenario holds those generic-site counts (zeros left out) and the workspace stays valid
    const expected = Object.entries(sites).filter(([, n]) => n > 0);
    expect(scenario.countries.map((c) => [c.iso2, c.siteCount])).toEqual(expected);
    expect(scenario.countries.every((c) => !c.useNamedSites && c.siteIds.length === 0)).toBe(true);
    expect(scenario.name).toBe('Optimised: p ≥ 0.85');
    expect(scenario.cro).toEqual(ws.scenarios.find((s) => s.id === 'SCN-GLOBAL')!.cro);
    expect(workspaceSchema.safeParse(ws).success).toBe(true);
    // And the optimizer's own model confirms every regional requirement for those counts
    const problem = compileProblem(spec);
    const evaluation = evaluateMix(
      problem,
      spec.countries.map((c) => sites[c.id] ?? 0),
      0.85,
    );
    expect(evaluation.feasible).toBe(true);
    expect(evaluation.regions.map((r) => r.satisfied)).toEqual([true, true]);
    // And the scenario's own Monte Carlo of the share at the target reports both markets met
    const shares = scenarioMarketShares(ws, 'SCN-OPT', { runs: 3000, seed: 5 });
    for (const m of shares.markets) {
      expect(m.expectedShare).toBeGreaterThanOrEqual(0.15);
      expect(m.status).toBe('met');
    }
  });

  it('gives a second adoption a unique name', () => {
    const ws = loadSampleWorkspace();
    ws.scenarios.push(scenarioFromMix(ws, { JP: 3 }, { name: 'Optimised: p ≥ 0.90', id: 'A' }));
    const second = scenarioFromMix(ws, { JP: 4, US: 0 }, { name: 'Optimised: p ≥ 0.90', id: 'B' });
    expect(second.name).toBe('Optimised: p ≥ 0.90 (2)');
    expect(second.countries).toEqual([{ iso2: 'JP', siteCount: 4, siteIds: [], useNamedSites: false }]);
    expect(second.cro).toEqual({ byRegion: {} });
  });

  it('reports a filing market with no offered country as the binding constraint', () => {
    const ws = loadSampleWorkspace();
    const { result } = optimizeWorkspaceMix(
      ws,
      {
        countries: [
          { iso2: 'US', minSites: 0, maxSites: 60 },
          { iso2: 'JP', minSites: 0, maxSites: 30 },
        ],
        successProbability: 0.85,
      },
      { monteCarloRuns: 500, frontier: false, maxNodes: 20_000 },
    );
    expect(result.feasible).toBe(false);
    expect(result.sites).toBeNull();
    expect(result.binding[0]?.message).toMatch(/China \(NMPA\)/);
  });

  it('names the success constraint when even every country at its maximum is too slow', () => {
    const ws = loadSampleWorkspace();
    ws.filingMarkets = [];
    const { result } = optimizeWorkspaceMix(
      ws,
      { countries: [{ iso2: 'US', minSites: 0, maxSites: 3 }], successProbability: 0.85 },
      { monteCarloRuns: 500, frontier: false },
    );
    expect(result.feasible).toBe(false);
    expect(result.binding.some((b) => b.constraint === 'success')).toBe(true);
  });
});
