/**
 * Default assumptions of the cost model. Each is an ASSUMPTION (no public figure pins it down) and
 * every one can be overridden through CostInput; docs/cost-model.md explains them.
 */

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
