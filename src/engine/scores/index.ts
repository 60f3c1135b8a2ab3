export { scoreScenarios, rankScenarios, normaliseWeights } from './score';
export {
  PER_PATIENT_BENCHMARK_USD,
  SPEED_WEIGHTS,
  FEASIBILITY_WEIGHTS,
  CONCENTRATION_ANCHORS,
  lpiPoints,
  startPoints,
  perPatientPoints,
  budgetPoints,
} from './subscores';
export { riskiestShare, gammaPoissonCv } from './riskiest';
export * from './types';
