import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../../../src/domain/workspace/index';
import {
  buildOptimizerSpec,
  mixtureRateMoments,
  uniformFromMoments,
} from '../../../../../src/engine/optimizer/from-workspace/index';
import { simulateStartup } from '../../../../../src/engine/forecast/index';
import { buildScenarioModel } from '../../../../../src/engine/evaluation/build-model';
import { loadSampleWorkspace } from '../../../../../src/state/sample';
import {
  getTherapeuticArea,
  mostLikely,
  recruitmentBenchmarks,
  recruitmentMultiplier,
} from '../../../../../src/domain/reference/index';

const point = (v: number) => ({ value: { min: v, mode: v, max: v } });

/** The sample study (oncology, target 600, SF 35%, dropout 8%, 2027-02-01 → 2029-08-31). */
function workspaceWithFixedUsStartup(): Workspace {
  const ws = loadSampleWorkspace();
  const us = ws.countries.find((c) => c.iso2 === 'US')!;
  // Point values make the US opening deterministic: max(30, 40) + 60 + 21.75 = 121.75 days = 4 months.
  us.overrides = {
    regulatoryDays: point(30),
    ethicsDays: point(40),
    contractDays: point(60),
    initiationDays: point(21.75),
    pNeverActivate: point(0.11),
  };
  return ws;
}

