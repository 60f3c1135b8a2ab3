/**
 * Default assumptions of the cost model. Each is an ASSUMPTION (no public figure pins it down) and
 * every one can be overridden through CostInput; docs/cost-model.md explains them.
 */

/**
 * A screen failure costs this share of a randomised patient's grant: it consumes the screening
 * visit(s) and tests but none of the treatment schedule. Assumption; override per country with
 * `perScreenFailureCost`.
 */
export const DEFAULT_SCREEN_FAILURE_COST_FRACTION = 0.2;

/**
 * Monitoring visits per open site-month when no CRO monitoring rate applies: Eisenstein et al.
 * (Clin Trials 2008) model 24 visits per site over a ~4-year trial ≈ 0.5 per month.
 */
export const DEFAULT_MONITORING_VISITS_PER_SITE_MONTH = 0.5;

/**
 * ± band on foreign-currency spend the sponsor carries (FX policy pass-through, or sponsor-run):
 * roughly one year's volatility of major currency pairs against the USD (~8–12%). Assumption.
 */
export const DEFAULT_FX_PASS_THROUGH_BAND_PCT = 0.1;

/** Cost of hedging foreign-currency spend (forward points and fees), share of the hedged spend. Assumption. */
export const DEFAULT_HEDGING_COST_PCT = 0.01;

/** Open periods are cut at this many months when the target is never reached. */
export const DEFAULT_COST_HORIZON_MONTHS = 60;

/**
 * US per-randomised-patient site payment (investigator grant for the whole schedule), USD, that
 * each country's per-patient cost index scales. Eisenstein et al. (Clin Trials 2008) modelled
 * US$10,000 per patient (2007 money); oncology grants today run higher, so it is an obvious input:
 * override per scenario with `cost:usPerPatientUsd`. Shared by the cost model and the optimizer.
 */
export const US_PER_PATIENT_GRANT_USD = 10_000;
