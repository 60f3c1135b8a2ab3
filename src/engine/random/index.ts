export { Sfc32 } from './sfc32';
export {
  sampleUniform,
  sampleNormal,
  sampleStdNormal,
  sampleGamma,
  sampleTriangular,
  samplePoisson,
  fitLognormalFromTriangle,
  sampleShiftedLognormal,
  LOGNORMAL_MAX_PERCENTILE,
} from './samplers';
export type { ShiftedLognormal } from './samplers';
