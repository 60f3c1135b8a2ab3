import { DEFAULT_SETTINGS } from './defaults';

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
 */
export const CURRENT_SCHEMA_VERSION = 2;
export const WORKSPACE_FORMAT = 'mrct-planner/workspace';

type Json = Record<string, unknown>;
type Migration = (doc: Json) => Json;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

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
          ? { ...cro, scorecard: { quality: 3, capacity: 3, regulatory: 3, therapeutic: 3, governance: 3 } }
          : cro,
      ),
      scenarios: Array.isArray(doc.scenarios) ? doc.scenarios : [],
      filingMarkets: [],
      settings: structuredClone(DEFAULT_SETTINGS),
    },
  };
};

/** MIGRATIONS[n] upgrades version n to n+1. */
export const MIGRATIONS: Record<number, Migration> = { 1: v1ToV2 };

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
