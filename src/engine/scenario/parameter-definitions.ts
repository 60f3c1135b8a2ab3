import type { ReferenceCountry } from '../../domain/reference/index';

/**
 * What a user may override per country — label, unit and allowed range — without how the
 * reference value is found. Kept apart from country-parameters.ts (which runs the regulatory
 * clock and so loads the holiday calendars, ~1.4 MB) so screens and store actions that only
 * need names and bounds do not load the calendars on the main thread.
 */
export interface ParameterInfo {
  key: string;
  label: string;
  unit: (c: ReferenceCountry) => string;
  /** Smallest and largest values a user may enter (inclusive). */
  bounds: { min: number; max: number };
}

/** Every country value a user may override, by key (the key stored in the workspace file). */
export const COUNTRY_PARAMETER_INFO = {
  regulatoryDays: { key: 'regulatoryDays', label: 'Regulatory review', unit: () => 'days', bounds: { min: 0, max: 1500 } },
  ethicsDays: { key: 'ethicsDays', label: 'Ethics review', unit: () => 'days', bounds: { min: 0, max: 1500 } },
  contractDays: { key: 'contractDays', label: 'Contract & budget', unit: () => 'days', bounds: { min: 0, max: 1500 } },
  initiationDays: { key: 'initiationDays', label: 'Site initiation', unit: () => 'days', bounds: { min: 0, max: 1500 } },
  pNeverActivate: { key: 'pNeverActivate', label: 'Sites never activating', unit: () => 'fraction', bounds: { min: 0, max: 0.99 } },
  recruitmentMultiplier: { key: 'recruitmentMultiplier', label: 'Recruitment multiplier', unit: () => '× area base rate', bounds: { min: 0, max: 20 } },
  perPatientCostIndex: { key: 'perPatientCostIndex', label: 'Per-patient cost index (US = 1)', unit: () => 'ratio', bounds: { min: 0, max: 10 } },
  siteStartupFee: { key: 'siteStartupFee', label: 'Site start-up fee', unit: (c) => c.currency, bounds: { min: 0, max: 1e9 } },
  monitoringVisitCost: { key: 'monitoringVisitCost', label: 'Monitoring visit cost', unit: (c) => c.currency, bounds: { min: 0, max: 1e9 } },
  monthlySiteCost: { key: 'monthlySiteCost', label: 'Monthly site cost', unit: (c) => c.currency, bounds: { min: 0, max: 1e9 } },
} satisfies Record<string, ParameterInfo>;

export type CountryParameterKey = keyof typeof COUNTRY_PARAMETER_INFO;
export const COUNTRY_PARAMETER_KEYS = Object.keys(COUNTRY_PARAMETER_INFO) as CountryParameterKey[];

/**
 * Checks a user's override before it is stored: returns the reason it is refused, or null.
 * Refuses non-numbers, values outside the parameter's bounds and ranges with min > mode > max.
 */
export function validateOverride(key: CountryParameterKey, value: unknown): string | null {
  const { bounds, label } = COUNTRY_PARAMETER_INFO[key] as ParameterInfo;
  const check = (n: unknown, what: string): string | null => {
    if (typeof n !== 'number' || !Number.isFinite(n)) return `${label}: ${what} must be a number`;
    if (n < bounds.min) return `${label}: ${what} cannot be below ${bounds.min}`;
    if (n > bounds.max) return `${label}: ${what} cannot exceed ${bounds.max}`;
    return null;
  };
  if (typeof value === 'object' && value !== null && 'min' in value) {
    const r = value as Record<string, unknown>;
    const problem = check(r.min, 'minimum') ?? check(r.mode, 'most likely') ?? check(r.max, 'maximum');
    if (problem) return problem;
    if ((r.min as number) > (r.mode as number) || (r.mode as number) > (r.max as number)) {
      return `${label}: the range must satisfy minimum ≤ most likely ≤ maximum`;
    }
    return null;
  }
  return check(value, 'value');
}
