import {
  fitLognormalFromTriangle,
  sampleShiftedLognormal,
  sampleTriangular,
  type Sfc32,
  type ShiftedLognormal,
} from '../random';
import type { StartupPlan, Tri } from './types';

/** Days per month: 365.25 / 12, so months stay calendar-average. */
import { DAYS_PER_MONTH } from '../../domain/dates';

export { DAYS_PER_MONTH };

/** A duration ready to sample: triangular, or its fitted shifted lognormal. */
interface Duration {
  tri: Tri;
  logn: ShiftedLognormal | undefined;
}

interface PreparedCountry {
  regulatory: Duration;
  ethics: Duration;
  sequential: boolean;
  gates: Duration[];
  contract: Duration;
  initiation: Duration;
  pNever: number;
}

/** Start-up plan indexed by the forecast's country indices. */
export interface PreparedStartup {
  countries: PreparedCountry[];
  startMonth: number;
}

function duration(tri: Tri, lognormal: boolean): Duration {
  return { tri, logn: lognormal ? fitLognormalFromTriangle(tri.min, tri.mode, tri.max) : undefined };
}

function sampleDays(rng: Sfc32, d: Duration): number {
  return d.logn
    ? sampleShiftedLognormal(rng, d.logn)
    : sampleTriangular(rng, d.tri.min, d.tri.mode, d.tri.max);
}

export function prepareStartup(plan: StartupPlan, countryIds: string[]): PreparedStartup {
  const lognormal = plan.distribution === 'lognormal';
  const countries = countryIds.map((id) => {
    const c = plan.countries.find((x) => x.countryId === id);
    if (!c) throw new Error(`startup: no start-up durations for country "${id}"`);
    return {
      regulatory: duration(c.regulatoryDays, lognormal),
      ethics: duration(c.ethicsDays, lognormal),
      sequential: c.ethicsMode === 'sequential',
      gates: c.gateDays.map((g) => duration(g, lognormal)),
      contract: duration(c.contractDays, lognormal),
      initiation: duration(c.initiationDays, lognormal),
      pNever: c.pNeverActivate,
    };
  });
  return { countries, startMonth: plan.studyStartMonth ?? 0 };
}

/**
 * Country approval plus gates, in months from study start: regulatory ∥ ethics (max) or
 * regulatory → ethics (sum), then the gates concurrently (max). Drawn ONCE per country per run
 * and shared by all its sites — that sharing is what correlates sites within a country.
 */
export function sampleCountryReadyMonth(rng: Sfc32, s: PreparedStartup, c: number): number {
  const p = s.countries[c]!;
  const reg = sampleDays(rng, p.regulatory);
  const eth = sampleDays(rng, p.ethics);
  let days = p.sequential ? reg + eth : Math.max(reg, eth);
  let gate = 0;
  for (const g of p.gates) gate = Math.max(gate, sampleDays(rng, g));
  days += gate;
  return s.startMonth + days / DAYS_PER_MONTH;
}

/** Per-site contract & budget then initiation visit, in months; independent across sites. */
export function sampleSiteDelayMonths(rng: Sfc32, s: PreparedStartup, c: number): number {
  const p = s.countries[c]!;
  return (sampleDays(rng, p.contract) + sampleDays(rng, p.initiation)) / DAYS_PER_MONTH;
}

/**
 * Fills `out` with one run's activation month per site (Infinity = never activates), using
 * `countryReady` as scratch (length = number of countries).
 */
export function sampleStartupOpenings(
  rng: Sfc32,
  s: PreparedStartup,
  siteCountry: Int32Array,
  countryReady: Float64Array,
  out: Float64Array,
): void {
  for (let c = 0; c < s.countries.length; c++) countryReady[c] = sampleCountryReadyMonth(rng, s, c);
  for (let i = 0; i < siteCountry.length; i++) {
    const c = siteCountry[i]!;
    const p = s.countries[c]!;
    if (p.pNever > 0 && rng.nextFloat() < p.pNever) {
      out[i] = Infinity;
      continue;
    }
    out[i] = countryReady[c]! + sampleSiteDelayMonths(rng, s, c);
  }
}
