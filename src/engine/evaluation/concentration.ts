/**
 * Concentration of a scenario (issue #20): the share of expected enrollment from its top 10% of
 * sites, and what happens to P(target by the deadline) and the median last patient in if its top
 * site — or its largest country — enrolls nothing.
 *
 * The "without" forecasts use the analytic approximation (moment-matched Poisson–Gamma with the
 * start-up plan; caps dropped, since it cannot represent them): three cheap deterministic
 * forecasts instead of two more Monte Carlo runs. Its CHANGE is applied to the Monte Carlo
 * figures, so the approximation's own bias largely cancels and the numbers stay consistent with
 * the rest of the evaluation.
 */
import {
  allocateSites,
  approxReachAndMedian,
  type ForecastInput,
  type ForecastResult,
  type SiteArrays,
} from '../forecast/index';
import { topShare, type ConcentrationOutcome, type DependenceOutcome } from '../scores/index';
import type { ScenarioModel } from './build-model';

/** Copy of `sites` without the sites for which `drop(i)` is true. */
function withoutSites(sites: SiteArrays, drop: (i: number) => boolean): SiteArrays {
  const keep: number[] = [];
  for (let i = 0; i < sites.count; i++) if (!drop(i)) keep.push(i);
  const out = allocateSites(keep.length);
  keep.forEach((from, to) => {
    out.shape[to] = sites.shape[from]!;
    out.rate[to] = sites.rate[from]!;
    out.openKind[to] = sites.openKind[from]!;
    out.openA[to] = sites.openA[from]!;
    out.openB[to] = sites.openB[from]!;
    out.openC[to] = sites.openC[from]!;
    out.country[to] = sites.country[from]!;
    out.pNever[to] = sites.pNever[from]!;
  });
  return out;
}

type Probe = { pReachByDeadline: number; p50: number };

/** The approximation's P(deadline) and median for these sites (caps dropped); undefined when none. */
function approxOf(input: ForecastInput, sites: SiteArrays): Probe | undefined {
  if (sites.count === 0) return undefined;
  const { countryCaps: _caps, ...uncapped } = input;
  try {
    return approxReachAndMedian({ ...uncapped, sites });
  } catch {
    return undefined;
  }
}

function dependence(
  name: string,
  share: number,
  mc: ForecastResult,
  base: Probe | undefined,
  without: Probe | undefined,
): DependenceOutcome {
  if (!without) return { name, share, pReachWithout: 0, lastPatientInP50Without: Infinity };
  const dp = base ? base.pReachByDeadline - without.pReachByDeadline : 0;
  const dt = base ? without.p50 - base.p50 : 0;
  return {
    name,
    share,
    pReachWithout: Math.min(1, Math.max(0, mc.pReachByDeadline - (Number.isFinite(dp) ? dp : 0))),
    lastPatientInP50Without: Number.isFinite(without.p50) ? mc.timeToTarget.p50 + dt : Infinity,
  };
}

/**
 * @param openP50 each model site's median opening month (start-up simulation), in model order.
 * @param mc the scenario's Monte Carlo forecast (plan, not re-forecast).
 */
export function scenarioConcentration(
  model: ScenarioModel,
  openP50: readonly number[],
  mc: ForecastResult,
): ConcentrationOutcome {
  const n = model.sites.length;
  const lpi = Number.isFinite(mc.timeToTarget.p50) ? mc.timeToTarget.p50 : model.deadlineMonths;
  const expected = model.sites.map((s, i) => s.prior.mean * Math.max(0, lpi - (openP50[i] ?? lpi)));
  const top = topShare(expected);
  const empty: ConcentrationOutcome = {
    siteCount: n,
    topDecileSites: top.count,
    topDecileShare: top.share,
    topSite: undefined,
    topCountry: undefined,
  };
  const input = model.forecastInput;
  if (n === 0 || Array.isArray(input.sites)) return empty;
  const sites = input.sites;
  const total = expected.reduce((a, b) => a + b, 0);
  const base = approxOf(input, sites);
  const topIndex = expected.reduce((best, x, i) => (x > expected[best]! ? i : best), 0);
  const topSite = dependence(
    model.sites[topIndex]!.name,
    total > 0 ? expected[topIndex]! / total : 0,
    mc,
    base,
    approxOf(
      input,
      withoutSites(sites, (i) => i === topIndex),
    ),
  );
  const byCountry = Object.entries(mc.expectedByCountry).filter(([, x]) => Number.isFinite(x));
  const countryTotal = byCountry.reduce((a, [, x]) => a + x, 0);
  const [topIso, topCount] = byCountry.reduce((best, e) => (e[1] > best[1] ? e : best), ['', -Infinity] as [
    string,
    number,
  ]);
  const c = (input.countryIds ?? []).indexOf(topIso);
  const topCountry =
    c >= 0
      ? dependence(
          model.countries.find((x) => x.iso2 === topIso)?.name ?? topIso,
          countryTotal > 0 ? topCount / countryTotal : 0,
          mc,
          base,
          approxOf(
            input,
            withoutSites(sites, (i) => sites.country[i] === c),
          ),
        )
      : undefined;
  return { ...empty, topSite, topCountry };
}
