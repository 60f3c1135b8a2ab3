import type { ReferenceCountry } from './load';
import type { SourcedValueOrRange } from './provenance';

/** A country value the user may override, by its dotted path in the country record. */
export interface CountryField {
  path: string;
  label: string;
  /** "days", "fraction", "ratio", "multiplier" or "currency" (the country's own currency). */
  unit: 'days' | 'fraction' | 'ratio' | 'multiplier' | 'currency';
}

/** The per-country numbers the Countries screen shows and lets the user override. */
export const COUNTRY_FIELDS: readonly CountryField[] = [
  { path: 'contractDays', label: 'Contract & budget (days)', unit: 'days' },
  { path: 'initiationDays', label: 'Site initiation (days)', unit: 'days' },
  { path: 'pNeverActivate', label: 'Sites never activating', unit: 'fraction' },
  { path: 'costs.perPatientCostIndexVsUS', label: 'Per-patient cost index (US = 1)', unit: 'ratio' },
  { path: 'costs.siteStartupFee', label: 'Site start-up fee', unit: 'currency' },
  { path: 'costs.monitoringVisitCost', label: 'Monitoring visit cost', unit: 'currency' },
  { path: 'costs.monthlySiteCost', label: 'Monthly site cost', unit: 'currency' },
  { path: 'recruitment.overallMultiplier', label: 'Recruitment multiplier', unit: 'multiplier' },
];

function isProvenanceValue(x: unknown): x is SourcedValueOrRange {
  return typeof x === 'object' && x !== null && 'source' in x && ('value' in x || 'mode' in x);
}

/**
 * The sourced value or range at a dotted path of a country record (e.g. "costs.siteStartupFee"),
 * or undefined when the path does not lead to one.
 */
export function countryValueAt(country: ReferenceCountry, path: string): SourcedValueOrRange | undefined {
  let node: unknown = country;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return isProvenanceValue(node) ? node : undefined;
}
