import { addMonthsToDate, daysBetween } from '../../domain/dates';
import type { Study } from '../../domain/workspace/index';
import {
  eventModelOf,
  eventSeed,
  simulateFromEnrollmentRuns,
  summariseTimes,
  type TimeSummary,
} from '../events/index';
import type { ActivationSummary, ForecastSamples } from '../forecast/index';
import { DAYS_PER_MONTH } from '../forecast/index';

/**
 * The study's milestones with uncertainty (issue 19): first site activated, first patient in,
 * last patient in, the analysis trigger (required events, or end of fixed follow-up), database
 * lock and topline. Months are from the planned first submission, like every other time in the
 * evaluation; dates are those months on the calendar (P10/P50/P90).
 *
 * The analysis trigger is computed per Monte Carlo run from that run's enrollment: event-driven →
 * the run's entry times (from its site openings, rates and LPI) then each patient's event and
 * dropout (src/engine/events); enrollment-driven → the run's LPI + follow-up. Database lock and
 * topline add fixed lags, so their quantiles are the trigger's shifted. Cost can use these (#16).
 */
export type MilestoneId =
  'firstSiteActivated' | 'firstPatientIn' | 'lastPatientIn' | 'analysisTrigger' | 'databaseLock' | 'topline';

export interface Milestone {
  id: MilestoneId;
  label: string;
  /** Months from the planned first submission (Infinity: not reached in that share of runs). */
  months: TimeSummary;
  /** Calendar dates of P10/P50/P90 (null when not reached). */
  dates: { p10: string | null; p50: string | null; p90: string | null };
}

export interface MilestonesResult {
  kind: Study['endpoint']['kind'];
  milestones: Milestone[];
  /** Per-run month of topline (same run order as the forecast samples), for cost or other models. */
  toplineMonths: Float64Array;
  /** What the speed score and P(deadline) use (the study's setting). */
  scoring: {
    milestone: 'lpi' | 'topline';
    deadlineMonths: number;
    p50: number;
    p90: number;
    pByDeadline: number;
  };
}

const LABELS: Record<MilestoneId, string> = {
  firstSiteActivated: 'First site activated',
  firstPatientIn: 'First patient in',
  lastPatientIn: 'Last patient in',
  analysisTrigger: 'Required events',
  databaseLock: 'Database lock',
  topline: 'Topline results',
};

function datesOf(submission: string, s: { p10: number; p50: number; p90: number }): Milestone['dates'] {
  const d = (m: number) => (Number.isFinite(m) ? addMonthsToDate(submission, m) : null);
  return { p10: d(s.p10), p50: d(s.p50), p90: d(s.p90) };
}

function fromActivation(a: ActivationSummary | undefined): TimeSummary {
  if (!a) return { mean: Infinity, p10: Infinity, p50: Infinity, p90: Infinity };
  return { mean: a.mean, p10: a.p10, p50: a.p50, p90: a.p90 };
}

function shift(s: TimeSummary, by: number): TimeSummary {
  return { mean: s.mean + by, p10: s.p10 + by, p50: s.p50 + by, p90: s.p90 + by };
}

/**
 * Runs used for the event-driven trigger: the first 4,000 of the forecast's runs. Why: each run
 * simulates every patient (600 in the sample), so 10,000 runs is 6 million patient draws; 4,000
 * runs give P10/P50/P90 with a standard error under 1% of the P10–P90 width and keep the edit →
 * result time (bench/events.bench.ts).
 */
export const MAX_EVENT_RUNS = 4_000;

export interface MilestoneInputs {
  study: Study;
  firstSiteActivated: ActivationSummary;
  firstPatientIn: ActivationSummary | undefined;
  /** The plan forecast's per-run samples (siteRates needed for an event-driven endpoint). */
  samples: ForecastSamples;
  runs: number;
  sites: number;
  seed: number;
  enrollmentDeadlineMonths: number;
}

export function computeMilestones(x: MilestoneInputs): MilestonesResult {
  const { study, samples, runs } = x;
  const endpoint = study.endpoint;
  const lpiRuns = samples.lpiMonths.subarray(0, runs);
  let trigger: Float64Array;
  if (endpoint.kind === 'events' && samples.siteRates) {
    const eventRuns = Math.min(runs, MAX_EVENT_RUNS);
    const enrollment = {
      runs: eventRuns,
      sites: x.sites,
      lpiMonths: lpiRuns,
      activationMonths: samples.activationMonths,
      siteRates: samples.siteRates,
    };
    trigger = simulateFromEnrollmentRuns(
      eventModelOf(endpoint),
      study.targetRandomised,
      endpoint.requiredEvents,
      enrollment,
      eventSeed(x.seed),
    );
  } else {
    trigger = Float64Array.from(lpiRuns, (t) => t + endpoint.followUpMonths);
  }
  const lag = endpoint.dbLockLagMonths + endpoint.toplineLagMonths;
  const toplineMonths = Float64Array.from(trigger, (t) => t + lag);
  const lpi = summariseTimes(Float64Array.from(lpiRuns));
  const readoutDeadline = endpoint.readoutDeadline;
  const scoreOnTopline = endpoint.scoreOn === 'topline' && readoutDeadline !== undefined;
  const deadlineMonths = scoreOnTopline
    ? daysBetween(study.plannedFirstSubmission, readoutDeadline) / DAYS_PER_MONTH
    : x.enrollmentDeadlineMonths;
  const scored = scoreOnTopline ? toplineMonths : lpiRuns;
  let met = 0;
  for (const t of scored) if (t <= deadlineMonths) met++;
  const scoredRuns = scored.length;
  const triggerSummary = summariseTimes(trigger);
  const months: Record<MilestoneId, TimeSummary> = {
    firstSiteActivated: fromActivation(x.firstSiteActivated),
    firstPatientIn: fromActivation(x.firstPatientIn),
    lastPatientIn: lpi,
    analysisTrigger: triggerSummary,
    databaseLock: shift(triggerSummary, endpoint.dbLockLagMonths),
    topline: shift(triggerSummary, lag),
  };
  const milestones = (Object.keys(LABELS) as MilestoneId[]).map((id) => ({
    id,
    label:
      id === 'analysisTrigger'
        ? endpoint.kind === 'events'
          ? `${endpoint.requiredEvents} events`
          : `End of follow-up (${endpoint.followUpMonths} months)`
        : LABELS[id],
    months: months[id],
    dates: datesOf(study.plannedFirstSubmission, months[id]),
  }));
  const scoredSummary = scoreOnTopline ? months.topline : lpi;
  return {
    kind: endpoint.kind,
    milestones,
    toplineMonths,
    scoring: {
      milestone: scoreOnTopline ? 'topline' : 'lpi',
      deadlineMonths,
      p50: scoredSummary.p50,
      p90: scoredSummary.p90,
      pByDeadline: met / Math.max(1, scoredRuns),
    },
  };
}
