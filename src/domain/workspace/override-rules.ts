import type { ReferenceCountry } from '../reference/index';

/**
 * What a user may override per country — label, unit and allowed range — and the checks every
 * boundary applies to overrides (a file, browser storage, a share link, the CLI, the store's
 * actions). Kept free of the regulatory clock (which loads ~1.4 MB of holiday calendars) so
 * screens and store actions that only need names and bounds stay light.
 */
export interface ParameterInfo {
  key: string;
  label: string;
  unit: (c: ReferenceCountry) => string;
  /** Smallest and largest values a user may enter (inclusive). */
  bounds: { min: number; max: number };
}

/** The smallest recruitment multiplier the UI, the schema and the engine accept. */
export const RECRUITMENT_MULTIPLIER_MIN = 0.05;

/** A start-up duration in days: up to about four years (longer is a typing slip, not a plan). */
const durationDays = <K extends string>(key: K, label: string): ParameterInfo & { key: K } => ({
  key,
  label,
  unit: () => 'days',
  bounds: { min: 0, max: 1500 },
});

/** A fee in the country's currency. */
const amountInCountryCurrency = <K extends string>(key: K, label: string): ParameterInfo & { key: K } => ({
  key,
  label,
  unit: (c) => c.currency,
  bounds: { min: 0, max: 1e9 },
});

/** Every country value a user may override, by key (the key stored in the workspace file). */
export const COUNTRY_PARAMETER_INFO = {
  regulatoryDays: durationDays('regulatoryDays', 'Regulatory review'),
  ethicsDays: durationDays('ethicsDays', 'Ethics review'),
  contractDays: durationDays('contractDays', 'Contract & budget'),
  initiationDays: durationDays('initiationDays', 'Site initiation'),
  pNeverActivate: {
    key: 'pNeverActivate',
    label: 'Sites never activating',
    unit: () => 'fraction',
    bounds: { min: 0, max: 0.99 },
  },
  // Not 0: a multiplier of 0 (or 1e-6) leaves a country that never recruits, which the site prior
  // refuses and which put P50 at 6e9 months (issue #14). 0.05 is already 20 times slower than the
  // area's base rate; a country that slow should be left out rather than modelled.
  recruitmentMultiplier: {
    key: 'recruitmentMultiplier',
    label: 'Recruitment multiplier',
    unit: () => '× area base rate',
    bounds: { min: RECRUITMENT_MULTIPLIER_MIN, max: 20 },
  },
  perPatientCostIndex: {
    key: 'perPatientCostIndex',
    label: 'Per-patient cost index (US = 1)',
    unit: () => 'ratio',
    bounds: { min: 0, max: 10 },
  },
  siteStartupFee: amountInCountryCurrency('siteStartupFee', 'Site start-up fee'),
  monitoringVisitCost: amountInCountryCurrency('monitoringVisitCost', 'Monitoring visit cost'),
  monthlySiteCost: amountInCountryCurrency('monthlySiteCost', 'Monthly site cost'),
} satisfies Record<string, ParameterInfo>;

export type CountryParameterKey = keyof typeof COUNTRY_PARAMETER_INFO;
export const COUNTRY_PARAMETER_KEYS = Object.keys(COUNTRY_PARAMETER_INFO) as CountryParameterKey[];

/**
 * Checks a user's override before it is stored: returns the reason it is refused, or null.
 * Refuses non-numbers, values outside the parameter's bounds and ranges with min > mode > max.
 */
export function validateOverride(key: CountryParameterKey, value: unknown): string | null {
  const info = (COUNTRY_PARAMETER_INFO as Record<string, ParameterInfo | undefined>)[key];
  // A key this release does not know (another release's parameter): finite and not negative.
  const { bounds, label } = info ?? { bounds: { min: 0, max: Number.MAX_VALUE }, label: 'Override' };
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

/**
 * Study-wide assumptions a scenario may override (`study:…`, `settings:…` keys), with the same
 * bounds as the study and settings schemas, so a scenario can never hold a value the workspace
 * itself would refuse.
 */
export const SCENARIO_STUDY_OVERRIDES = {
  'study:screenFailureRate': { label: 'Screen-failure rate', bounds: { min: 0, max: 0.95 } },
  'study:dropoutRate': { label: 'Dropout rate', bounds: { min: 0, max: 0.9 } },
  'settings:optimismDiscount': { label: 'Optimism discount', bounds: { min: 0, max: 0.95 } },
  'cost:usPerPatientUsd': { label: 'US per-patient grant (USD)', bounds: { min: 0, max: 1e7 } },
} as const satisfies Record<string, { label: string; bounds: { min: number; max: number } }>;

/** Longest override key accepted (the longest real key, `country:XX:monitoringVisitCost`, has 33). */
export const MAX_OVERRIDE_KEY_LENGTH = 100;

const COUNTRY_SCENARIO_KEY = /^country:([A-Z]{2}):([A-Za-z]+)$/;

/**
 * Checks one per-scenario override (`key → number`) before it is stored or when a file is read:
 * returns the reason it is refused, or null. Country keys (`country:<ISO2>:<parameter>`) take the
 * parameter's bounds; study keys their schema's bounds. Keys of other forms are kept for
 * forward compatibility (another release's assumption) but must be short, and the value finite
 * and not negative, which is all the engine assumes of them.
 */
export function validateScenarioOverride(key: string, value: unknown): string | null {
  if (key.length > MAX_OVERRIDE_KEY_LENGTH)
    return `Override key is longer than ${MAX_OVERRIDE_KEY_LENGTH} characters`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'The override must be a number.';
  const country = COUNTRY_SCENARIO_KEY.exec(key);
  if (key.startsWith('country:')) {
    const param = country?.[2];
    if (!country || !param || !(param in COUNTRY_PARAMETER_INFO))
      return `Unknown country assumption "${key.slice(0, 40)}"`;
    return validateOverride(param as CountryParameterKey, value);
  }
  const study = SCENARIO_STUDY_OVERRIDES[key as keyof typeof SCENARIO_STUDY_OVERRIDES];
  if (study) {
    if (value < study.bounds.min) return `${study.label}: value cannot be below ${study.bounds.min}`;
    if (value > study.bounds.max) return `${study.label}: value cannot exceed ${study.bounds.max}`;
    return null;
  }
  if (value < 0) return 'The override cannot be negative.';
  return null;
}