describe('buildOptimizerSpec', () => {
  it('converts the study and the US reference values by hand-checked arithmetic', () => {
    // Given the sample workspace with a deterministic US start-up
    const ws = workspaceWithFixedUsStartup();
    // When the spec is built for the US and Japan
    const { spec, problems } = buildOptimizerSpec(ws, {
      countries: [
        { iso2: 'US', minSites: 2, maxSites: 20 },
        { iso2: 'JP', minSites: 0, maxSites: 10 },
      ],
      successProbability: 0.85,
    });
    // Then the study-level fields are the target and the months to the deadline (942 days / 30.4375)
    expect(problems).toHaveLength(1); // China's market has no offered country
    expect(spec.target).toBe(600);
    expect(spec.windowMonths).toBeCloseTo(30.948665, 5);
    expect(spec.successProbability).toBe(0.85);
    const us = spec.countries.find((c) => c.id === 'US')!;
    // Rate (ClinicalTrials.gov benchmarks): oncology base × phase 3 factor 1 × US multiplier, site
    // shape α = 1/CV²; 11% never activate: mean 0.89·m; variance 0.89·m²(1 + CV²) − 0.89²·m²
    const m =
      getTherapeuticArea('oncology')!.baseRatePerSiteMonth.mode *
      mostLikely(recruitmentMultiplier('US', 'oncology')!);
    const cv2 = recruitmentBenchmarks.siteCv ** 2;
    expect(us.rateMean).toBeCloseTo(0.89 * m, 10);
    expect(us.rateVariance).toBeCloseTo(0.89 * m * m * (1 + cv2) - 0.89 ** 2 * m * m, 10);
    expect(us.minSites).toBe(2);
    expect(us.maxSites).toBe(20);
    // Costs (USD): start-up 20,000 × 0.89; monthly (2,000 + 0.5 visits × 1,800) × 0.89;
    // per patient: oncology phase-3 site payment 30,000 (2017 USD) × CPI-U 313.689/245.120
    // = 38,392.09 (2024 USD), × 1.0 × (1 + 0.1 screening share × 0.35/0.65) = 40459.3603
    expect(us.siteStartupCost).toBeCloseTo(17_800, 6);
    expect(us.siteMonthlyCost).toBeCloseTo(2_581, 6);
    expect(us.perPatientCost).toBeCloseTo(40459.360251, 4);
    expect(us.dropoutRate).toBe(0);
    expect(us.opensAt).toBeCloseTo(4, 10);
  });

  it('converts yen at the reference 145 JPY/USD', () => {
    const ws = workspaceWithFixedUsStartup();
    const { spec } = buildOptimizerSpec(ws, {
      countries: [{ iso2: 'JP', minSites: 0, maxSites: 10 }],
      successProbability: 0.9,
    });
    const jp = spec.countries[0]!;
    // 3,190,000 JPY / 145 × (1 − 0.09); (319,000 + 0.5 × 287,000) / 145 × 0.91; 1.1 × 40459.36
    expect(jp.siteStartupCost).toBeCloseTo(20_020, 6);
    expect(jp.siteMonthlyCost).toBeCloseTo(2_902.586207, 4);
    expect(jp.perPatientCost).toBeCloseTo(44505.296276, 4);
  });

  it('counts evaluable patients when asked: study dropout, grant per randomised patient kept', () => {
    const ws = workspaceWithFixedUsStartup();
    const { spec } = buildOptimizerSpec(ws, {
      countries: [{ iso2: 'US', minSites: 0, maxSites: 5 }],
      successProbability: 0.85,
      targetBasis: 'evaluable',
    });
    const us = spec.countries[0]!;
    expect(us.dropoutRate).toBe(0.08);
    // 43977.57 / 0.92 per non-dropout patient = 40459.36 per randomised one
    expect(us.perPatientCost).toBeCloseTo(43977.56549, 4);
  });

  it('turns filing markets into regional constraints and names a market it cannot serve', () => {
    // Given filing markets Japan and China (15% each) and a US-only market with 0% share
    const ws = workspaceWithFixedUsStartup();
    ws.filingMarkets.push({ id: 'US', label: 'US (FDA)', countries: ['US'], minShare: 0, basis: '' });
    // When only the US and Japan are offered
    const { spec, problems } = buildOptimizerSpec(ws, {
      countries: [
        { iso2: 'US', minSites: 0, maxSites: 5 },
        { iso2: 'JP', minSites: 0, maxSites: 5 },
      ],
      successProbability: 0.85,
    });
    // Then Japan becomes a region with P(share ≥ 15%) ≥ 0.8, China is a problem, the 0% market is ignored
    expect(spec.regions).toEqual([
      { id: 'Japan (PMDA)', countries: ['JP'], minShare: 0.15, minProbability: 0.8 },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/China \(NMPA\) needs 15\.0%.*CN/);
    // And with regionalConfidence null only the expected share is constrained
    const loose = buildOptimizerSpec(ws, {
      countries: [{ iso2: 'JP', minSites: 0, maxSites: 5 }],
      successProbability: 0.85,
      regionalConfidence: null,
    });
    expect(loose.spec.regions[0]).toEqual({ id: 'Japan (PMDA)', countries: ['JP'], minShare: 0.15 });
  });

  it('matches the uniform opening to the start-up simulation mean (independent sampler)', () => {
    // Given the sample's stochastic Japanese start-up
    const ws = loadSampleWorkspace();
    const { spec } = buildOptimizerSpec(ws, {
      countries: [{ iso2: 'JP', minSites: 0, maxSites: 5 }],
      successProbability: 0.85,
    });
    const opensAt = spec.countries[0]!.opensAt;
    if (typeof opensAt === 'number') throw new Error('expected a uniform opening');
    const [a, b] = opensAt.uniform;
    // When the same start-up is simulated by the forecast engine's simulateStartup
    ws.scenarios.push({
      id: 'P',
      name: 'probe',
      description: '',
      countries: [{ iso2: 'JP', siteCount: 1, siteIds: [], useNamedSites: false }],
      cro: { byRegion: {} },
      overrides: {},
    });
    const model = buildScenarioModel(ws, 'P');
    const sim = simulateStartup(model.forecastInput.startup!, [{ countryId: 'JP' }], {
      runs: 20_000,
      seed: 7,
    });
    // Then the uniform's mean is the simulated mean and it spans most of the P10–P90 range
    expect((a + b) / 2).toBeCloseTo(sim.sites[0]!.mean, 1);
    expect(a).toBeLessThan(sim.sites[0]!.p10 + 0.2);
    expect(b).toBeGreaterThan(sim.sites[0]!.p90 - 0.2);
  });
});

describe('helpers', () => {
  it('mixture moments agree with a direct two-point computation', () => {
    // rate 0 with probability 0.2, else mean 1, variance 0.5: E = 0.8, E[λ²] = 0.8 × 1.5 = 1.2, Var = 1.2 − 0.64
    const m = mixtureRateMoments(1, 0.5, 0.2);
    expect(m.mean).toBeCloseTo(0.8, 12);
    expect(m.variance).toBeCloseTo(0.56, 12);
  });

  it('a uniform with the same mean and sd spans mean ± √3·sd and is floored at 0', () => {
    expect(uniformFromMoments(6, 1)).toEqual({ uniform: [6 - Math.sqrt(3), 6 + Math.sqrt(3)] });
    expect(uniformFromMoments(5, 0)).toBe(5);
    expect(uniformFromMoments(1, 1)).toEqual({ uniform: [0, 1 + Math.sqrt(3)] });
  });
});
