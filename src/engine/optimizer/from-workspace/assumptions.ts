/**
 * Stated assumptions of the workspace → optimizer bridge. Each is a documented modelling choice;
 * README.md in this folder explains them.
 */

/**
 * US per-patient site payment and the screening share: one source for the cost model and the
 * optimizer, the reference data (data/reference/cost-benchmarks.json via studyCostDefaults).
 */
export { studyCostDefaults } from '../../../domain/reference/cost-benchmarks';

/** Monte Carlo runs used to estimate each country's activation-time moments. */
export const OPENING_SAMPLE_RUNS = 4000;

/**
 * A market's requirement counts as "met" when the scenario delivers the share with at least this
 * probability, and the optimizer asks the same of its mixes (P(share ≥ required) ≥ 0.8), so an
 * adopted optimum reads "met" in the consistency panel. 0.8 mirrors MHLW Method 1's usual CP.
 */
export const MET_PROBABILITY = 0.8;

/** Below this probability the requirement is "not met" (the expected share falls short). */
export const AT_RISK_PROBABILITY = 0.5;
