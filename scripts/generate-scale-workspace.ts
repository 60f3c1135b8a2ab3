/**
 * A large, deterministic workspace for scale tests and benchmarks (issue 9, "Scale"): 10,000
 * sites over all 60 reference countries, PIs of whom a quarter lead several sites, 4 CROs and
 * 20 scenarios mixing named sites and generic counts over 5–60 countries. The output is never
 * committed: bench/scale.bench.ts and tests/e2e/scale.spec.ts call `generateScaleWorkspace()`,
 * and the command line writes a file for manual trials:
 *
 *   npx tsx scripts/generate-scale-workspace.ts [out.json]   (default .tmp/scale-workspace.json)
 *
 * Every name is fictional.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referenceData } from '../src/domain/reference/index';
import {
  DEFAULT_ENDPOINT,
  serializeWorkspace,
  workspaceSchema,
  type Workspace,
} from '../src/domain/workspace/index';

export interface ScaleOptions {
  sites?: number;
  scenarios?: number;
  seed?: number;
}

/** A small LCG so the same options always give the same workspace. */
function lcg(seed: number) {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return { random, int, pick };
}

const FIRST = [
  'Ana',
  'Ben',
  'Chen',
  'Dara',
  'Eli',
  'Farah',
  'Goran',
  'Hana',
  'Ivo',
  'Jun',
  'Kai',
  'Lena',
  'Mira',
  'Noor',
  'Omar',
  'Pia',
];
const LAST = [
  'Alder',
  'Brook',
  'Crane',
  'Dale',
  'Ember',
  'Frost',
  'Glen',
  'Heath',
  'Isle',
  'Jory',
  'Kestrel',
  'Lark',
  'Moss',
  'North',
  'Oak',
  'Pike',
];
const KINDS = [
  { type: 'academic' as const, label: 'University Hospital' },
  { type: 'academic' as const, label: 'Cancer Institute' },
  { type: 'community' as const, label: 'Regional Hospital' },
  { type: 'private' as const, label: 'Research Clinic' },
];
const REGIONS = [
  'North America',
  'Latin America',
  'Western Europe',
  'Eastern Europe',
  'Asia-Pacific',
  'Middle East & Africa',
];
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Builds the scale workspace (validated against the workspace schema). */
export function generateScaleWorkspace(options: ScaleOptions = {}): Workspace {
  const totalSites = options.sites ?? 10_000;
  const scenarioCount = options.scenarios ?? 20;
  const { random, int, pick } = lcg(options.seed ?? 9_2026);
  const countries = referenceData.countries.map((c) => c.iso2);
  // Big markets get more sites (the US about 4%), the rest by a random weight (at least 1 each).
  const weights = countries.map((iso2) =>
    iso2 === 'US' ? 6 : iso2 === 'CN' || iso2 === 'DE' || iso2 === 'JP' ? 4 : 0.5 + random() * 2.5,
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  const perCountry = weights.map((w) => Math.max(1, Math.floor((w / sum) * totalSites)));
  perCountry[0] = (perCountry[0] ?? 0) + totalSites - perCountry.reduce((a, b) => a + b, 0);

  const investigators: Workspace['investigators'] = [];
  const sites: Workspace['sites'] = [];
  const sitesOf = new Map<string, string[]>();
  countries.forEach((iso2, ci) => {
    const ids: string[] = [];
    let pi: string | undefined;
    let piSitesLeft = 0;
    for (let i = 1; i <= (perCountry[ci] ?? 0); i++) {
      const id = `${iso2}-${String(i).padStart(4, '0')}`;
      if (piSitesLeft === 0) {
        // A quarter of PIs lead 2–4 sites (satellite clinics); the rest one.
        piSitesLeft = random() < 0.25 ? int(2, 4) : 1;
        pi = `PI-${id}`;
        const history = random() < 0.7;
        investigators.push({
          id: pi,
          name: `Dr ${pick(FIRST)} ${pick(LAST)}`,
          specialty: 'Medical oncology',
          trialsInArea: history ? int(1, 20) : 0,
          ...(history ? { pastEnrollmentPerMonth: round1(0.2 + random() * 1.5) } : {}),
          qualityFlags: random() < 0.05 ? ['Sponsor audit: minor findings'] : [],
        });
      }
      piSitesLeft--;
      const kind = pick(KINDS);
      sites.push({
        id,
        name: `${iso2} ${kind.label} ${i}`,
        country: iso2,
        city: `City ${int(1, 40)}`,
        ...(pi ? { investigatorId: pi } : {}),
        siteType: kind.type,
        ...(random() < 0.8 ? { selfEstimatePerMonth: round1(0.3 + random() * 2) } : {}),
        competingTrials: int(0, 5),
        ...(random() < 0.6 ? { lastStartupDays: int(60, 300) } : {}),
        ...(random() < 0.3 ? { capPatients: int(5, 40) } : {}),
        qualityFlags: [],
      });
      ids.push(id);
    }
    sitesOf.set(iso2, ids);
  });

  const cros: Workspace['cros'] = Array.from({ length: 4 }, (_, k) => ({
    id: `CRO-${k + 1}`,
    name: `Scale CRO ${k + 1} (fictional)`,
    model: k === 3 ? ('fsp' as const) : ('full-service' as const),
    coverage: { regions: k === 0 ? REGIONS : REGIONS.filter((_, r) => (r + k) % 2 === 0), countries: [] },
    fees: {
      managementFeePct: 0.1 + 0.03 * k,
      monitoringPerSiteMonthUsd: 1500 + 300 * k,
      passThroughMarkupPct: 0.05,
      fxPolicy: 'pass-through' as const,
    },
    startupSpeedFactor: 0.8 + 0.1 * k,
    scorecard: { quality: 3 + (k % 2), capacity: 4, regulatory: 3.5, therapeutic: 3, governance: 4 },
    notes: '',
  }));

  const scenarios: Workspace['scenarios'] = Array.from(
    { length: scenarioCount },
    (_, k): Workspace['scenarios'][number] => {
      // 5 countries for the first scenario up to all 60 for the last; the last uses every named site.
      const size = Math.round(5 + ((countries.length - 5) * k) / Math.max(1, scenarioCount - 1));
      const chosen = [...countries].sort(() => random() - 0.5).slice(0, size);
      const everySite = k === scenarioCount - 1;
      return {
        id: `SCN-${String(k + 1).padStart(2, '0')}`,
        name: everySite ? 'Every candidate site' : `Scale scenario ${k + 1} (${size} countries)`,
        description: '',
        countries: chosen.map((iso2): Workspace['scenarios'][number]['countries'][number] => {
          const all = sitesOf.get(iso2) ?? [];
          if (everySite || random() < 0.6) {
            const siteIds = everySite ? all : all.filter(() => random() < 0.3 + 0.7 * random());
            // siteCount is capped at 500 by the schema; with named sites the list is what counts.
            return { iso2, siteCount: Math.min(500, siteIds.length), siteIds, useNamedSites: true };
          }
          return { iso2, siteCount: int(2, 40), siteIds: [], useNamedSites: false };
        }),
        cro: { globalId: `CRO-${(k % 4) + 1}`, byRegion: k % 3 === 0 ? { 'Asia-Pacific': 'CRO-2' } : {} },
        overrides: {},
      };
    },
  );

  const workspace: Workspace = {
    id: 'scale-10k',
    study: {
      name: 'SCALE-10K: generated workspace for scale tests',
      indication: 'Non-small-cell lung cancer',
      therapeuticArea: 'oncology',
      phase: '3',
      targetRandomised: 3000,
      screenFailureRate: 0.35,
      dropoutRate: 0.1,
      plannedFirstSubmission: '2027-02-01',
      enrollmentDeadline: '2029-08-31',
      reportingCurrency: 'USD',
      endpoint: structuredClone(DEFAULT_ENDPOINT),
    },
    countries: countries.map((iso2) => ({ iso2, overrides: {} })),
    investigators,
    sites,
    cros,
    scenarios,
    filingMarkets: [
      { id: 'JP', label: 'Japan (PMDA)', countries: ['JP'], minShare: 0.1, basis: 'Scale test' },
      { id: 'CN', label: 'China (NMPA)', countries: ['CN'], minShare: 0.1, basis: 'Scale test' },
      { id: 'US', label: 'United States (FDA)', countries: ['US'], minShare: 0.2, basis: 'Scale test' },
    ],
    settings: {
      seed: 20261121,
      monteCarloRuns: 10_000,
      optimismDiscount: 0.3,
      scoreWeights: { speed: 35, cost: 30, feasibility: 25, regional: 10 },
      scorecardWeights: { quality: 30, capacity: 20, regulatory: 20, therapeutic: 20, governance: 10 },
      sponsor: { hasAustralianEntity: false },
    },
  };
  return workspaceSchema.parse(workspace);
}

/** The workspace as file text, exactly as "Save file" writes it. */
export function scaleWorkspaceFile(options: ScaleOptions = {}): string {
  return serializeWorkspace(generateScaleWorkspace(options), '2026-11-21T00:00:00.000Z');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? '.tmp/scale-workspace.json');
  const text = scaleWorkspaceFile();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`Wrote ${out}: ${(text.length / 1024 / 1024).toFixed(1)} MB`);
}
