import type { Workspace } from '../../domain/workspace/index';
import {
  ARRIVAL_WORK,
  forecast,
  monteCarloWorkPerRun,
  simulateStartup,
  type ActivationSummary,
  type ForecastResult,
} from '../forecast/index';
import type { CostDistribution } from '../cost/index';
import type { CostScope } from './cost-scope';
import type { ConcentrationOutcome } from '../scores/index';
import type { ReportingMemberState } from './reporting-member-state';
import type { ChinaHgr } from './china-hgr';
import { buildScenarioModel } from './build-model';
import { scenarioConcentration } from './concentration';
import { reforecastFromActuals, type ActualsSummary } from './reforecast';
import { FORECAST_SITE_RUNS, runsWithinBudget, runsWithinWork, STARTUP_SITE_RUNS } from './run-budget';
import type { FollowUpFromAnalysis } from './build-cost-input';
import { allocateSamples, MAX_SAMPLE_ENTRIES, scenarioCost } from './scenario-cost';
import { computeMilestones, type MilestonesResult } from './milestones';
import { sitePlan, type SitePlan } from './site-plan';

export interface EvaluateOptions {
  /** Monte Carlo runs (default: the workspace setting). */
  runs?: number;
  /** Seed (default: the workspace setting): the same seed gives the same numbers. */
  seed?: number;
  /**
   * The quick pass while editing (issue #17): leaves out what the Scenarios screen does not show
   * first — concentration (approximation re-forecasts without the top sites; Compare shows it) and
   * the budget by quarter. Every number it does return is the one a full evaluation with the same
   * runs and seed gives (tested).
   */
  quick?: boolean;
}

export interface CountryOutcome {
  iso2: string;
  name: string;
  region: string;
  sites: number;
  /** Expected randomised patients from this country when the target is reached. */
  expectedPatients: number;
  expectedShare: number;
  /** Months from submission to the first site opening in this country (that site's P50). */
  firstSiteOpenP50: number;
  /** Months from submission to the median site of this country opening (its P50). */
  medianSiteOpenP50: number;
  /** Start-up phases, most likely days, for the Gantt. */
  phases: StartupPhaseDays;
}

/** A country's start-up phases, most likely days each (regulatory ∥ ethics unless sequential). */
export interface StartupPhaseDays {
  regulatory: number;
  ethics: number;
  ethicsSequential: boolean;
  gates: number;
  contract: number;
  initiation: number;
}

export interface ScenarioEvaluation {
  scenarioId: string;
  scenarioName: string;
  runs: number;
  seed: number;
  deadlineMonths: number;
  target: number;
  siteCount: number;
  forecast: ForecastResult;
  /** Present when actual enrollment was imported: the forecast above is then the re-forecast from it. */
  actuals: ActualsSummary | undefined;
  firstSiteActivated: ActivationSummary;
  firstPatientIn: ActivationSummary | undefined;
  countries: CountryOutcome[];
  /** Expected cost with P10/P90, by country, category and quarter (reporting currency). */
  cost: CostDistribution | undefined;
  /** What the cost covers and leaves out (unknown fees, follow-up, price basis); with `cost`. */
  costScope: CostScope | undefined;
  /**
   * Dependence on the top 10% of sites, the top site and the largest country
   * (evaluation/concentration.ts); undefined in a quick pass (options.quick).
   */
  concentration: ConcentrationOutcome | undefined;
  /**
   * First site activated → topline with P10/P50/P90 (months from submission and calendar dates),
   * per-run topline months, and what scoring uses (milestones.ts). From the plan forecast.
   */
  milestones: MilestonesResult | undefined;
  /**
   * EU reporting member state whose holidays count the CTR clock (stated by the scenario, or the
   * EU member state with the most sites); absent when the scenario has no EU country.
   */
  euReportingMemberState?: ReportingMemberState;
  /** China's human-genetic-resources step from the study facts (china-hgr.ts); with a China pathway. */
  chinaHgr?: ChinaHgr;
  /** Every site's planned activation, with its actuals where the workspace has them (per-site Gantt). */
  sites: SitePlan;
  warnings: string[];
}

