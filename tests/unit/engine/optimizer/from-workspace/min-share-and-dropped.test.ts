import { describe, expect, it } from 'vitest';
import { compileProblem } from '../../../../../src/engine/optimizer/solver/index';
import {
  buildOptimizerSpec,
  droppedCountries,
  scenarioMarketShares,
} from '../../../../../src/engine/optimizer/from-workspace/index';
import { loadSampleWorkspace } from '../../../../../src/state/sample';

const withBrazilFloor = (share: number) => {
  const ws = loadSampleWorkspace();
  ws.scenarios.find((s) => s.id === 'SCN-GLOBAL')!.countries.find((c) => c.iso2 === 'BR')!.minShare = share;
  return ws;
};

describe('a scenario country’s Min share %', () => {
  it('is checked like a one-country filing market, with the same share as the forecast model', () => {
    const ws = withBrazilFloor(0.25);
    const r = scenarioMarketShares(ws, 'SCN-GLOBAL', { runs: 1500 });
    const floor = r.markets.find((m) => m.id === 'floor-BR')!;
    expect(floor.source).toBe('scenario-floor');
    expect(floor.requiredShare).toBe(0.25);
    // Brazil has 3 of 61 sites: its share is a few percent, far below 25%
    expect(floor.expectedShare).toBeGreaterThan(0.01);
    expect(floor.expectedShare).toBeLessThan(0.12);
    expect(floor.status).toBe('not-met');
    // The filing markets are still there and unchanged; the other scenario has no floor
    expect(r.markets.filter((m) => m.source === 'filing-market').map((m) => m.id)).toEqual(['JP', 'CN']);
    expect(
      scenarioMarketShares(ws, 'SCN-USEU', { runs: 200 }).markets.some((m) => m.source === 'scenario-floor'),
    ).toBe(false);
  });

  it('becomes an optimizer region when the optimizer starts from that scenario, and a problem when the country is not offered', () => {
    const ws = withBrazilFloor(0.25);
    const countries = ['US', 'PL', 'JP', 'CN', 'BR'].map((iso2) => ({ iso2, minSites: 0, maxSites: 30 }));
    const built = buildOptimizerSpec(ws, {
      countries,
      successProbability: 0.85,
      baseScenarioId: 'SCN-GLOBAL',
    });
    expect(built.spec.regions.find((r) => r.id === 'floor-BR')).toMatchObject({
      countries: ['BR'],
      minShare: 0.25,
    });
    expect(
      buildOptimizerSpec(ws, {
        countries,
        successProbability: 0.85,
        baseScenarioId: 'SCN-USEU',
      }).spec.regions.some((r) => r.id === 'floor-BR'),
    ).toBe(false);
    const without = buildOptimizerSpec(ws, {
      countries: countries.filter((c) => c.iso2 !== 'BR'),
      successProbability: 0.85,
      baseScenarioId: 'SCN-GLOBAL',
    });
    expect(without.problems.join(' ')).toContain('BR is not among the countries to optimise');
  });
});

describe('why a country was left out', () => {
  it('prices a patient from each dropped country with the optimizer’s own per-site cost and mean', () => {
    const ws = loadSampleWorkspace();
    const countries = ['US', 'CA', 'PL', 'JP', 'CN'].map((iso2) => ({
      iso2,
      minSites: 0,
      maxSites: iso2 === 'CA' ? 0 : 30,
    }));
    const { spec } = buildOptimizerSpec(ws, { countries, successProbability: 0.85 });
    const problem = compileProblem(spec);
    const dropped = droppedCountries(spec, { US: 0, CA: 0, PL: 10, JP: 19, CN: 30 });
    expect(dropped.map((d) => d.iso2).sort()).toEqual(['CA', 'US']);
    const us = dropped.find((d) => d.iso2 === 'US')!;
    const i = spec.countries.findIndex((c) => c.id === 'US');
    expect(us.costPerPatient).toBeCloseTo((problem.cost[i] as number) / (problem.mean[i] as number), 6);
    expect(us.reason).toMatch(/^United States: .*per patient by the deadline/);
    expect(us.reason).toMatch(/One site here would add USD \d+k and \d+\.\d points of P\(success\)/);
    expect(dropped.find((d) => d.iso2 === 'CA')!.reason).toBe('Canada: not offered (maximum 0 sites).');
  });

  it('says so when a country’s sites open after the deadline', () => {
    const ws = loadSampleWorkspace();
    const { spec } = buildOptimizerSpec(ws, {
      countries: [
        { iso2: 'US', minSites: 0, maxSites: 30 },
        { iso2: 'PL', minSites: 0, maxSites: 30 },
      ],
      successProbability: 0.85,
    });
    const late = {
      ...spec,
      countries: spec.countries.map((c) => (c.id === 'US' ? { ...c, opensAt: spec.windowMonths + 3 } : c)),
    };
    const [us] = droppedCountries(late, { US: 0, PL: 20 });
    expect(us!.reason).toContain('open after the deadline');
    expect(us!.costPerPatient).toBe(Infinity);
  });
});
