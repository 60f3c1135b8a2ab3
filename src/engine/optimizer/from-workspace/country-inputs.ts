/**
 * Per-country inputs of the country-mix optimizer derived from the workspace: the generic-site
 * rate prior, the activation time and the costs in USD, under a base scenario's assumptions
 * (its overrides and CROs). Pure and deterministic for a seed.
 */
import { getCountry, toUsd } from '../../../domain/reference/index';
import type { Scenario, Workspace } from '../../../domain/workspace/index';
import { DEFAULT_MONITORING_VISITS_PER_SITE_MONTH } from '../../cost/index';
import {
  prepareStartup,
  sampleCountryReadyMonth,
  sampleSiteDelayMonths,
} from '../../forecast/startup-sampling';
import { Sfc32 } from '../../random/index';
import { buildScenarioModel, type ModelCountry, type ScenarioModel } from '../../evaluation/build-model';
import { OPENING_SAMPLE_RUNS, studyCostDefaults } from './assumptions';

export interface CountryMixInput {
  iso2: string;
  name: string;
  /** Mean rate of a selected site (never-activating sites count as rate 0), patients/site/month. */
  rateMean: number;
  /** Between-site variance of that rate, (patients/site/month)². */
  rateVariance: number;
  /** Opening month of an activating site, from the planned first submission: a point or uniform. */
  opensAt: number | { uniform: [number, number] };
  /** Share of selected sites that never activate. */
  pNeverActivate: number;
  /** USD per selected site, once (start-up fee × P(activates)). */
  siteStartupCost: number;
  /** USD per selected site per month open (running cost + monitoring visits, × P(activates)). */
  siteMonthlyCost: number;
  /** USD per randomised patient, screen failures included. */
  perPatientCost: number;
  /** Local currency of the reference costs and its FX rate (units per USD). */
  currency: string;
}

export interface CountryInputOptions {
  /** Scenario whose overrides and CRO assignments apply (default: none). */
  baseScenarioId?: string;
  /** US per-patient site payment, USD (default: the reference benchmark for the study's area and phase). */
  usPerPatientGrantUsd?: number;
  /** Seed for the activation-time sampling (default: the workspace seed). */
  seed?: number;
}

/**
 * Never-activating sites as a point mass at rate 0: with P(never) = q and an activating site's rate
 * of mean m and variance v, the selected site's rate has mean (1 − q)m and variance
 * (1 − q)(v + m²) − (1 − q)²m² (exact mixture moments; docs/forecast-spec.md treats q as a point mass).
 */
export function mixtureRateMoments(
  mean: number,
  variance: number,
  pNever: number,
): { mean: number; variance: number } {
  const keep = 1 - pNever;
  return { mean: keep * mean, variance: keep * (variance + mean * mean) - keep * keep * mean * mean };
}

/**
 * Uniform opening time with the same mean and variance as the sampled activation time
 * (mean ± √3·sd, floored at 0): the optimizer's analytic model uses exactly E[τ] and E[τ²] of the
 * open time, so matching the first two moments of the opening is what matters. A point when sd = 0.
 */
export function uniformFromMoments(mean: number, sd: number): number | { uniform: [number, number] } {
  if (!(sd > 1e-9)) return Math.max(0, mean);
  const half = Math.sqrt(3) * sd;
  return { uniform: [Math.max(0, mean - half), mean + half] };
}

/** A copy of the workspace with a scenario of one generic site per country, for buildScenarioModel. */
export function probeModel(
  workspace: Workspace,
  iso2s: readonly string[],
  baseScenarioId?: string,
): ScenarioModel {
  const base = baseScenarioId ? workspace.scenarios.find((s) => s.id === baseScenarioId) : undefined;
  const probe: Scenario = {
    id: '__optimizer-probe__',
    name: 'optimizer probe',
    description: '',
    countries: iso2s.map((iso2) => ({ iso2, siteCount: 1, siteIds: [], useNamedSites: false })),
    cro: base ? structuredClone(base.cro) : { byRegion: {} },
    overrides: base ? { ...base.overrides } : {},
  };
  return buildScenarioModel({ ...workspace, scenarios: [...workspace.scenarios, probe] }, probe.id);
}