/**
 * Evaluates one scenario: start-up (first site activated, first patient in) and the enrollment
 * forecast with its uncertainty (Monte Carlo with random activation and caps), by country.
 * Deterministic for a given workspace, runs and seed.
 */
export function evaluateScenario(
  workspace: Workspace,
  scenarioId: string,
  options: EvaluateOptions = {},
): ScenarioEvaluation {
  const model = buildScenarioModel(workspace, scenarioId);
  const seed = options.seed ?? workspace.settings.seed;
  const horizon = Math.ceil(Math.max(model.deadlineMonths * 1.5, model.deadlineMonths + 12));
  const curveMonths = Array.from({ length: horizon + 1 }, (_, m) => m);
  const n = model.sites.length;
  const requestedRuns = options.runs ?? workspace.settings.monteCarloRuns;
  // Work per run counts capped arrivals too (issue #14): with caps it grows with the target.
  const work = n ? monteCarloWorkPerRun(model.forecastInput) : 0;
  const runs = runsWithinWork(requestedRuns, work, FORECAST_SITE_RUNS);
  const budgetWarnings =
    runs < requestedRuns
      ? [
          `${n.toLocaleString('en-US')} sites${work > n ? ` and ${((work - n) / ARRIVAL_WORK).toLocaleString('en-US')} capped enrolments per run` : ''}: the forecast uses ${runs.toLocaleString('en-US')} Monte Carlo runs instead of ${requestedRuns.toLocaleString('en-US')} (the work of a forecast is capped at ${(FORECAST_SITE_RUNS / 1e6).toFixed(0)} million site draws to stay responsive).`,
        ]
      : [];
  const startup = simulateStartup(
    model.forecastInput.startup ?? { countries: [] },
    model.sites.map((s) => ({ countryId: s.iso2, shape: s.prior.shape, rate: s.prior.rate })),
    { runs: runsWithinBudget(Math.min(runs, 2000), n, STARTUP_SITE_RUNS), seed },
  );
  const eventDriven = workspace.study.endpoint.kind === 'events';
  const samples = runs * n <= MAX_SAMPLE_ENTRIES ? allocateSamples(runs, n, eventDriven) : undefined;
  const plan = n
    ? forecast(model.forecastInput, {
        method: 'monte-carlo',
        runs,
        seed,
        curveMonths,
        ...(samples ? { collect: samples } : {}),
      })
    : emptyForecast(curveMonths);
  const withActuals = n ? reforecastFromActuals(workspace, model, startup.sites) : null;
  const result = withActuals
    ? forecast(withActuals.input, {
        method: 'monte-carlo',
        runs,
        seed,
        curveMonths: curveMonths.filter((m) => m >= withActuals.summary.nowMonths),
      })
    : plan;
  const total = Object.values(result.expectedByCountry).reduce((a, b) => a + b, 0) || 1;
  const countries: CountryOutcome[] = model.countries.map((c) => {
    const siteSummaries = startup.sites.filter((_, i) => model.sites[i]?.iso2 === c.iso2);
    const p50s = siteSummaries.map((s) => s.p50).sort((a, b) => a - b);
    const expected = result.expectedByCountry[c.iso2] ?? 0;
    return {
      iso2: c.iso2,
      name: c.name,
      region: c.region,
      sites: c.siteCount,
      expectedPatients: expected,
      expectedShare: expected / total,
      firstSiteOpenP50: p50s[0] ?? Number.NaN,
      medianSiteOpenP50: p50s[Math.floor((p50s.length - 1) / 2)] ?? Number.NaN,
      phases: {
        regulatory: c.effective.regulatoryDays.mode,
        ethics: c.effective.ethicsDays.mode,
        ethicsSequential: c.startup.ethicsMode === 'sequential',
        gates: Math.max(0, ...c.startup.gateDays.map((g) => g.mode)),
        contract: c.effective.contractDays.mode,
        initiation: c.effective.initiationDays.mode,
      },
    };
  });
  // Milestones need per-run samples; a scenario too large to keep them gets its own shorter run.
  const milestoneRuns = samples ? runs : Math.max(1, Math.floor(MAX_SAMPLE_ENTRIES / Math.max(1, n)));
  const milestoneSamples = samples ?? (n ? allocateSamples(milestoneRuns, n, eventDriven) : undefined);
  if (n && !samples && milestoneSamples)
    forecast(model.forecastInput, {
      method: 'monte-carlo',
      runs: milestoneRuns,
      seed,
      collect: milestoneSamples,
    });
  const milestones =
    n && milestoneSamples
      ? computeMilestones({
          study: workspace.study,
          firstSiteActivated: startup.firstSiteActivated,
          firstPatientIn: startup.firstPatientIn,
          samples: milestoneSamples,
          runs: milestoneRuns,
          sites: n,
          seed,
          enrollmentDeadlineMonths: model.deadlineMonths,
        })
      : undefined;
  // The budget runs through the primary analysis: its median follow-up after LPI (#19, #16).
  const followUp = milestones ? followUpFromMilestones(milestones.milestones) : undefined;
  const followUpOption = followUp ? { followUp } : {};
  const quarters = options.quick ? { quarters: false } : {};
  const cost = n
    ? scenarioCost(
        workspace,
        model,
        samples
          ? { runs, seed, samples, expectedByCountry: plan.expectedByCountry, ...followUpOption, ...quarters }
          : { runs: Math.floor(MAX_SAMPLE_ENTRIES / n), seed, ...followUpOption, ...quarters },
      )
    : undefined;
  return {
    scenarioId,
    scenarioName: model.scenario.name,
    runs,
    seed,
    deadlineMonths: model.deadlineMonths,
    target: workspace.study.targetRandomised,
    siteCount: model.sites.length,
    forecast: result,
    actuals: withActuals?.summary,
    firstSiteActivated: startup.firstSiteActivated,
    firstPatientIn: startup.firstPatientIn,
    countries,
    cost: cost?.distribution,
    costScope: cost?.scope,
    concentration: options.quick
      ? undefined
      : scenarioConcentration(
          model,
          startup.sites.map((s) => s.p50),
          plan,
        ),
    milestones,
    ...(model.euReportingMemberState ? { euReportingMemberState: model.euReportingMemberState } : {}),
    ...(model.chinaHgr ? { chinaHgr: model.chinaHgr } : {}),
    sites: sitePlan(workspace, model, startup.sites),
    warnings: [...model.warnings, ...budgetWarnings, ...(cost?.warnings ?? [])],
  };
}

function emptyForecast(curveMonths: number[]): ForecastResult {
  return {
    method: 'monte-carlo',
    timeToTarget: { mean: Infinity, p10: Infinity, p50: Infinity, p90: Infinity },
    pReachByDeadline: 0,
    lateness: { expectedMonthsLate: Infinity, pWithin3Months: 0, pWithin6Months: 0 },
    curve: curveMonths.map((month) => ({ month, mean: 0, p10: 0, p50: 0, p90: 0 })),
    expectedByCountry: {},
  };
}

/** Median months from last patient in to the analysis trigger, when both are reached. */
function followUpFromMilestones(
  milestones: readonly { id: string; label: string; months: { p50: number } }[],
): FollowUpFromAnalysis | undefined {
  const lpi = milestones.find((m) => m.id === 'lastPatientIn');
  const trigger = milestones.find((m) => m.id === 'analysisTrigger');
  if (!lpi || !trigger || !Number.isFinite(lpi.months.p50) || !Number.isFinite(trigger.months.p50))
    return undefined;
  const months = Math.round(Math.max(0, trigger.months.p50 - lpi.months.p50) * 10) / 10;
  return { months, source: `primary analysis: median time from last patient in to ${trigger.label}` };
}
