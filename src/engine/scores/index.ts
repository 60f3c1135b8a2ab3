export { scoreScenarios, rankScenarios, normaliseWeights } from './score';
export {
  SPEED_WEIGHTS,
  FEASIBILITY_WEIGHTS,
  REACH_WEIGHTS,
  LATENESS_HALVING_MONTHS,
  COST_STEEPNESS,
  lpiPoints,
  startPoints,
  anchoredCostPoints,
  perPatientPoints,
  budgetPoints,
  latenessPoints,
} from './subscores';
export {
  topShare,
  topDecilePoints,
  slipPoints,
  concentrationScore,
  TOP_DECILE_ANCHORS,
  SLIP_HALVING,
} from './concentration';
export * from './types';
