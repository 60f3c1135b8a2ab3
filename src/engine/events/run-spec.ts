import { forecast } from '../forecast/forecast';
import type { SiteGroup } from '../forecast/types';
import { expectedEventsAt, uniformAccrual } from './expected-events';
import { expectedEventsFromRuns } from './expected-from-runs';
import type { EventsSpec } from './spec';
import {
  simulateFromEnrollmentRuns,
  simulateUniformAccrual,
  summariseTimes,
  type EnrollmentRuns,
  type TimeSummary,
} from './time-to-events';

export interface EventsResult {
  /** Months from the start of accrual to the required event (Infinity where never reached). */
  timeToEvents: TimeSummary;
  at: { month: number; expectedEvents: number }[];
  runs: number;
  seed: number | string;
  /** Share of runs that reach the required events. */
  pReached: number;
}

/** Largest runs × sites held in memory for entry times (the same budget as the app's forecast). */
export const MAX_EVENT_SITE_RUNS = 20_000_000;

/** The seed of the event draws: distinct from the enrollment forecast's stream with the same seed. */
export function eventSeed(seed: number | string): string {
  return `${String(seed)}#events`;
}

/**
 * Runs an events spec: uniform accrual → simulated entries and the closed form; site groups → an
 * enrollment Monte Carlo (same model as mrct forecast), each run's entry times, then events;
 * expected events averaged over the runs' closed forms (expected-from-runs.ts).
 */
export function runEventsSpec(spec: EventsSpec, runs: number, seed: number | string): EventsResult {
  if (spec.accrual.kind === 'uniform') {
    const { n, months } = spec.accrual;
    const times = simulateUniformAccrual(spec.model, n, months, spec.required, runs, seed);
    return finish(times, expectedEventsAt(spec.model, uniformAccrual(n, months), spec.at), runs, seed);
  }
  const { n, input } = spec.accrual;
  const sites = (input.sites as SiteGroup[]).reduce((k, g) => k + g.count, 0);
  if (runs * sites > MAX_EVENT_SITE_RUNS) {
    throw new RangeError(
      `runs × sites = ${(runs * sites).toLocaleString('en-US')} is above ${MAX_EVENT_SITE_RUNS.toLocaleString('en-US')}: use fewer runs (--runs ${Math.max(1, Math.floor(MAX_EVENT_SITE_RUNS / sites))})`,
    );
  }
  const enrollment: EnrollmentRuns = {
    runs,
    sites,
    lpiMonths: new Float64Array(runs),
    activationMonths: new Float32Array(runs * sites),
    siteRates: new Float32Array(runs * sites),
  };
  forecast(input, {
    method: 'monte-carlo',
    runs,
    seed,
    collect: {
      lpiMonths: enrollment.lpiMonths as Float64Array,
      activationMonths: enrollment.activationMonths as Float32Array,
      siteRates: enrollment.siteRates as Float32Array,
    },
  });
  const times = simulateFromEnrollmentRuns(spec.model, n, spec.required, enrollment, eventSeed(seed));
  const expected = expectedEventsFromRuns(spec.model, n, enrollment, spec.at);
  return finish(
    times,
    spec.at.map((month, j) => ({ month, expectedEvents: expected[j]! })),
    runs,
    seed,
  );
}

function finish(
  times: Float64Array,
  at: EventsResult['at'],
  runs: number,
  seed: number | string,
): EventsResult {
  let reached = 0;
  for (const t of times) if (Number.isFinite(t)) reached++;
  return { timeToEvents: summariseTimes(times), at, runs, seed, pReached: reached / Math.max(1, runs) };
}
