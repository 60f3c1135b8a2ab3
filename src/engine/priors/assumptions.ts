import { recruitmentBenchmarks } from '../../domain/reference/index';

/**
 * Modelling assumptions of the site rate prior. None of these has a single published value; each
 * is a stated, documented choice that the explanation shows to the user.
 */
export const PRIOR_ASSUMPTIONS = {
  /**
   * Coefficient of variation of a site's rate around the country × area default when nothing else
   * is known: 1/√α with α the between-site Gamma shape fitted on ClinicalTrials.gov
   * (benchmarks.json priorDispersion; docs/benchmarks.md). It was 1 (an assumption calibrated to
   * 11–17% non-enrolling sites); the registry says sites vary more (CV ≈ 1.7), partly because
   * listed sites include some that never enrolled.
   */
  countryCv: recruitmentBenchmarks.siteCv,
  /**
   * Each past trial of the PI in this therapeutic area counts as this many site-months of
   * observed enrolment at their historical rate (ASSUMPTION: past trials had other protocols, so
   * one trial is worth much less than its real duration).
   */
  monthsPerPastTrial: 2,
  /** Past trials beyond this count add no more weight (ASSUMPTION: avoids over-confidence). */
  maxPastTrialsCounted: 6,
  /**
   * The site's own feasibility estimate counts as this many site-months of evidence after the
   * optimism discount (ASSUMPTION: a questionnaire answer is weaker evidence than one past trial).
   */
  selfEstimateMonths: 1.5,
  /**
   * Competing trials recruiting the same population divide the rate by (1 + k × this)
   * (ASSUMPTION: each competitor takes roughly a seventh of the eligible patients; hyperbolic so
   * the factor never reaches zero). 2 competitors → × 0.77.
   */
  competitionPenaltyPerTrial: 0.15,
  /** Horizon for the "no patient at all" calibration figure, months. */
  zeroHorizonMonths: 12,
} as const;

export type PriorAssumptions = { -readonly [K in keyof typeof PRIOR_ASSUMPTIONS]: number };
