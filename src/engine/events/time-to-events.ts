import { Sfc32 } from '../random/sfc32';
import { quantileSorted } from '../stats/quantile';
import { twoArms } from './expected-events';
import type { EventModel } from './hazard-model';
import { entriesFromSites, timeToEventD, uniformEntries } from './simulate';

/** Mean and quantiles of a time (months); Infinity where runs never reach it. */
export interface TimeSummary {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

/** Summary of per-run times (sorts `times` in place). Mean is Infinity if any run is Infinity. */
export function summariseTimes(times: Float64Array): TimeSummary {
  if (times.length === 0) return { mean: NaN, p10: NaN, p50: NaN, p90: NaN };
  times.sort();
  let sum = 0;
  for (let i = 0; i < times.length; i++) sum += times[i]!;
  return {
    mean: sum / times.length,
    p10: quantileSorted(times, 0.1),
    p50: quantileSorted(times, 0.5),
    p90: quantileSorted(times, 0.9),
  };
}

/** What both simulations below reuse across runs: the seeded generator, the arms and n-patient buffers. */
function eventRunState(model: EventModel, n: number, seed: number | string) {
  return {
    rng: new Sfc32(seed),
    arms: twoArms(model),
    entry: new Float64Array(n),
    scratch: new Float64Array(n),
  };
}

/** Per-run month of the D-th event with n patients entering uniformly on [0, months]. */
export function simulateUniformAccrual(
  model: EventModel,
  n: number,
  months: number,
  required: number,
  runs: number,
  seed: number | string,
): Float64Array {
  const { rng, arms, entry, scratch } = eventRunState(model, n, seed);
  const out = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    uniformEntries(n, months, rng, entry);
    out[r] = timeToEventD(arms, entry, n, required, rng, scratch);
  }
  return out;
}

/**
 * Per-run samples of an enrollment Monte Carlo: run r's month of the n-th randomisation and its
 * site openings/rates at [r × sites, (r + 1) × sites) (NaN opening: never opened).
 */
export interface EnrollmentRuns {
  runs: number;
  sites: number;
  lpiMonths: ArrayLike<number>;
  activationMonths: Float32Array | Float64Array;
  siteRates: Float32Array | Float64Array;
}

/**
 * Per-run month of the D-th event for each enrollment run: the run's entry times (entriesFromSites)
 * then each patient's event and dropout. A run that never reaches n patients never reaches D events.
 */
export function simulateFromEnrollmentRuns(
  model: EventModel,
  n: number,
  required: number,
  enrollment: EnrollmentRuns,
  seed: number | string,
): Float64Array {
  const { rng, arms, entry, scratch } = eventRunState(model, n, seed);
  const { runs, sites } = enrollment;
  const order = new Int32Array(sites);
  const knotT = new Float64Array(sites);
  const knotL = new Float64Array(sites);
  const knotS = new Float64Array(sites);
  const out = new Float64Array(runs);
  for (let r = 0; r < runs; r++) {
    const lpi = enrollment.lpiMonths[r]!;
    if (!Number.isFinite(lpi)) {
      out[r] = Infinity;
      continue;
    }
    const open = enrollment.activationMonths.subarray(r * sites, (r + 1) * sites);
    const rate = enrollment.siteRates.subarray(r * sites, (r + 1) * sites);
    entriesFromSites(open, rate, sites, lpi, n, rng, order, knotT, knotL, knotS, entry);
    out[r] = timeToEventD(arms, entry, n, required, rng, scratch);
  }
  return out;
}
