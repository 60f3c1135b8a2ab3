export { MET_PROBABILITY, AT_RISK_PROBABILITY } from './assumptions';
export {
  countryMixInputs,
  mixtureRateMoments,
  uniformFromMoments,
  type CountryMixInput,
  type CountryInputOptions,
} from './country-inputs';
export { buildOptimizerSpec, type BuiltSpec, type MixCountryBound, type MixRequest } from './build-spec';
export {
  optimizeWorkspaceMix,
  type WorkspaceMixOptions,
  type WorkspaceMixResult,
  type WorkspaceMixStage,
} from './run';
export { droppedCountries, type DroppedCountry } from './dropped';
export { scenarioFromMix, optimisedScenarioName, uniqueScenarioName, type AdoptOptions } from './adopt';
export {
  scenarioMarketShares,
  marketStatus,
  type MarketShareReport,
  type MarketSharesResult,
  type MarketStatus,
} from './market-shares';
