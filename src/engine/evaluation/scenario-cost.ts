import type { Workspace } from '../../domain/workspace/index';
import { costDistribution, type CostDistribution } from '../cost/index';
import { forecast, type ForecastSamples } from '../forecast/index';
import type { ScenarioModel } from './build-model';
import { buildCostInput, type FollowUpFromAnalysis } from './build-cost-input';
import type { CostScope } from './cost-scope';

/**
 * The scenario's cost distribution. Cost is uncertain because timing is: each Monte Carlo run's
 * site activations and last-patient-in time set how long every site stays open (running and
 * monitoring costs), so the cost model is fed the forecast's own joint samples (same seed, so
 * the numbers are reproducible). Unit costs are uncertain too: each run also draws them around
 * their point values, with a spread set by the evidence behind each value (unit-cost-sigmas.ts).
 */
export function scenarioCost(
  workspace: Workspace,
  model: ScenarioModel,
  options: {
    runs: number;
    seed: number;
    samples?: ForecastSamples;
    expectedByCountry?: Record<string, number>;
    followUp?: FollowUpFromAnalysis;
    /** false: no spend by quarter (the quick pass, see costDistribution). */
    quarters?: boolean;
  },
): { distribution: CostDistribution | undefined; scope: CostScope; warnings: string[] } {
  const { input, scope } = buildCostInput(workspace, model, options.followUp);
  // Unit costs are drawn from their own stream, derived from the forecast's seed: reproducible, and
  // independent of the timing draws.
  input.unitCostSeed = `unit-costs:${options.seed}`;
  const warnings: string[] = [];
  if (!Number.isFinite(input.reportingPerUsd)) {
    warnings.push(`No reference FX rate for ${input.reportingCurrency}: costs are shown in USD.`);
    input.reportingCurrency = 'USD';
    input.reportingPerUsd = 1;
  }
  const n = model.sites.length;
  let samples = options.samples;
  let expectedByCountry = options.expectedByCountry;
  if (!samples || !expectedByCountry) {
    samples = allocateSamples(options.runs, n);
    expectedByCountry = forecast(model.forecastInput, {
      method: 'monte-carlo',
      runs: options.runs,
      seed: options.seed,
      collect: samples,
    }).expectedByCountry;
  }
  // No run reached the target (caps below it): the forecast has no composition at the target
  // (NaN), which made the whole cost NaN and the CLI print "USD 0.0M". Each capped country is then
  // taken to enrol up to its cap, an uncapped one nothing more (issue #14).
  if (Object.values(expectedByCountry).some((v) => !Number.isFinite(v))) {
    expectedByCountry = Object.fromEntries(
      model.countries.map((c) => {
        const v = expectedByCountry?.[c.iso2];
        return [c.iso2, v !== undefined && Number.isFinite(v) ? v : (c.cap ?? 0)];
      }),
    );
    warnings.push(
      'The target is never reached in this scenario: patient costs assume each capped country enrols up to its cap.',
    );
  }
  const countryIndex = new Map(input.countries.map((c, i) => [c.iso2, i]));
  const distribution = costDistribution(
    input,
    {
      runs: options.runs,
      lpiMonths: samples.lpiMonths,
      activationMonths: samples.activationMonths,
      siteCountry: Int32Array.from(model.sites, (s) => countryIndex.get(s.iso2) ?? -1),
      expectedPatientsByCountry: expectedByCountry,
    },
    { quarters: options.quarters ?? true },
  );
  if (distribution.runsCutAtHorizon > 0) {
    const share = distribution.runsCutAtHorizon / distribution.runs;
    warnings.push(
      `In ${share >= 0.995 ? 'every' : `${Math.max(1, Math.round(share * 100))}% of the`} Monte Carlo run${share >= 0.995 ? '' : 's'} the target was not reached within the cost horizon of ${distribution.horizonMonths} months: sites' running costs stop there, so the cost is understated.`,
    );
  }
  return { distribution, scope, warnings };
}

/** Arrays for `runs` Monte Carlo runs of `sites` sites (see ForecastOptions.collect); site rates too when asked (event-driven milestones). */
export function allocateSamples(runs: number, sites: number, withRates = false): ForecastSamples {
  return {
    lpiMonths: new Float64Array(runs),
    activationMonths: new Float32Array(runs * sites),
    ...(withRates ? { siteRates: new Float32Array(runs * sites) } : {}),
  };
}

/**
 * Joint samples grow as runs × sites; beyond this many entries (~20 MB) the cost model gets its
 * own, shorter Monte Carlo instead of the forecast's.
 */
export const MAX_SAMPLE_ENTRIES = 5_000_000;
