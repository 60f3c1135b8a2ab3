export { logGamma, logBeta } from './logGamma';
export { regularizedGammaP, regularizedGammaQ, gammaCdf } from './incompleteGamma';
export { regularizedBeta, inverseRegularizedBeta } from './incompleteBeta';
export { erfc, normalCdf, normalQuantile } from './normal';
export { quantileSorted, discreteQuantileSorted } from './quantile';
export { negBinCdf, negBinQuantile, negBinSurvivalAtLeast } from './negativeBinomial';
