export { computeCost } from './compute';
export { costDistribution } from './distribution';
export { AU_RDTI_DEFAULT, rdtiRuleFromReference, type RdTaxIncentiveRule } from './incentive';
export * from './constants';
export * from './types';
export { COST_CATEGORY_LABELS } from './labels';
export {
  sigmaFromRange,
  unitCostSigma,
  UNIT_COST_SIGMA_BY_EVIDENCE,
  UNIT_COST_SIGMA_LARGE_STUDY,
} from './unit-cost-spread';
