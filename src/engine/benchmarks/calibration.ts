import { forecastStudy, kFoldRecords, summarise, summariseBy } from './backtest';
import type { BenchmarkStudy } from './eligibility';
import { foldOf } from './eligibility';
import { fitRecruitmentModel, type FittedModel } from './fit';

/** Folds of the back-test. */
export const KFOLD = 5;
/** Salt of the hash that picks the 20% of studies no fit sees in the hold-out check. */
export const HOLDOUT_SALT = '#holdout';

/**
 * Calibration of the model (benchmarks-calibration.json): k-fold back-test (each study forecast by
 * a fit without its fold) overall, by phase and by area; and a hold-out check where 20% of studies
 * are set aside before any fitting and forecast by a model fitted on the other 80% only.
 */
export function deriveCalibration(eligible: readonly BenchmarkStudy[], full: FittedModel) {
  const records = kFoldRecords(eligible, KFOLD, full);
  const train = eligible.filter((s) => foldOf(s.nct + HOLDOUT_SALT, 5) !== 0);
  const test = eligible.filter((s) => foldOf(s.nct + HOLDOUT_SALT, 5) === 0);
  const holdoutModel = fitRecruitmentModel(train);
  return {
    kFold: {
      k: KFOLD,
      overall: summarise(records),
      byPhase: summariseBy(records, (r) => r.phase),
      byArea: summariseBy(records, (r) => r.area),
    },
    holdout: {
      share: 0.2,
      trainedOn: train.length,
      overall: summarise(test.map((s) => forecastStudy(holdoutModel, s))),
    },
  };
}
export type Calibration = ReturnType<typeof deriveCalibration>;
