import { monthsBetween } from '../../domain/dates';
import type { Workspace } from '../../domain/workspace/index';
import type { ActivationSummary } from '../forecast/index';
import type { ScenarioModel } from './build-model';

/**
 * Each site of a scenario on the plan, and what actually happened where the workspace has actuals:
 * the per-site Gantt (Scenarios) draws the planned activation P10–P90 with its P50, the actual
 * activation (the site's first actuals row) and enrolled to date against the planned figure.
 * Columns of typed arrays, so 10,000 sites cross from the worker as a few buffers rather than
 * 10,000 objects to clone.
 */
export interface SitePlan {
  ids: string[];
  names: string[];
  countries: string[];
  /** Planned activation, months from the first submission (simulated start-up P10 / P50 / P90). */
  activationP10: Float64Array;
  activationP50: Float64Array;
  activationP90: Float64Array;
  /** Present when the workspace has actuals rows for this scenario's sites. */
  actuals?: {
    asOf: string;
    /** Months from the first submission to `asOf`. */
    asOfMonths: number;
    /** Month of the site's first actuals row (its actual activation); NaN when it has none. */
    activatedAt: Float64Array;
    /** Randomised to `asOf` (0 for a site without rows). */
    enrolled: Float64Array;
    /**
     * Planned randomised by `asOf`: the prior mean rate (the mean of the site’s Gamma prior,
     * patients per month) times the months open after its planned P50 activation. Caps and
     * screen failures are left out, so this is the plan's pace, not a forecast.
     */
    plannedEnrolled: Float64Array;
  };
}

export function sitePlan(
  workspace: Workspace,
  model: ScenarioModel,
  activation: ActivationSummary[],
): SitePlan {
  const n = model.sites.length;
  const column = (pick: (a: ActivationSummary) => number) =>
    Float64Array.from({ length: n }, (_, i) => {
      const a = activation[i];
      return a ? pick(a) : Number.NaN;
    });
  const plan: SitePlan = {
    ids: model.sites.map((s) => s.id),
    names: model.sites.map((s) => s.name),
    countries: model.sites.map((s) => s.iso2),
    activationP10: column((a) => a.p10),
    activationP50: column((a) => a.p50),
    activationP90: column((a) => a.p90),
  };
  const index = new Map(model.sites.map((s, i) => [s.id, i]));
  const rows = (workspace.actuals?.rows ?? []).filter((r) => index.has(r.siteId));
  if (rows.length === 0) return plan;
  const asOf = workspace.actuals?.asOf ?? rows.reduce((max, r) => (r.date > max ? r.date : max), '');
  const submission = workspace.study.plannedFirstSubmission;
  const asOfMonths = monthsBetween(submission, asOf);
  const activatedAt = new Float64Array(n).fill(Number.NaN);
  const enrolled = new Float64Array(n);
  for (const r of rows) {
    const i = index.get(r.siteId) as number;
    const at = monthsBetween(submission, r.date);
    if (!(activatedAt[i]! <= at)) activatedAt[i] = at;
    if (r.date <= asOf) enrolled[i]! += r.randomised;
  }
  const plannedEnrolled = Float64Array.from(model.sites, (s, i) => {
    const open = asOfMonths - (plan.activationP50[i] ?? Number.NaN);
    return Number.isFinite(open) && open > 0 ? s.prior.mean * open : 0;
  });
  plan.actuals = { asOf, asOfMonths, activatedAt, enrolled, plannedEnrolled };
  return plan;
}
