export { sitePrior, describeSitePrior } from './site-prior';
export type { SitePrior, SitePriorInput, PriorTerm } from './site-prior';
export { gammaQuantile, probabilityNoPatient } from './gamma-quantile';
export { PRIOR_ASSUMPTIONS } from './assumptions';
export type { PriorAssumptions } from './assumptions';
