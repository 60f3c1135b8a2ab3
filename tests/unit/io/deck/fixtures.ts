import type { ScenarioEvaluation } from '../../../../src/engine/evaluation/evaluate';
import type { CountryAssumptionInput, ReportContext } from '../../../../src/io/deck/report-model';
import { loadSampleWorkspace } from '../../../../src/state/sample';

/** The sample workspace (two scenarios, filing markets JP and CN at 15%). */
export const workspace = loadSampleWorkspace();

const phases = {
  regulatory: 60,
  ethics: 45,
  ethicsSequential: false,
  gates: 0,
  contract: 90,
  initiation: 30,
};

/** A hand-made evaluation: cumulative P50 grows 20 patients/month after month 5 (P10 = 0.8×, P90 = 1.2×). */
export function evaluation(over: {
  id: string;
  name: string;
  p50: number;
  pReach: number;
  countries: { iso2: string; name: string; expected: number; sites: number }[];
  cost?: unknown;
  months?: number;
}): ScenarioEvaluation {
  const total = over.countries.reduce((a, c) => a + c.expected, 0);
  const months = over.months ?? 40;
  const curve = Array.from({ length: months + 1 }, (_, m) => {
    const p50 = Math.max(0, (m - 5) * 20);
    return { month: m, mean: p50, p10: 0.8 * p50, p50, p90: 1.2 * p50 };
  });
  return {
    scenarioId: over.id,
    scenarioName: over.name,
    runs: 5000,
    seed: 42,
    deadlineMonths: 30.9,
    target: 600,
    siteCount: over.countries.reduce((a, c) => a + c.sites, 0),
    forecast: {
      method: 'monte-carlo',
      timeToTarget: { mean: over.p50 + 0.2, p10: over.p50 - 3, p50: over.p50, p90: over.p50 + 4 },
      pReachByDeadline: over.pReach,
      curve,
      expectedByCountry: Object.fromEntries(over.countries.map((c) => [c.iso2, c.expected])),
    },
    firstSiteActivated: { p10: 2, p50: 3.1, p90: 4, mean: 3.2, pNever: 0 },
    firstPatientIn: { p10: 3, p50: 4.2, p90: 5, mean: 4.3, pNever: 0 },
    countries: over.countries.map((c) => ({
      iso2: c.iso2,
      name: c.name,
      region: 'Somewhere',
      sites: c.sites,
      expectedPatients: c.expected,
      expectedShare: c.expected / total,
      firstSiteOpenP50: 3,
      medianSiteOpenP50: 5,
      phases,
    })),
    ...(over.cost ? { cost: over.cost } : {}),
    warnings: [],
  } as unknown as ScenarioEvaluation;
}

export const usOnly = evaluation({
  id: 'SCN-USEU',
  name: 'US + EU only',
  p50: 43.4,
  pReach: 0.02,
  countries: [
    { iso2: 'US', name: 'United States', expected: 400, sites: 20 },
    { iso2: 'DE', name: 'Germany', expected: 200, sites: 10 },
  ],
});

/** Costs in the engine's CostDistribution shape (expectedTotal, expectedByCountry, expectedByCategory). */
export const globalCost = {
  currency: 'USD',
  runs: 4000,
  expectedTotal: 16_800_000,
  p10: 15_900_000,
  p50: 16_700_000,
  p90: 17_900_000,
  expectedGrossTotal: 17_000_000,
  expectedByCategory: {
    startup: 600_000,
    patientsTreatment: 7_000_000,
    screenFailures: 0,
    monitoring: 3_000_000,
    incentive: -200_000,
  },
  expectedByCountry: { US: 9_000_000, JP: 4_800_000, CN: 3_000_000 },
  expectedPerRandomisedPatient: 28_000,
  runsCutAtHorizon: 0,
  horizonMonths: 60,
  incentives: [],
  fxExposure: { amount: 0, bandPct: 0, low: 0, high: 0 },
};

export const global = evaluation({
  id: 'SCN-GLOBAL',
  name: 'Global',
  p50: 30.1,
  pReach: 0.65,
  countries: [
    { iso2: 'US', name: 'United States', expected: 360, sites: 14 },
    { iso2: 'JP', name: 'Japan', expected: 120, sites: 6 },
    { iso2: 'CN', name: 'China', expected: 120, sites: 6 },
  ],
  cost: globalCost,
});

const prov = (source: string, confidence: 'high' | 'medium' | 'low') => ({
  source,
  asOf: '2025-06',
  confidence,
});

export const countryParameters: CountryAssumptionInput[] = [
  {
    iso2: 'JP',
    name: 'Japan',
    params: {
      contractDays: {
        label: 'Contract & budget',
        unit: 'days',
        value: { min: 60, mode: 90, max: 150 },
        origin: { kind: 'reference', provenance: prov('JCRN survey 2024', 'medium') },
      },
      pNeverActivate: {
        label: 'Sites never activating',
        unit: 'fraction',
        value: { min: 0.1, mode: 0.1, max: 0.1 },
        origin: {
          kind: 'reference',
          provenance: { source: 'none', asOf: '2025', confidence: 'low', unsourced: true, note: 'Review' },
        },
      },
    },
  },
  {
    iso2: 'US',
    name: 'United States',
    params: {
      contractDays: {
        label: 'Contract & budget',
        unit: 'days',
        value: { min: 100, mode: 150, max: 240 },
        origin: { kind: 'override', note: 'CRO quote', reference: { min: 60, mode: 120, max: 200 } },
      },
    },
  },
];

export const context: ReportContext = {
  appVersion: '9.9.9',
  schemaVersion: 2,
  generatedAt: '2026-05-01T10:20:00.000Z',
  countryParameters,
};
