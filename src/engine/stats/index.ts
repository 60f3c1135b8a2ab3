export { logGamma, logBeta } from './log-gamma';
export { regularizedGammaP, regularizedGammaQ, gammaCdf } from './incomplete-gamma';
export { regularizedBeta, inverseRegularizedBeta } from './incomplete-beta';
export { erfc, normalCdf, normalQuantile } from './normal';
export {
  quantileSorted,
  discreteQuantileSorted,
  quantilesInPlace,
  discreteQuantileInPlace,
} from './quantile';
export { selectKth } from './select';
export { negBinCdf, negBinQuantile, negBinSurvivalAtLeast } from './negative-binomial';
export { GAUSS_LEGENDRE_8_NODES, GAUSS_LEGENDRE_8_WEIGHTS } from './gauss-legendre';
