import { isIsoDate } from '../dates';
import {
  MAX_OVERRIDE_KEY_LENGTH,
  validateOverride,
  validateScenarioOverride,
  type CountryParameterKey,
} from './override-rules';
import type { Workspace } from './workspace';

/**
 * The workspace's semantic rules: what zod's per-field shapes cannot say. One set, applied by the
 * workspace schema (so by Open…, browser storage, share links and `mrct validate`, which all parse
 * through it) and by the store's actions (which call the same functions), so a file can never
 * hold what the screens refuse, and the engine never meets a value it was not built for
 * (issue #14; issue #13 item 7 for the scenario checks).
 */
export interface RuleProblem {
  /** Path inside the workspace, e.g. ['scenarios', 0, 'countries', 2, 'siteIds', 5]. */
  path: Array<string | number>;
  message: string;
}

/** An id quoted for a message, cut so a hostile 1 MB id is never echoed back whole. */
export function quoteId(id: string): string {
  return JSON.stringify(id.length > 64 ? `${id.slice(0, 64)}…` : id);
}

/** Duplicate values of a list, each once. */
export function duplicatesOf(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const id of ids) (seen.has(id) ? dupes : seen).add(id);
  return [...dupes];
}

/**
 * A scenario's countries and named sites: each country once, each site once (listing a site twice
 * counts its patients twice: 61 → 327 sites and P(deadline) 1.00 in the report behind issue #13),
 * and each site under its own country (a Japanese site listed under Korea inflates Korea's share).
 */
export function scenarioSiteProblems(
  scenario: Pick<Workspace['scenarios'][number], 'countries'>,
  siteCountry: ReadonlyMap<string, string>,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const countriesSeen = new Set<string>();
  const sitesSeen = new Map<string, number>();
  scenario.countries.forEach((country, ci) => {
    if (countriesSeen.has(country.iso2)) {
      problems.push({
        path: ['countries', ci, 'iso2'],
        message: `Country ${country.iso2} is listed twice in this scenario`,
      });
    }
    countriesSeen.add(country.iso2);
    country.siteIds.forEach((siteId, k) => {
      if (typeof siteId !== 'string') return; // the schema reports the wrong type itself
      const path = ['countries', ci, 'siteIds', k];
      if (sitesSeen.has(siteId)) {
        problems.push({ path, message: `Site ${quoteId(siteId)} is listed twice in this scenario` });
      }
      sitesSeen.set(siteId, ci);
      const actual = siteCountry.get(siteId);
      if (actual === undefined) problems.push({ path, message: `Unknown site ${quoteId(siteId)}` });
      // A site whose own country is not a code is reported at the site; only real mismatches here.
      else if (
        actual !== country.iso2 &&
        typeof actual === 'string' &&
        /^[A-Z]{2}$/.test(actual) &&
        /^[A-Z]{2}$/.test(country.iso2)
      ) {
        problems.push({ path, message: `Site ${quoteId(siteId)} is in ${actual}, not ${country.iso2}` });
      }
    });
  });
  return problems;
}

/** A country's own overrides: known parameters within their bounds, short keys. */
export function countryOverrideProblems(
  overrides: Readonly<Record<string, { value: unknown }>>,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const [key, override] of Object.entries(overrides)) {
    const problem =
      key.length > MAX_OVERRIDE_KEY_LENGTH
        ? `Override key is longer than ${MAX_OVERRIDE_KEY_LENGTH} characters`
        : validateOverride(key as CountryParameterKey, override.value);
    if (problem) problems.push({ path: [key.slice(0, MAX_OVERRIDE_KEY_LENGTH), 'value'], message: problem });
  }
  return problems;
}

/** A scenario's assumption overrides, each checked by the same function the Scenarios screen uses. */
export function scenarioOverrideProblems(overrides: Readonly<Record<string, number>>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const problem = validateScenarioOverride(key, value);
    if (problem) problems.push({ path: [key.slice(0, MAX_OVERRIDE_KEY_LENGTH)], message: problem });
  }
  return problems;
}

/**
 * Actual enrollment: real dates (the as-of date included: "garbage" used to reach the engine),
 * known sites, and nothing dated after the as-of date (a future row would count patients that
 * have not been randomised yet).
 */
export function actualsProblems(
  actuals: NonNullable<Workspace['actuals']>,
  siteIds: ReadonlySet<string>,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const asOfOk = actuals.asOf === undefined || isIsoDate(actuals.asOf);
  if (!asOfOk)
    problems.push({
      path: ['asOf'],
      message: 'The as-of date must be a real date written YYYY-MM-DD (years 1900–2199)',
    });
  actuals.rows.forEach((row, i) => {
    if (!siteIds.has(row.siteId))
      problems.push({ path: ['rows', i, 'siteId'], message: `Unknown site ${quoteId(row.siteId)}` });
    if (!isIsoDate(row.date))
      problems.push({
        path: ['rows', i, 'date'],
        message: 'Use a real date written YYYY-MM-DD (years 1900–2199)',
      });
    else if (asOfOk && actuals.asOf !== undefined && row.date > actuals.asOf) {
      problems.push({
        path: ['rows', i, 'date'],
        message: `Dated ${row.date}, after the as-of date ${actuals.asOf}`,
      });
    }
  });
  return problems;
}

/** Every semantic problem of a workspace whose fields already have the right shapes. */
export function workspaceRuleProblems(ws: Workspace): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const siteCountry = new Map(ws.sites.map((s) => [s.id, s.country]));
  ws.countries.forEach((c, ci) => {
    for (const p of countryOverrideProblems(c.overrides))
      problems.push({ path: ['countries', ci, 'overrides', ...p.path], message: p.message });
  });
  ws.scenarios.forEach((scenario, si) => {
    for (const p of scenarioSiteProblems(scenario, siteCountry))
      problems.push({ path: ['scenarios', si, ...p.path], message: p.message });
    for (const p of scenarioOverrideProblems(scenario.overrides))
      problems.push({ path: ['scenarios', si, 'overrides', ...p.path], message: p.message });
  });
  if (ws.actuals) {
    for (const p of actualsProblems(ws.actuals, new Set(siteCountry.keys())))
      problems.push({ path: ['actuals', ...p.path], message: p.message });
  }
  return problems;
}