function openingMoments(model: ScenarioModel, seed: number): { mean: number; sd: number }[] {
  const plan = model.forecastInput.startup ?? { countries: [] };
  const ids = model.countries.map((c) => c.iso2);
  const prepared = prepareStartup(plan, ids);
  const rng = new Sfc32(seed);
  return ids.map((_, c) => {
    let sum = 0;
    let sumSq = 0;
    for (let r = 0; r < OPENING_SAMPLE_RUNS; r++) {
      const u = sampleCountryReadyMonth(rng, prepared, c) + sampleSiteDelayMonths(rng, prepared, c);
      sum += u;
      sumSq += u * u;
    }
    const mean = sum / OPENING_SAMPLE_RUNS;
    return { mean, sd: Math.sqrt(Math.max(0, sumSq / OPENING_SAMPLE_RUNS - mean * mean)) };
  });
}

function usd(amount: number, currency: string, iso2: string): number {
  const v = toUsd(amount, currency);
  if (v === undefined) throw new Error(`No reference FX rate for ${currency} (${iso2})`);
  return v;
}

function countryInput(
  c: ModelCountry,
  model: ScenarioModel,
  opening: { mean: number; sd: number },
  grantUsd: number,
  screeningShare: number,
): CountryMixInput {
  const prior = model.sites.find((s) => s.iso2 === c.iso2)?.prior;
  if (!prior) throw new Error(`No site prior for ${c.iso2}`);
  const q = c.effective.pNeverActivate.mode;
  const rate = mixtureRateMoments(prior.shape / prior.rate, prior.shape / (prior.rate * prior.rate), q);
  const currency = getCountry(c.iso2)?.currency ?? 'USD';
  const e = c.effective;
  const sf = model.screenFailureRate;
  // Each randomised patient brings sf/(1 − sf) screen failures, each paid the screening visits.
  const screenLoad = 1 + (screeningShare * sf) / (1 - sf);
  const monthlyLocal =
    e.monthlySiteCost.mode + DEFAULT_MONITORING_VISITS_PER_SITE_MONTH * e.monitoringVisitCost.mode;
  return {
    iso2: c.iso2,
    name: c.name,
    rateMean: rate.mean,
    rateVariance: rate.variance,
    opensAt: uniformFromMoments(opening.mean, opening.sd),
    pNeverActivate: q,
    // A site that never activates is neither paid its start-up fee nor run (cost model: per activated site).
    siteStartupCost: (1 - q) * usd(e.siteStartupFee.mode, currency, c.iso2),
    siteMonthlyCost: (1 - q) * usd(monthlyLocal, currency, c.iso2),
    perPatientCost: e.perPatientCostIndex.mode * grantUsd * screenLoad,
    currency,
  };
}

/**
 * Optimizer inputs for the given countries (unknown ones are skipped and named in `warnings`).
 * Rates are randomised patients/site/month from the generic-site prior (country × area default,
 * optimism discount; buildScenarioModel), costs are the reference (or overridden) most-likely
 * values converted with the reference FX, and the opening is the start-up model's activation time.
 */
export function countryMixInputs(
  workspace: Workspace,
  iso2s: readonly string[],
  options: CountryInputOptions = {},
): {
  countries: CountryMixInput[];
  deadlineMonths: number;
  screenFailureRate: number;
  dropoutRate: number;
  warnings: string[];
} {
  const model = probeModel(workspace, iso2s, options.baseScenarioId);
  const openings = openingMoments(model, options.seed ?? workspace.settings.seed);
  const defaults = studyCostDefaults(workspace.study.therapeuticArea, workspace.study.phase);
  const grant = options.usPerPatientGrantUsd ?? defaults.usSitePaymentPerPatient.mode;
  return {
    countries: model.countries.map((c, i) =>
      countryInput(c, model, openings[i] ?? { mean: 0, sd: 0 }, grant, defaults.visitSplit.screening),
    ),
    deadlineMonths: model.deadlineMonths,
    screenFailureRate: model.screenFailureRate,
    dropoutRate: model.dropoutRate,
    warnings: model.warnings.filter((w) => !w.includes('no sites')),
  };
}
