/**
 * Whether a scenario delivers each filing market's required share of patients: the distribution
 * of the market's share of randomised patients at the moment the target is reached.
 */
import type { Workspace } from '../../../domain/workspace/index';
import { prepareStartup, sampleStartupOpenings } from '../../forecast/startup-sampling';
import { samplePoisson, sampleGamma, Sfc32 } from '../../random/index';
import { buildScenarioModel } from '../../evaluation/build-model';
import { MARKET_SHARE_SITE_RUNS, runsWithinBudget } from '../../evaluation/run-budget';
import { quantileSorted } from '../../stats/quantile';
import { AT_RISK_PROBABILITY, MET_PROBABILITY } from './assumptions';

export type MarketStatus = 'met' | 'at-risk' | 'not-met';

export interface MarketShareReport {
  /** The filing market's id, or `floor-<ISO2>` for a scenario country's "Min share %". */
  id: string;
  /** A workspace filing market, or a floor set on this scenario's country (ScenarioCountry.minShare). */
  source: 'filing-market' | 'scenario-floor';
  label: string;
  countries: string[];
  /** Countries of the market that the scenario does not include. */
  missing: string[];
  requiredShare: number;
  basis: string;
  /** Mean, P10 and P90 of the market's share of randomised patients when the target is reached. */
  expectedShare: number;
  p10: number;
  p90: number;
  /** P(share ≥ required), Monte Carlo. */
  probability: number;
  status: MarketStatus;
}

export interface MarketSharesResult {
  scenarioId: string;
  runs: number;
  seed: number;
  markets: MarketShareReport[];
}

/** met: P ≥ {@link MET_PROBABILITY}; at risk: P ≥ {@link AT_RISK_PROBABILITY}; else not met. */
export function marketStatus(probability: number): MarketStatus {
  if (probability >= MET_PROBABILITY) return 'met';
  return probability >= AT_RISK_PROBABILITY ? 'at-risk' : 'not-met';
}

const HORIZON_MONTHS = 1200;

/**
 * A scenario country's "Min share %" as a one-country market checked like a filing market: the
 * scenario's own floor on that country's share of randomised patients (for example a sponsor's
 * target for a country the filing-market list does not cover, or a stricter one for this plan).
 */
export function scenarioFloors(
  countries: readonly { iso2: string; name: string; minShare: number | undefined }[],
) {
  return countries
    .filter((c) => c.minShare !== undefined && c.minShare > 0)
    .map((c) => ({
      m: {
        id: `floor-${c.iso2}`,
        label: `${c.name} (this scenario’s min share)`,
        countries: [c.iso2],
        minShare: c.minShare as number,
        basis: 'Min share % set on this scenario',
      },
      source: 'scenario-floor' as const,
    }));
}

/**
 * Monte Carlo of the scenario's share by market. Each run draws the start-up (country approval
 * shared by its sites, per-site delays, never-activating sites; same sampler as the forecast) and
 * each site's Gamma rate; it then finds the time T at which the expected count given those draws,
 * Σ_c min(cap_c, Σ_i λ_i (T − u_i)⁺), reaches the target, and draws each country's count as
 * Poisson with its expected count at T (Poisson counts given their total are multinomial, so the
 * share is the share of the first N patients up to the Poisson noise of the total). When the
 * target is unreachable the shares at a 100-year horizon are used.
 *
 * @param options.runs Monte Carlo runs (default 4000; fewer above 4 million runs × sites, reported
 *   as `runs`); `seed` default the workspace seed
 */
export function scenarioMarketShares(
  workspace: Workspace,
  scenarioId: string,
  options: { runs?: number; seed?: number } = {},
): MarketSharesResult {
  const seed = options.seed ?? workspace.settings.seed;
  const model = buildScenarioModel(workspace, scenarioId);
  // Each run bisects over every site: thousands of sites get fewer runs (see run-budget.ts).
  const runs = runsWithinBudget(options.runs ?? 4000, model.sites.length, MARKET_SHARE_SITE_RUNS);
  const ids = model.countries.map((c) => c.iso2);
  const caps = model.countries.map((c) => c.cap ?? Infinity);
  const siteCountry = Int32Array.from(model.sites, (s) => ids.indexOf(s.iso2));
  const n = model.sites.length;
  const prepared = prepareStartup(model.forecastInput.startup ?? { countries: [] }, ids);
  const markets = [
    ...workspace.filingMarkets.map((m) => ({ m, source: 'filing-market' as const })),
    ...scenarioFloors(model.countries),
  ].map((x) => ({
    ...x,
    mask: ids.map((iso2) => x.m.countries.includes(iso2)),
  }));
  const samples = markets.map(() => new Float64Array(runs));
  const rng = new Sfc32(seed);
  const open = new Float64Array(n);
  const lambda = new Float64Array(n);
  const scratch = new Float64Array(ids.length);
  const byCountry = new Float64Array(ids.length);
  const target = workspace.study.targetRandomised;

  const expectedAt = (t: number): number => {
    byCountry.fill(0);
    for (let i = 0; i < n; i++) {
      const u = open[i]!;
      if (u < t) byCountry[siteCountry[i]!]! += lambda[i]! * (t - u);
    }
    let total = 0;
    for (let c = 0; c < ids.length; c++) {
      byCountry[c] = Math.min(caps[c]!, byCountry[c]!);
      total += byCountry[c]!;
    }
    return total;
  };

  for (let r = 0; r < runs; r++) {
    if (n > 0) sampleStartupOpenings(rng, prepared, siteCountry, scratch, open);
    for (let i = 0; i < n; i++) {
      const prior = model.sites[i]!.prior;
      lambda[i] = sampleGamma(rng, prior.shape, prior.rate);
    }
    let t = HORIZON_MONTHS;
    if (expectedAt(HORIZON_MONTHS) >= target) {
      let lo = 0;
      let hi = HORIZON_MONTHS;
      for (let k = 0; k < 50 && hi - lo > 1e-4; k++) {
        const mid = (lo + hi) / 2;
        if (expectedAt(mid) >= target) hi = mid;
        else lo = mid;
      }
      t = hi;
    }
    expectedAt(t);
    let total = 0;
    const counts = Array.from(byCountry, (mean) => (mean > 0 ? samplePoisson(rng, mean) : 0));
    for (const x of counts) total += x;
    markets.forEach(({ mask }, k) => {
      let inMarket = 0;
      counts.forEach((x, c) => {
        if (mask[c]) inMarket += x;
      });
      samples[k]![r] = total > 0 ? inMarket / total : 0;
    });
  }

  return {
    scenarioId,
    runs,
    seed,
    markets: markets.map(({ m, source }, k) => {
      const s = Float64Array.from(samples[k]!).sort();
      let sum = 0;
      let hits = 0;
      for (const x of s) {
        sum += x;
        if (x >= m.minShare - 1e-12) hits++;
      }
      const probability = m.minShare <= 0 ? 1 : hits / runs;
      return {
        id: m.id,
        source,
        label: m.label,
        countries: [...m.countries],
        missing: m.countries.filter((iso2) => !ids.includes(iso2)),
        requiredShare: m.minShare,
        basis: m.basis,
        expectedShare: runs > 0 ? sum / runs : 0,
        p10: quantileSorted(s, 0.1),
        p90: quantileSorted(s, 0.9),
        probability,
        status: marketStatus(probability),
      };
    }),
  };
}
