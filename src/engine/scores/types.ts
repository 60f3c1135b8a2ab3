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
  /**
   * Share (0–1) of expected enrollment that comes from the riskiest decile of sites (see
   * `riskiestShare`): high = the plan leans on sites whose enrollment is least predictable.
   */
  riskiestShare: number;
  regions: RegionOutcome[];
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
  /** Per-randomised-patient benchmark in USD; default Moore et al. 2020 median US$41,413. */
  perPatientBenchmarkUsd?: { value: number; source: string };
  /** settings.scoreWeights; normalised to sum 1 (all zero → equal weights). */
  weights: ScoreWeights;
}

export interface ScenarioScore {
  id: string;
  name: string;
  speed: SubScore;
  cost: SubScore;
  feasibility: SubScore;
  regional: SubScore;
  composite: SubScore;
  /** 1 = best composite among the scored scenarios. */
  rank: number;
}
