import type { Workspace } from '../../domain/workspace/index';
import { monthsBetween } from '../../domain/dates';
import {
  allocateSites,
  reforecastInput,
  setOpening,
  summarizeActuals,
  type ActivationSummary,
  type ForecastInput,
  type SiteActual,
  type SiteArrays,
} from '../forecast/index';
import type { ScenarioModel } from './build-model';

export interface ActualsSummary {
  /** The actuals' date (latest row, or the stated as-of date). */
  asOf: string;
  /** Months from the planned first submission to `asOf`. */
  nowMonths: number;
  /** Randomised so far in this scenario's sites. */
  total: number;
  /** Cumulative randomised at each whole month up to now (for the chart). */
  series: { month: number; count: number }[];
  /** Sites with actuals that are not in this scenario (ignored). */
  ignoredSites: string[];
  /** This scenario's sites with rows (activated), of which `activatedWithNone` have randomised nobody yet. */
  activatedSites: number;
  activatedWithNone: number;
  /** This scenario's sites without rows: not yet activated, they get their remaining start-up. */
  notYetActivated: number;
}

/**
 * When a site with no actuals rows opens, given that it had not opened by `now`: its planned
 * activation (a triangular over the simulated P10 / P50 / P90) with the part before `now` cut off
 * and the rest kept in shape — min, mode and max each moved to `now` when earlier. A site already
 * past its planned P90 ("overdue") gets the plan's own spread again from `now`
 * (now + [P50 − P10, P90 − P10]), rather than opening at once. docs/forecast-spec.md §Actuals.
 */
export function remainingStartup(
  now: number,
  a: { p10: number; p50: number; p90: number } | undefined,
): { min: number; mode: number; max: number } {
  if (!a || !Number.isFinite(a.p10)) return { min: now, mode: now, max: now };
  if (now >= a.p90)
    return { min: now, mode: now + Math.max(0, a.p50 - a.p10), max: now + Math.max(0, a.p90 - a.p10) };
  const min = Math.max(now, a.p10);
  const mode = Math.max(min, a.p50);
  return { min, mode, max: Math.max(mode, a.p90) };
}

/**
 * Re-forecast input from actual enrollment, for a scenario that starts from the actuals
 * (scenario.startsFromActuals; others keep their pre-trial numbers). The rule for each site:
 * - rows (activated at its first row; a row of 0 patients marks activation with none so far): the
 *   posterior rate Gamma(α + k, β + τ) from k patients over τ months open ("conditioned on zero"
 *   when k = 0), recruiting from "now";
 * - no rows (not yet activated): its prior rate, opening after its remaining start-up (see
 *   remainingStartup). Start-up is represented per site by a triangular opening
 * over its simulated activation P10/P50/P90 (each moved to now when earlier), because the
 * posterior update needs per-site openings rather than a shared country clock (an approximation:
 * the correlation between sites of one country is lost for sites not yet open).
 *
 * Returns null when the workspace has no actuals for this scenario's sites.
 */
export function reforecastFromActuals(
  workspace: Workspace,
  model: ScenarioModel,
  activation: ActivationSummary[],
): { input: ForecastInput; summary: ActualsSummary } | null {
  if (!model.scenario.startsFromActuals) return null;
  const rows = workspace.actuals?.rows ?? [];
  if (rows.length === 0) return null;
  const index = new Map(model.sites.map((s, i) => [s.id, i]));
  const relevant = rows.filter((r) => index.has(r.siteId));
  if (relevant.length === 0) return null;
  const asOf =
    workspace.actuals?.asOf ??
    relevant.reduce((max, r) => (r.date > max ? r.date : max), relevant[0]?.date ?? '');
  const submission = workspace.study.plannedFirstSubmission;
  const now = Math.max(0, monthsBetween(submission, asOf));

  const base = model.forecastInput;
  const { startup: _startup, ...withoutStartup } = base;
  const sites: SiteArrays = allocateSites(model.sites.length);
  const src = base.sites as SiteArrays;
  sites.shape.set(src.shape);
  sites.rate.set(src.rate);
  sites.country.set(src.country);
  sites.cap.set(src.cap);
  model.sites.forEach((_, i) => {
    const a = activation[i];
    const { min, mode, max } = remainingStartup(now, a);
    setOpening(sites, i, max > min ? { kind: 'triangular', min, mode, max } : min);
    sites.pNever[i] = a?.pNever ?? 0;
  });
  const actuals: SiteActual[] = summarizeActuals(
    relevant.map((r) => ({ siteId: r.siteId, date: r.date, patients: r.randomised })),
    asOf,
  ).map((s) => ({ site: index.get(s.siteId) as number, patients: s.patients, monthsOpen: s.monthsOpen }));
  const input = reforecastInput({ ...withoutStartup, sites }, actuals, now);

  const sorted = [...relevant].sort((a, b) => a.date.localeCompare(b.date));
  const series: { month: number; count: number }[] = [];
  let count = 0;
  let k = 0;
  for (let month = 0; month <= Math.floor(now); month++) {
    while (k < sorted.length && monthsBetween(submission, sorted[k]!.date) <= month)
      count += sorted[k++]!.randomised;
    series.push({ month, count });
  }
  const total = relevant.filter((r) => r.date <= asOf).reduce((n, r) => n + r.randomised, 0);
  series.push({ month: now, count: total });
  const ignoredSites = [...new Set(rows.filter((r) => !index.has(r.siteId)).map((r) => r.siteId))];
  const activatedSites = actuals.length;
  const activatedWithNone = actuals.filter((a) => a.patients === 0).length;
  return {
    input,
    summary: {
      asOf,
      nowMonths: now,
      total,
      series,
      ignoredSites,
      activatedSites,
      activatedWithNone,
      notYetActivated: model.sites.length - activatedSites,
    },
  };
}
