/**
 * Writes data/sample-workspace.json: the realistic workspace the app opens on first start and the
 * CLI examples use. Deterministic (fixed seed) so re-running it changes nothing unless this
 * script changes. All people and sites are fictional.
 *
 *   npx tsx scripts/generate-sample-workspace.ts
 */
import { writeFileSync } from 'node:fs';
import { serializeWorkspace, workspaceSchema, type Workspace } from '../src/domain/workspace/index';

/** Every sample CRO is invented: its provenance says so (issue #16). */
const FICTIONAL_CRO_SOURCE =
  'Fictional example for the sample workspace: the company, its fees, start-up speed and scorecard are invented for illustration, not a real bid or rating.';

let state = 20261121;
const random = () => {
  state = (state * 1664525 + 1013904223) >>> 0;
  return state / 2 ** 32;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const round1 = (x: number) => Math.round(x * 10) / 10;

interface CountryPlan {
  iso2: string;
  sites: number;
  cities: string[];
  first: string[];
  last: string[];
  baseRate: number;
}

const PLAN: CountryPlan[] = [
  {
    iso2: 'US',
    sites: 14,
    cities: ['Boston', 'Houston', 'Nashville', 'Denver', 'Seattle', 'Atlanta', 'Cleveland'],
    first: ['Karen', 'Michael', 'Priya', 'David', 'Laura', 'James'],
    last: ['Whitfield', 'Okafor', 'Brennan', 'Castillo', 'Hartman', 'Lindqvist'],
    baseRate: 0.45,
  },
  {
    iso2: 'CA',
    sites: 4,
    cities: ['Toronto', 'Montréal', 'Vancouver'],
    first: ['Élise', 'Graham', 'Anika'],
    last: ['Tremblay', 'MacLeod', 'Sandhu'],
    baseRate: 0.5,
  },
  {
    iso2: 'GB',
    sites: 5,
    cities: ['London', 'Manchester', 'Leeds', 'Glasgow'],
    first: ['Fiona', 'Rhys', 'Amara'],
    last: ['Pemberton', 'Achebe', 'Lowther'],
    baseRate: 0.55,
  },
  {
    iso2: 'DE',
    sites: 5,
    cities: ['Heidelberg', 'Munich', 'Essen', 'Berlin'],
    first: ['Katrin', 'Jonas', 'Ulrike'],
    last: ['Brandauer', 'Köhler', 'Wendt'],
    baseRate: 0.6,
  },
  {
    iso2: 'FR',
    sites: 4,
    cities: ['Lyon', 'Villejuif', 'Marseille', 'Lille'],
    first: ['Camille', 'Olivier', 'Nadia'],
    last: ['Lefèvre', 'Benali', 'Rousseau'],
    baseRate: 0.6,
  },
  {
    iso2: 'ES',
    sites: 4,
    cities: ['Madrid', 'Barcelona', 'Valencia'],
    first: ['Lucía', 'Javier', 'Marta'],
    last: ['Ortega', 'Vidal', 'Serrano'],
    baseRate: 0.7,
  },
  {
    iso2: 'PL',
    sites: 4,
    cities: ['Warsaw', 'Kraków', 'Gdańsk', 'Poznań'],
    first: ['Agnieszka', 'Tomasz', 'Ewa'],
    last: ['Nowicka', 'Zieliński', 'Wójcik'],
    baseRate: 0.85,
  },
  {
    iso2: 'JP',
    sites: 6,
    cities: ['Tokyo', 'Osaka', 'Nagoya', 'Fukuoka', 'Sapporo'],
    first: ['Haruka', 'Kenji', 'Yumi', 'Takeshi'],
    last: ['Morimoto', 'Sakurai', 'Hayashi', 'Ono'],
    baseRate: 0.55,
  },
  {
    iso2: 'CN',
    sites: 6,
    cities: ['Beijing', 'Shanghai', 'Guangzhou', 'Chengdu', 'Hangzhou'],
    first: ['Wei', 'Lin', 'Xiaoming', 'Fang'],
    last: ['Zhou', 'Chen', 'Liang', 'Xu'],
    baseRate: 1.1,
  },
  {
    iso2: 'KR',
    sites: 3,
    cities: ['Seoul', 'Busan'],
    first: ['Ji-woo', 'Min-jun', 'Seo-yeon'],
    last: ['Park', 'Han', 'Yoon'],
    baseRate: 0.9,
  },
  {
    iso2: 'AU',
    sites: 3,
    cities: ['Melbourne', 'Sydney', 'Brisbane'],
    first: ['Olivia', 'Liam', 'Mei'],
    last: ['Fitzgerald', 'Nguyen', 'Hollis'],
    baseRate: 0.6,
  },
  {
    iso2: 'BR',
    sites: 3,
    cities: ['São Paulo', 'Porto Alegre', 'Rio de Janeiro'],
    first: ['Beatriz', 'Rafael', 'Camila'],
    last: ['Moreira', 'Albuquerque', 'Teixeira'],
    baseRate: 0.9,
  },
];

const SITE_KINDS = [
  { type: 'academic' as const, label: (city: string) => `${city} University Cancer Centre` },
  { type: 'academic' as const, label: (city: string) => `${city} Comprehensive Oncology Institute` },
  { type: 'community' as const, label: (city: string) => `${city} Regional Hospital` },
  { type: 'private' as const, label: (city: string) => `${city} Oncology Clinic` },
];
const FLAGS = ['FDA 483 (2022), closed', 'Sponsor audit: minor findings', 'High staff turnover reported'];

const investigators: Workspace['investigators'] = [];
const sites: Workspace['sites'] = [];
for (const plan of PLAN) {
  for (let i = 1; i <= plan.sites; i++) {
    const kind = pick(SITE_KINDS);
    const city = plan.cities[(i - 1) % plan.cities.length] as string;
    const id = `${plan.iso2}-${String(i).padStart(2, '0')}`;
    const hasHistory = random() < 0.7;
    const piId = `PI-${id}`;
    investigators.push({
      id: piId,
      name: `Dr ${pick(plan.first)} ${pick(plan.last)}`,
      specialty: pick(['Medical oncology', 'Thoracic oncology', 'Pulmonology']),
      trialsInArea: hasHistory ? 2 + Math.floor(random() * 14) : 0,
      ...(hasHistory ? { pastEnrollmentPerMonth: round1(plan.baseRate * (0.4 + random() * 1.3)) } : {}),
      qualityFlags: random() < 0.08 ? [pick(FLAGS)] : [],
    });
    sites.push({
      id,
      name: kind.label(city) + (i > plan.cities.length ? ` (${['North', 'East', 'West'][i % 3]})` : ''),
      country: plan.iso2,
      city,
      investigatorId: piId,
      siteType: kind.type,
      selfEstimatePerMonth: round1(plan.baseRate * (1.1 + random() * 1.2)),
      competingTrials: Math.floor(random() * 5),
      ...(hasHistory ? { lastStartupDays: 90 + Math.floor(random() * 150) } : {}),
      qualityFlags: [],
    });
  }
}

const siteIds = (iso2: string) => sites.filter((s) => s.country === iso2).map((s) => s.id);
const named = (iso2: string) => ({
  iso2,
  siteCount: siteIds(iso2).length,
  siteIds: siteIds(iso2),
  useNamedSites: true,
});

const workspace: Workspace = {
  id: 'sample-orchid-3',
  study: {
    name: 'ORCHID-3: zelvatinib vs docetaxel in previously treated EGFR-negative NSCLC',
    indication: 'Non-small-cell lung cancer, second line',
    therapeuticArea: 'oncology',
    phase: '3',
    targetRandomised: 600,
    screenFailureRate: 0.35,
    dropoutRate: 0.08,
    plannedFirstSubmission: '2027-02-01',
    enrollmentDeadline: '2029-08-31',
    reportingCurrency: 'USD',
    // Overall survival, event-driven (docs/events.md § "The sample study"): docetaxel control median
    // ~10 months in 2L NSCLC (CheckMate 057: 9.4; OAK: 9.6; REVEL: 9.1), HR 0.75, 1:1; deaths by
    // Schoenfeld (1983): 4(1.95996 + 1.28155)²/ln(0.75)² = 507.8 → 508 for 90% power, two-sided 5%.
    endpoint: {
      kind: 'events',
      followUpMonths: 0,
      requiredEvents: 508,
      controlMedianMonths: 10,
      controlHazardPieces: [],
      hazardRatio: 0.75,
      allocation: 0.5,
      dropoutRatePerYear: 0.02,
      dbLockLagMonths: 3,
      toplineLagMonths: 1,
      scoreOn: 'lpi',
    },
  },
  countries: PLAN.map((p) => ({ iso2: p.iso2, overrides: {} })),
  investigators,
  sites,
  cros: [
    {
      id: 'CRO-GLOBAL',
      name: 'Meridian Global Research (fictional)',
      model: 'full-service',
      coverage: {
        regions: ['North America', 'Western Europe', 'Eastern Europe', 'Asia-Pacific', 'Latin America'],
        countries: [],
      },
      fees: {
        managementFeePct: 0.18,
        monitoringPerSiteMonthUsd: 2600,
        passThroughMarkupPct: 0.08,
        fxPolicy: 'pass-through',
      },
      startupSpeedFactor: 0.85,
      scorecard: { quality: 4, capacity: 4.5, regulatory: 4, therapeutic: 4, governance: 3.5 },
      scorecardStatus: 'scored',
      provenance: { source: FICTIONAL_CRO_SOURCE, fictional: true },
      notes: 'Large full-service CRO; strongest in US/EU oncology; China via partner.',
    },
    {
      id: 'CRO-APAC',
      name: 'Pacific Clinical Partners (fictional)',
      model: 'full-service',
      coverage: { regions: ['Asia-Pacific'], countries: [] },
      fees: {
        managementFeePct: 0.14,
        monitoringPerSiteMonthUsd: 1700,
        passThroughMarkupPct: 0.05,
        fxPolicy: 'fixed-at-contract',
      },
      startupSpeedFactor: 0.75,
      scorecard: { quality: 4, capacity: 3, regulatory: 4.5, therapeutic: 3.5, governance: 4 },
      scorecardStatus: 'scored',
      provenance: { source: FICTIONAL_CRO_SOURCE, fictional: true },
      notes: 'APAC specialist with in-house China HGRAC and Japan CTN experience.',
    },
    {
      id: 'CRO-FSP',
      name: 'Northbridge FSP Services (fictional)',
      model: 'fsp',
      coverage: { regions: ['North America', 'Western Europe'], countries: ['PL'] },
      fees: {
        managementFeePct: 0.09,
        monitoringPerSiteMonthUsd: 2100,
        passThroughMarkupPct: 0,
        fxPolicy: 'hedged',
      },
      startupSpeedFactor: 1,
      scorecard: { quality: 3.5, capacity: 3, regulatory: 3, therapeutic: 3, governance: 4.5 },
      scorecardStatus: 'scored',
      provenance: { source: FICTIONAL_CRO_SOURCE, fictional: true },
      notes: 'Functional service provider: sponsor keeps oversight and start-up.',
    },
  ],
  scenarios: [
    {
      id: 'SCN-USEU',
      name: 'US + EU only',
      description: 'North America and Europe; no Asian filing data.',
      countries: ['US', 'CA', 'GB', 'DE', 'FR', 'ES', 'PL'].map(named),
      cro: { globalId: 'CRO-GLOBAL', byRegion: {} },
      overrides: {},
    },
    {
      id: 'SCN-GLOBAL',
      name: 'Global: + Australia fast start, Japan, China, Korea, Brazil',
      description: 'Adds APAC for a fast start and the Japanese and Chinese filings, Brazil for enrollment.',
      countries: PLAN.map((p) => named(p.iso2)),
      cro: { globalId: 'CRO-GLOBAL', byRegion: { 'Asia-Pacific': 'CRO-APAC' } },
      overrides: {},
    },
  ],
  filingMarkets: [
    {
      id: 'JP',
      label: 'Japan (PMDA)',
      countries: ['JP'],
      minShare: 0.15,
      basis: 'Sponsor target; MHLW Method 1 (π = 0.5, CP = 0.8, 90% power) would ask 22.4%.',
    },
    {
      id: 'CN',
      label: 'China (NMPA)',
      countries: ['CN'],
      minShare: 0.15,
      basis: 'Sponsor judgement for a Chinese filing on MRCT data.',
    },
  ],
  settings: {
    seed: 20261121,
    monteCarloRuns: 10_000,
    optimismDiscount: 0.3,
    scoreWeights: { speed: 35, cost: 30, feasibility: 25, regional: 10 },
    scorecardWeights: { quality: 30, capacity: 20, regulatory: 20, therapeutic: 20, governance: 10 },
    sponsor: { aggregatedTurnoverAud: 12_000_000, hasAustralianEntity: true },
  },
};

const checked = workspaceSchema.parse(workspace);
writeFileSync(
  new URL('../data/sample-workspace.json', import.meta.url),
  serializeWorkspace(checked, '2026-11-21T00:00:00.000Z') + '\n',
);
console.log(
  `Wrote data/sample-workspace.json: ${checked.sites.length} sites, ${checked.countries.length} countries.`,
);
