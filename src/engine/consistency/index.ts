export { bivariateNormalCdf } from './bivariate-normal';
export {
  method1Probability,
  method1MinFraction,
  method1ConditionalProbability,
  method1ConditionalMinFraction,
  method2Probability,
  type ConsistencyDesign,
} from './mhlw';
export {
  shareProbabilityFromMoments,
  shareProbabilityFromSamples,
  shareProbabilityFromCounts,
  type CountMoments,
} from './share-probability';
