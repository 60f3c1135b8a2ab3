/** Inputs and results of the scenario scores. Times are months from the plan start (first submission). */

/** One line of a "why" panel. */
export interface ExplanationInput {
  label: string;
  value: number;
  unit: string;
  source?: string;
}

/** The formula and the numbers that produced a score. */
export interface Explanation {
  /** The result in plain words: what was measured, against which anchor. */
  summary: string;
  formula: string;
  inputs: ExplanationInput[];
}

/** A score in [0, 100] with its explanation. */
export interface SubScore {
  score: number;
  explanation: Explanation;
}

/** A region's expected share of randomised patients against its required minimum. */
export interface RegionOutcome {
  region: string;
  /** Expected share of randomised patients (0–1). */
  expectedShare: number;
  /** Required minimum share (0–1); 0 = no requirement. */
  requiredShare: number;
  /** Probability (0–1) the share is met at the end of enrollment. */
  pMet: number;
}

/** What the engines predict for one scenario: the input of the scores. */
export interface ScenarioOutcome {
  id: string;
  name: string;
  /** Months from plan start; Infinity when it never happens. */
  firstSiteActivatedP50: number;
  firstPatientInP50: number;
  lastPatientInP50: number;
  lastPatientInP90: number;
  /** P(target randomised by the deadline), 0–1. */
  pReachByDeadline: number;
  /** Reporting currency (net of refundable incentives). */
  expectedTotalCost: number;
  /** Reporting currency per randomised patient. */
  costPerRandomised: number;
  /** How late the target is against the deadline (expected months late, P within +3 / +6 months). */
  lateness: LatenessOutcome;
  /** How much the plan depends on its biggest sites and its largest country. */
  concentration: ConcentrationOutcome;
  regions: RegionOutcome[];
}

/** The time to target T against the deadline D. */
export interface LatenessOutcome {
  /** E[(T − D)⁺], months (Infinity when some runs never reach the target). */
  expectedMonthsLate: number;
  /** P(T ≤ D + 3 months), 0–1. */
  pWithin3Months: number;
  /** P(T ≤ D + 6 months), 0–1. */
  pWithin6Months: number;
}

/** What the plan loses if one contributor (the top site, the largest country) enrolls nothing. */
export interface DependenceOutcome {
  name: string;
  /** Its share (0–1) of expected enrollment. */
  share: number;
  /** P(target by the deadline) without it, 0–1. */
  pReachWithout: number;
  /** Median months to the target without it (Infinity when never). */
  lastPatientInP50Without: number;
}

/** Dependence on a few contributors: the risk that one site or one country under-delivers. */
export interface ConcentrationOutcome {
  siteCount: number;
  /** Sites in the top decile: ⌈10% of the sites⌉, at least one. */
  topDecileSites: number;
  /** Share (0–1) of expected enrollment from the top-decile sites by expected enrollment. */
  topDecileShare: number;
  topSite: DependenceOutcome | undefined;
  topCountry: DependenceOutcome | undefined;
}

export interface ScoreWeights {
  speed: number;
  cost: number;
  feasibility: number;
  regional: number;
}

/** Anchors that make a single scenario's scores meaningful on their own. */
export interface ScoreContext {
  /** Enrollment deadline, months from plan start (> 0). */
  deadlineMonths: number;
  /** ISO 4217 code of the costs. */
  currency: string;
  /** Units of the reporting currency per USD (to convert the USD benchmark). Default 1. */
  reportingPerUsd?: number;
  /** Optional budget for the whole trial, reporting currency. */
  budget?: number;
  /**
   * Benchmark whole-trial cost per randomised patient in USD, where the cost score is 50 (from
   * data/reference/score-anchors.json; see docs/scores.md).
   */
  perPatientBenchmarkUsd: { value: number; source: string };
  /** settings.scoreWeights; normalised to sum 1 (all zero → equal weights). */
  weights: ScoreWeights;
}

export interface ScenarioScore {
  id: string;
  name: string;
  speed: SubScore;
  cost: SubScore;
  feasibility: SubScore;
  /** The concentration term of feasibility, shown on its own. */
  concentration: SubScore;
  regional: SubScore;
  composite: SubScore;
  /** 1 = best composite among the scored scenarios. */
  rank: number;
}
