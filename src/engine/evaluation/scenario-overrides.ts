import type { Triple } from './country-parameters';
import { COUNTRY_PARAMETER_KEYS, type CountryParameterKey } from './parameter-definitions';

/**
 * Per-scenario assumption overrides are stored as `key → number` in the scenario:
 * - `country:<ISO2>:<parameter>` — a country parameter's most likely value for this scenario
 *   only (e.g. `country:CN:regulatoryDays` = 90); min and max scale with it so the stated
 *   uncertainty keeps its shape.
 * - `study:screenFailureRate`, `study:dropoutRate`, `settings:optimismDiscount` — study-wide
 *   values for this scenario only.
 */
export type ScenarioOverrides = Record<string, number>;

export const countryOverrideKey = (iso2: string, key: CountryParameterKey) => `country:${iso2}:${key}`;

/** Applies a scenario's most-likely override to a triple, scaling min and max proportionally. */
export function applyModeOverride(value: Triple, mode: number | undefined): Triple {
  if (mode === undefined) return value;
  if (value.mode === 0) return { min: mode, mode, max: mode };
  const k = mode / value.mode;
  return { min: value.min * k, mode, max: value.max * k };
}

/** The scenario's overrides for one country, by parameter. */
export function countryScenarioOverrides(
  overrides: ScenarioOverrides,
  iso2: string,
): Partial<Record<CountryParameterKey, number>> {
  const out: Partial<Record<CountryParameterKey, number>> = {};
  for (const key of COUNTRY_PARAMETER_KEYS) {
    const v = overrides[countryOverrideKey(iso2, key)];
    if (v !== undefined) out[key] = v;
  }
  return out;
}
