import { V2_TO_V3_STEPS } from './migrations-v3/index';

/**
 * Saved workspaces migrate forward one version at a time: migration N turns a version-N document
 * into a version-(N+1) one. Never edit a shipped migration; add a new one and bump
 * CURRENT_SCHEMA_VERSION. tests/unit/domain/workspace/migrations.test.ts opens a fixture of every
 * earlier version.
 *
 * Version history
 * - 1: the prototype format. Bare object with `schemaVersion`, study fields `targetPatients`,
 *      `firstSubmission`, `currency`; `countries` a list of ISO codes; no settings.
 * - 2: envelope `{format, schemaVersion, savedAt, workspace}`; study renamed to
 *      `targetRandomised`, `plannedFirstSubmission`, `reportingCurrency`; countries carry
 *      overrides; settings, filing markets and CRO scorecards added.
 * - 3: this release's additions, one step per topic (see migrations-v3/index.ts).
 */
export const CURRENT_SCHEMA_VERSION = 3;
export const WORKSPACE_FORMAT = 'mrct-planner/workspace';

type Json = Record<string, unknown>;
type Migration = (doc: Json) => Json;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The settings a v2 workspace started with, frozen here: a migration must give the same result
 * forever, so it never reads the live DEFAULT_SETTINGS (changing a default would silently change
 * what an old file opens as). Today's DEFAULT_SETTINGS start from this value (defaults.ts);
 * tests/unit/domain/workspace/migrations.test.ts pins what a migrated v1 file gets.
 */
export const V2_DEFAULT_SETTINGS = Object.freeze({
  seed: 20261121,
  monteCarloRuns: 10_000,
  optimismDiscount: 0.3,
  scoreWeights: { speed: 35, cost: 30, feasibility: 25, regional: 10 },
  scorecardWeights: { quality: 30, capacity: 20, regulatory: 20, therapeutic: 20, governance: 10 },
  sponsor: { hasAustralianEntity: false },
});

const v1ToV2: Migration = (doc) => {
  const study = isObject(doc.study) ? doc.study : {};
  const { targetPatients, firstSubmission, currency, ...restOfStudy } = study;
  const countries = Array.isArray(doc.countries) ? doc.countries : [];
  const cros = Array.isArray(doc.cros) ? doc.cros : [];
  return {
    format: WORKSPACE_FORMAT,
    schemaVersion: 2,
    savedAt: typeof doc.savedAt === 'string' ? doc.savedAt : undefined,
    workspace: {
      id: typeof doc.id === 'string' ? doc.id : 'migrated-v1',
      study: {
        ...restOfStudy,
        targetRandomised: targetPatients,
        plannedFirstSubmission: firstSubmission,
        reportingCurrency: currency ?? 'USD',
      },
      countries: countries.map((code) => (typeof code === 'string' ? { iso2: code, overrides: {} } : code)),
      investigators: Array.isArray(doc.investigators) ? doc.investigators : [],
      sites: Array.isArray(doc.sites) ? doc.sites : [],
      cros: cros.map((cro) =>
        isObject(cro) && !('scorecard' in cro)
          ? // The neutral 3s are a default, not a rating: flagged so screens and scores can say so.
            {
              ...cro,
              scorecard: { quality: 3, capacity: 3, regulatory: 3, therapeutic: 3, governance: 3 },
              scorecardStatus: 'unscored',
            }
          : cro,
      ),
      scenarios: Array.isArray(doc.scenarios) ? doc.scenarios : [],
      filingMarkets: [],
      settings: structuredClone(V2_DEFAULT_SETTINGS),
    },
  };
};

const v2ToV3: Migration = (doc) => {
  const start = isObject(doc.workspace) ? structuredClone(doc.workspace) : doc.workspace;
  const workspace = isObject(start) ? V2_TO_V3_STEPS.reduce((ws, step) => step(ws), start) : start;
  return { ...doc, schemaVersion: 3, workspace };
};

/** MIGRATIONS[n] upgrades version n to n+1. */
export const MIGRATIONS: Record<number, Migration> = { 1: v1ToV2, 2: v2ToV3 };

/** Applies every migration from `fromVersion` up to the current version. */
export function migrateToCurrent(doc: Json, fromVersion: number): Json {
  let current = doc;
  for (let v = fromVersion; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from schema version ${v}`);
    current = step(current);
  }
  return current;
}
