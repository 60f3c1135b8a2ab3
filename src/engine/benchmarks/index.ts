export { ctgovStudySchema, parseCtgovJsonl, type CtgovStudy, type CtgovLineError } from './ctgov-study';
export {
  classifyArea,
  benchmarkPhase,
  BENCHMARK_PHASES,
  type BenchmarkArea,
  type BenchmarkPhase,
} from './classify';
export { enrollmentPeriod, parseFollowUpMonths, MAX_FOLLOW_UP_SHARE } from './enrollment-period';
export { eligibleStudies, toBenchmarkStudy, foldOf, type BenchmarkStudy } from './eligibility';
export { fitRecruitmentModel, BENCHMARK_AREAS, regionOf, type FittedModel } from './fit';
export {
  studyRateDistribution,
  enrollmentTimeQuantile,
  enrollmentTimeCdf,
  countryLogEffect,
  type PlannedStudy,
} from './predict';
export {
  forecastStudy,
  summarise,
  summariseBy,
  kFoldRecords,
  recordsForFile,
  type BacktestRecord,
  type CalibrationSummary,
} from './backtest';
export {
  deriveBenchmarks,
  DATASET,
  MODEL_NAME,
  ELIGIBILITY,
  MIN_STUDIES_FOR_COUNTRY,
  type Benchmarks,
} from './derive';
export { deriveCalibration, HOLDOUT_SALT, KFOLD } from './calibration';
export {
  countryBenchmarks,
  areaBenchmarks,
  type BenchmarksData,
  type BenchmarkFilter,
  type CountryBenchmark,
} from './view';
export {
  toComparable,
  findComparable,
  rateSummary,
  describePlanAgainst,
  sitesIn,
  type ComparableTrial,
  type ComparableQuery,
} from './comparable';
