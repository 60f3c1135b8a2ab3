import { describe, expect, it } from 'vitest';
import { croCoversCountry, scenarioCroCoverage, scorecardScore } from '../../../../src/engine/cro';
import type { Cro } from '../../../../src/domain/workspace';

const cro = (id: string, regions: string[], countries: string[] = []): Cro => ({
  id,
  name: `${id} name`,
  model: 'full-service',
  coverage: { regions, countries },
  fees: {
    managementFeePct: 0.1,
    monitoringPerSiteMonthUsd: 2000,
    passThroughMarkupPct: 0,
    fxPolicy: 'pass-through',
  },
  startupSpeedFactor: 1,
  scorecard: { quality: 4, capacity: 4.5, regulatory: 4, therapeutic: 4, governance: 3.5 },
  notes: '',
});

describe('scorecardScore', () => {
  it('is the weighted mean rating scaled to 0–100 (hand-computed)', () => {
    // Given weights 30/20/20/20/10 and ratings 4/4.5/4/4/3.5
    // Then (0.3·4 + 0.2·4.5 + 0.2·4 + 0.2·4 + 0.1·3.5)/5 × 100 = (1.2+0.9+0.8+0.8+0.35)/5·100 = 81
    const r = scorecardScore(cro('A', []).scorecard, {
      quality: 30,
      capacity: 20,
      regulatory: 20,
      therapeutic: 20,
      governance: 10,
    });
    expect(r.score).toBeCloseTo(81, 10);
    const quality = r.lines.find((l) => l.criterion === 'quality')!;
    expect(quality.weightShare).toBeCloseTo(0.3, 12);
    expect(quality.points).toBeCloseTo(24, 10);
    expect(quality.maxPoints).toBeCloseTo(30, 10);
    expect(r.lines.reduce((s, l) => s + l.points, 0)).toBeCloseTo(r.score, 10);
  });

  it('normalises weights (any scale) and falls back to equal weights when all are 0', () => {
    const s = cro('A', []).scorecard;
    const a = scorecardScore(s, { quality: 3, capacity: 2, regulatory: 2, therapeutic: 2, governance: 1 });
    expect(a.score).toBeCloseTo(81, 10);
    const zero = scorecardScore(s, { quality: 0, capacity: 0, regulatory: 0, therapeutic: 0, governance: 0 });
    // equal weights: mean(4, 4.5, 4, 4, 3.5) = 4 → 80
    expect(zero.score).toBeCloseTo(80, 10);
    expect(zero.equalWeightsUsed).toBe(true);
  });

  it('gives 100 for all-5 ratings and 0 for all-0 ratings', () => {
    const w = { quality: 1, capacity: 1, regulatory: 1, therapeutic: 1, governance: 1 };
    expect(
      scorecardScore({ quality: 5, capacity: 5, regulatory: 5, therapeutic: 5, governance: 5 }, w).score,
    ).toBeCloseTo(100, 10);
    expect(
      scorecardScore({ quality: 0, capacity: 0, regulatory: 0, therapeutic: 0, governance: 0 }, w).score,
    ).toBe(0);
  });
});

describe('coverage', () => {
  const regions: Record<string, string> = {
    US: 'North America',
    JP: 'Asia-Pacific',
    CN: 'Asia-Pacific',
    PL: 'Eastern Europe',
    BR: 'Latin America',
  };
  const regionOf = (iso2: string) => regions[iso2];

  it('covers a country listed directly or through its region', () => {
    expect(croCoversCountry(cro('F', ['North America'], ['PL']), 'PL', 'Eastern Europe')).toBe(true);
    expect(croCoversCountry(cro('F', ['North America'], ['PL']), 'US', 'North America')).toBe(true);
    expect(croCoversCountry(cro('F', ['North America'], ['PL']), 'JP', 'Asia-Pacific')).toBe(false);
  });

  it('uses the region CRO over the global one and flags countries it cannot run', () => {
    // Given a global CRO for North America + E. Europe and an APAC CRO that only covers JP
    const cros = [cro('G', ['North America', 'Eastern Europe']), cro('AP', [], ['JP'])];
    const scenario = {
      id: 'S',
      countries: ['US', 'PL', 'JP', 'CN', 'BR'].map((iso2) => ({
        iso2,
        siteCount: 1,
        siteIds: [],
        useNamedSites: false,
      })),
      cro: { globalId: 'G', byRegion: { 'Asia-Pacific': 'AP' } },
    };
    const result = scenarioCroCoverage(scenario, cros, regionOf);
    const by = Object.fromEntries(result.countries.map((c) => [c.iso2, c]));
    expect(by.US).toMatchObject({ croId: 'G', via: 'global', status: 'covered' });
    expect(by.JP).toMatchObject({ croId: 'AP', via: 'region', status: 'covered' });
    // Then CN (APAC CRO lacks it) and BR (global CRO lacks Latin America) are flagged
    expect(result.flagged.map((c) => c.iso2)).toEqual(['CN', 'BR']);
  });

  it('reports countries with no CRO and assignments to unknown CROs', () => {
    const scenario = {
      id: 'S',
      countries: [
        { iso2: 'US', siteCount: 1, siteIds: [], useNamedSites: false },
        { iso2: 'JP', siteCount: 1, siteIds: [], useNamedSites: false },
      ],
      cro: { byRegion: { 'Asia-Pacific': 'GONE' } },
    };
    const result = scenarioCroCoverage(scenario, [], regionOf);
    expect(result.countries.map((c) => c.status)).toEqual(['no-cro', 'unknown-cro']);
  });
});
