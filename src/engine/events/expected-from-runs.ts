import { expectedEvents, twoArms, type AccrualPoint } from './expected-events';
import type { EventModel } from './hazard-model';
import type { EnrollmentRuns } from './time-to-events';

/**
 * Expected events over calendar time for an enrollment Monte Carlo, in closed form per run.
 *
 * Given a run's openings u_i, rates λ_i and month T of the n-th randomisation, its expected accrual
 * path is piecewise linear: (n − 1)·Λ(e)/Λ(T) on [0, T] (knots at the openings), then the n-th
 * patient at T (time-to-events.ts explains why). Expected events are linear in the accrual, so
 * each run's E(t) is the closed form on that path (expected-events.ts), and the forecast's E(t) is
 * their average. Runs that never reach n use their own path up to the last month reported
 * (the capped Poisson mean Λ(t), at most n).
 */
export function runAccrualPath(
  open: ArrayLike<number>,
  rate: ArrayLike<number>,
  sites: number,
  lpi: number,
  n: number,
  horizon: number,
): AccrualPoint[] {
  const opened: { u: number; l: number }[] = [];
  for (let i = 0; i < sites; i++) {
    const u = open[i]!;
    const l = rate[i]!;
    if (l > 0 && u < Math.min(lpi, horizon)) opened.push({ u, l });
  }
  opened.sort((a, b) => a.u - b.u);
  const end = Number.isFinite(lpi) ? lpi : horizon;
  const knots: { month: number; lambda: number }[] = [{ month: 0, lambda: 0 }];
  let lambda = 0;
  let slope = 0;
  let prev = 0;
  for (const s of opened) {
    lambda += slope * (s.u - prev);
    knots.push({ month: s.u, lambda });
    slope += s.l;
    prev = s.u;
  }
  const totalLambda = lambda + slope * (end - prev);
  knots.push({ month: end, lambda: totalLambda });
  if (totalLambda <= 0)
    return Number.isFinite(lpi)
      ? [
          { month: lpi, cumulative: 0 },
          { month: lpi, cumulative: n },
        ]
      : [{ month: 0, cumulative: 0 }];
  // Reached: scale Λ to n − 1 and add the n-th patient at T. Not reached: Λ itself, capped at n.
  const scale = Number.isFinite(lpi) ? (n - 1) / totalLambda : 1;
  const path = knots.map((k) => ({ month: k.month, cumulative: Math.min(n, k.lambda * scale) }));
  if (Number.isFinite(lpi)) path.push({ month: lpi, cumulative: n });
  return path;
}

/** Expected events at each month, averaged over (up to `maxRuns` of) the enrollment runs. */
export function expectedEventsFromRuns(
  model: EventModel,
  n: number,
  enrollment: EnrollmentRuns,
  months: number[],
  maxRuns = 2000,
): number[] {
  const arms = twoArms(model);
  const horizon = Math.max(0, ...months);
  const use = Math.min(enrollment.runs, maxRuns);
  const totals = new Float64Array(months.length);
  const { sites } = enrollment;
  for (let r = 0; r < use; r++) {
    const open = enrollment.activationMonths.subarray(r * sites, (r + 1) * sites);
    const rate = enrollment.siteRates.subarray(r * sites, (r + 1) * sites);
    const path = runAccrualPath(open, rate, sites, enrollment.lpiMonths[r]!, n, horizon);
    for (let j = 0; j < months.length; j++) totals[j] = totals[j]! + expectedEvents(arms, path, months[j]!);
  }
  return Array.from(totals, (x) => x / Math.max(1, use));
}
