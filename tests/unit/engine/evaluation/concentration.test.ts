import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkspaceFile } from '../../../../src/domain/workspace/index';
import { forecast, simulateStartup, type SiteArrays } from '../../../../src/engine/forecast';
import { concentrationScore } from '../../../../src/engine/scores';
import { buildScenarioModel, type ScenarioModel } from '../../../../src/engine/evaluation/build-model';
import { scenarioConcentration } from '../../../../src/engine/evaluation/concentration';

const parsed = parseWorkspaceFile(readFileSync('data/sample-workspace.json', 'utf8'));
if (!parsed.ok) throw new Error('sample invalid');
const sample = parsed.workspace;
const RUNS = 3000;
const SEED = 4;

/** The evaluation's steps: start-up, Monte Carlo plan, concentration, and its score term. */
function concentrationOf(model: ScenarioModel) {
  const startup = simulateStartup(
    model.forecastInput.startup!,
    model.sites.map((s) => ({ countryId: s.iso2, shape: s.prior.shape, rate: s.prior.rate })),
    { runs: 1000, seed: SEED },
  );
  const mc = forecast(model.forecastInput, { method: 'monte-carlo', runs: RUNS, seed: SEED });
  const c = scenarioConcentration(
    model,
    startup.sites.map((s) => s.p50),
    mc,
  );
  return { c, mc, score: concentrationScore(c, mc.pReachByDeadline, mc.timeToTarget.p50).score };
}

/** The same model with site 0's prior mean set so that it alone expects `patients` by `months` of enrollment. */
function withBigSite(model: ScenarioModel, patients: number, months: number): ScenarioModel {
  const sites = model.forecastInput.sites as SiteArrays;
  const mean = patients / months;
  const rate = Float64Array.from(sites.rate);
  rate[0] = sites.shape[0]! / mean;
  const first = model.sites[0]!;
  return {
    ...model,
    sites: [{ ...first, prior: { ...first.prior, mean, rate: rate[0]! } }, ...model.sites.slice(1)],
    forecastInput: { ...model.forecastInput, sites: { ...sites, rate } },
  };
}

describe('scenario concentration (issue #20)', () => {
  const model = buildScenarioModel(sample, 'SCN-GLOBAL');
  const base = concentrationOf(model);

  it('names the top site and the largest country, with P(deadline) and the median LPI without each', () => {
    const { c, mc } = base;
    expect(c.siteCount).toBe(model.sites.length);
    expect(c.topDecileSites).toBe(Math.ceil(model.sites.length / 10));
    expect(c.topDecileShare).toBeGreaterThan(0.1);
    expect(c.topDecileShare).toBeLessThan(0.5);
    // Losing anything can only make the plan later and less likely to make the deadline
    for (const d of [c.topSite!, c.topCountry!]) {
      expect(d.pReachWithout).toBeLessThanOrEqual(mc.pReachByDeadline);
      expect(d.lastPatientInP50Without).toBeGreaterThan(mc.timeToTarget.p50);
    }
    // And a whole country weighs more than one site
    expect(c.topCountry!.pReachWithout).toBeLessThan(c.topSite!.pReachWithout);
    expect(c.topCountry!.share).toBeGreaterThan(c.topSite!.share);
  });

  it('worsens when one site is made to enrol half the target', () => {
    // Given the same plan where the first site alone expects half of the 600 target over the
    // enrollment it gets once it dominates (about 15 months: it shortens the plan)
    const big = concentrationOf(withBigSite(model, sample.study.targetRandomised / 2, 15));
    // Then that site is the top site with a large share of the patients…
    expect(big.c.topSite!.name).toBe(model.sites[0]!.name);
    // (about 0.39 with the ClinicalTrials.gov benchmark defaults, which shorten the plan)
    expect(big.c.topSite!.share).toBeGreaterThan(0.35);
    expect(big.c.topDecileShare).toBeGreaterThan(base.c.topDecileShare + 0.2);
    // (With the benchmark defaults the sample plan reaches its target with P ≈ 0.99, so P(deadline)
    // barely moves without one site; the score uses the slip in median last patient in.)
    // And the concentration term falls clearly
    expect(big.score).toBeLessThan(base.score - 20);
  });
});
