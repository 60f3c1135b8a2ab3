/** Minimum / most likely / maximum of an uncertain duration (days in start-up, months elsewhere). */
export interface Tri {
  min: number;
  mode: number;
  max: number;
}

/** When a site opens, in months from study start: fixed, or a distribution of independent draws. */
export type Opening =
  | { kind: 'fixed'; month: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'triangular'; min: number; mode: number; max: number };

/** Codes stored in {@link SiteArrays.openKind}. */
export const OPEN_FIXED = 0;
export const OPEN_UNIFORM = 1;
export const OPEN_TRIANGULAR = 2;

/**
 * Sites as parallel typed arrays (struct of arrays): the Monte Carlo loop reads them without
 * allocating or chasing object pointers. Build with `sitesFromGroups` or directly.
 */
export interface SiteArrays {
  /** Number of sites C. */
  count: number;
  /** Gamma prior shape α_i of the site's rate. */
  shape: Float64Array;
  /** Gamma prior RATE β_i (patients/site/month prior mean = α_i/β_i). */
  rate: Float64Array;
  /** OPEN_FIXED | OPEN_UNIFORM | OPEN_TRIANGULAR; ignored when the input has a start-up plan. */
  openKind: Uint8Array;
  /** fixed: month; uniform/triangular: min (months). */
  openA: Float64Array;
  /** uniform/triangular: max (months). */
  openB: Float64Array;
  /** triangular: mode (months). */
  openC: Float64Array;
  /** Index into `countryIds`. */
  country: Int32Array;
  /** Per-site cap on counted patients; Infinity = none. */
  cap: Float64Array;
  /** Probability the site never activates (used when there is no start-up plan). */
  pNever: Float64Array;
}

/** A block of identical sites, the convenient way to describe a plan. */
export interface SiteGroup {
  count: number;
  shape: number;
  /** Gamma RATE, per month. */
  rate: number;
  /** Month, or a distribution. Default 0. */
  opensAt?: number | Opening;
  countryId?: string;
  cap?: number;
  pNever?: number;
}

/** Start-up durations of one country (days). */
export interface CountryStartup {
  countryId: string;
  regulatoryDays: Tri;
  ethicsDays: Tri;
  ethicsMode: 'parallel' | 'sequential';
  /** Import licence, China HGRAC…: start after country approval, run concurrently, all must clear. */
  gateDays: Tri[];
  /** Per site. */
  contractDays: Tri;
  /** Per site. */
  initiationDays: Tri;
  /** Probability that a given site never activates. */
  pNeverActivate: number;
}

/** Start-up plan: replaces the per-site `openKind` openings when present. */
export interface StartupPlan {
  countries: CountryStartup[];
  distribution?: 'triangular' | 'lognormal';
  /** Month (from study start) at which the start-up clocks begin. Default 0. */
  studyStartMonth?: number;
}

/**
 * Thinning of the process. Site priors are rates of patients ENTERING SCREENING when
 * `screenFailure` is set (leave it 0 if priors are already randomised patients). The target
 * counts randomised patients, or evaluable ones when `countEvaluable` (then `dropout` thins too).
 * Caps are in the same unit as the target.
 */
export interface Thinning {
  screenFailure?: number;
  dropout?: number;
  countEvaluable?: boolean;
}

export interface ForecastInput {
  /** Patients to count (randomised, or evaluable — see Thinning). */
  target: number;
  sites: SiteArrays | SiteGroup[];
  /** Index → id for `SiteArrays.country`; built automatically from groups. */
  countryIds?: string[];
  /** Competitive-enrolment caps: a country stops recruiting at its cap. */
  countryCaps?: Record<string, number>;
  startup?: StartupPlan;
  thinning?: Thinning;
  /** Month by which the target should be met (for pReachByDeadline). */
  deadline?: number;
  /** Months at which to report count mean/variance/P(≥ target). */
  at?: number[];
  /** Re-forecast: "now" in months; no site opens before it; counting continues from here. */
  now?: number;
  /** Re-forecast: patients already counted (actuals), total and per country id. */
  alreadyCounted?: number;
  alreadyCountedByCountry?: Record<string, number>;
}

export type ForecastMethod = 'exact' | 'approx' | 'monte-carlo';

export interface ForecastOptions {
  method?: ForecastMethod | 'auto';
  /** Monte Carlo runs (default 10 000). */
  runs?: number;
  /** Monte Carlo seed (default 1): identical seeds give identical results. */
  seed?: number | string;
  /** Months at which to report the enrollment curve; default none. */
  curveMonths?: number[];
  /**
   * Monte Carlo only: arrays to fill with each run's raw draws, for models that need the joint
   * samples (the cost model: how long each site stays open in that run). `lpiMonths[r]` = time to
   * target (Infinity if never); `activationMonths[r × sites + i]` = site i's opening (NaN = never).
   */
  collect?: ForecastSamples;
}

/** Per-run draws a Monte Carlo forecast can hand back (see ForecastOptions.collect). */
export interface ForecastSamples {
  lpiMonths: Float64Array;
  activationMonths: Float32Array;
  /**
   * Optional: site i's enrollment rate in run r (patients/month, 0 if it never opens), at
   * [r × sites + i]. With the openings and LPI it fixes the run's entry-time density (events
   * engine, src/engine/events).
   */
  siteRates?: Float32Array;
}

export interface CurvePoint {
  month: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}

export interface AtPoint {
  month: number;
  mean: number;
  variance: number;
  /** P(count at month ≥ target). */
  pReachTarget: number;
}

export interface ForecastResult {
  method: ForecastMethod;
  runs?: number;
  seed?: number | string;
  /**
   * Months from study start. Runs that never reach the target count as +Infinity: a quantile
   * beyond the reaching fraction is Infinity and the mean is Infinity if any run never reaches.
   */
  timeToTarget: { mean: number; p10: number; p50: number; p90: number };
  /** P(target reached by `deadline`); NaN when no deadline was given. */
  pReachByDeadline: number;
  curve: CurvePoint[];
  /**
   * Expected number counted in each country AT THE MOMENT THE TARGET IS REACHED (the regional
   * composition of the trial population, which regional-consistency planning needs), including
   * actuals. Monte Carlo averages over runs that reach the target.
   */
  expectedByCountry: Record<string, number>;
  at?: AtPoint[];
  /** How late the target is against `deadline` (absent without a deadline, or from the exact method). */
  lateness?: DeadlineLateness;
}

/** The time to target T against the deadline D, months: the feasibility score's input. */
export interface DeadlineLateness {
  /** E[(T − D)⁺]: expected months late (0 when always on time; Infinity if some runs never reach). */
  expectedMonthsLate: number;
  /** P(T ≤ D + 3 months). */
  pWithin3Months: number;
  /** P(T ≤ D + 6 months). */
  pWithin6Months: number;
}

/** Raised when a method cannot handle an input (e.g. 'exact' with staggered openings). */
export class ForecastNotApplicableError extends Error {
  constructor(
    readonly method: ForecastMethod,
    reason: string,
  ) {
    super(`The ${method} method does not apply: ${reason}`);
    this.name = 'ForecastNotApplicableError';
  }
}
