export { forecast, DEFAULT_RUNS, DEFAULT_SEED } from './forecast';
export { sitesFromGroups, allocateSites, setOpening } from './sites';
export { exactTimeQuantile } from './exact';
export { DAYS_PER_MONTH } from './startupSampling';
export * from './types';
