/**
 * What a user may override per country (labels, units, bounds) lives in the domain now, beside
 * the workspace schema, so that one rule set checks a file, a share link, browser storage, the
 * CLI and the store's actions alike (issue #14). Re-exported here for the engine's callers.
 */
export {
  COUNTRY_PARAMETER_INFO,
  COUNTRY_PARAMETER_KEYS,
  validateOverride,
  type CountryParameterKey,
  type ParameterInfo,
} from '../../domain/workspace/override-rules';
