import type { CountrySelection, OverrideValue } from '../../domain/workspace/index';
import type { Pathway, Provenance, ReferenceCountry, SourcedValueOrRange } from '../../domain/reference/index';
import { asTriple } from '../../domain/reference/index';
import type { Tri } from '../forecast/types';
import { computeClock } from '../regulatory/index';
import { daysBetween } from '../../domain/dates';

/** A number with its uncertainty: min / most likely / max (a point value has all three equal). */
export type Triple = Tri;

/** Where a parameter's value came from, for the provenance shown on hover and in reports. */
export type ParameterOrigin =
  | { kind: 'reference'; provenance: Provenance }
  | { kind: 'derived'; explanation: string; provenance: Provenance }
  | { kind: 'override'; note?: string; reference: Triple };

export interface ResolvedParameter {
  key: CountryParameterKey;
  label: string;
  unit: string;
  value: Triple;
  origin: ParameterOrigin;
}

export interface ParameterContext {
  therapeuticArea: string;
  /** ISO date the regulatory clocks start from (the study's planned first submission). */
  submission: string;
  pathway: Pathway;
}

interface ParameterDefinition {
  key: string;
  label: string;
  unit: (c: ReferenceCountry) => string;
  /** Smallest and largest values a user may enter (inclusive). */
  bounds: { min: number; max: number };
  reference: (c: ReferenceCountry, ctx: ParameterContext) => Omit<ResolvedParameter, 'key' | 'label' | 'unit'>;
}

const fromSourced = (v: SourcedValueOrRange) => {
  const { value: _v, min: _a, mode: _b, max: _c, unit: _u, ...provenance } = v as SourcedValueOrRange & Record<string, unknown>;
  return { value: asTriple(v), origin: { kind: 'reference', provenance: provenance as Provenance } as const };
};

/**
 * Regulatory review duration from the clock engine: the statutory decision date is the minimum,
 * the decision with every RFI / clock-stop allowance used is the maximum, and the most likely is
 * half-way (sponsors usually get at least one request for information). Calendar days from the
 * planned submission, so holidays and day types are honoured.
 */
function regulatoryReference(ctx: ParameterContext) {
  const clock = computeClock(ctx.pathway, ctx.submission);
  const min = daysBetween(ctx.submission, clock.decision);
  const max = daysBetween(ctx.submission, clock.decisionWithRfi);
  return {
    value: { min, mode: Math.round((min + max) / 2), max },
    origin: {
      kind: 'derived' as const,
      explanation: `${ctx.pathway.name}: statutory decision ${clock.decision} (${min} d); with maximum RFI ${clock.decisionWithRfi} (${max} d); most likely taken half-way.`,
      provenance: ctx.pathway.provenance,
    },
  };
}

/** Every country value a user may override, by key (the key stored in the workspace file). */
export const COUNTRY_PARAMETERS = {
  regulatoryDays: {
    key: 'regulatoryDays',
    label: 'Regulatory review',
    unit: () => 'days',
    bounds: { min: 0, max: 1500 },
    reference: (_c, ctx) => regulatoryReference(ctx),
  },
  ethicsDays: {
    key: 'ethicsDays',
    label: 'Ethics review',
    unit: () => 'days',
    bounds: { min: 0, max: 1500 },
    reference: (c, ctx) => fromSourced(c.ethics?.durationDays ?? ctx.pathway.ethics.durationDays),
  },
  contractDays: { key: 'contractDays', label: 'Contract & budget', unit: () => 'days', bounds: { min: 0, max: 1500 }, reference: (c) => fromSourced(c.contractDays) },
  initiationDays: { key: 'initiationDays', label: 'Site initiation', unit: () => 'days', bounds: { min: 0, max: 1500 }, reference: (c) => fromSourced(c.initiationDays) },
  pNeverActivate: { key: 'pNeverActivate', label: 'Sites never activating', unit: () => 'fraction', bounds: { min: 0, max: 0.99 }, reference: (c) => fromSourced(c.pNeverActivate) },
  recruitmentMultiplier: {
    key: 'recruitmentMultiplier',
    label: 'Recruitment multiplier',
    unit: () => '× area base rate',
    bounds: { min: 0, max: 20 },
    reference: (c, ctx) => fromSourced(c.recruitment.byArea[ctx.therapeuticArea as keyof typeof c.recruitment.byArea] ?? c.recruitment.overallMultiplier),
  },
  perPatientCostIndex: { key: 'perPatientCostIndex', label: 'Per-patient cost index (US = 1)', unit: () => 'ratio', bounds: { min: 0, max: 10 }, reference: (c) => fromSourced(c.costs.perPatientCostIndexVsUS) },
  siteStartupFee: { key: 'siteStartupFee', label: 'Site start-up fee', unit: (c) => c.currency, bounds: { min: 0, max: 1e9 }, reference: (c) => fromSourced(c.costs.siteStartupFee) },
  monitoringVisitCost: { key: 'monitoringVisitCost', label: 'Monitoring visit cost', unit: (c) => c.currency, bounds: { min: 0, max: 1e9 }, reference: (c) => fromSourced(c.costs.monitoringVisitCost) },
  monthlySiteCost: { key: 'monthlySiteCost', label: 'Monthly site cost', unit: (c) => c.currency, bounds: { min: 0, max: 1e9 }, reference: (c) => fromSourced(c.costs.monthlySiteCost) },
} satisfies Record<string, ParameterDefinition>;

export type CountryParameterKey = keyof typeof COUNTRY_PARAMETERS;
export const COUNTRY_PARAMETER_KEYS = Object.keys(COUNTRY_PARAMETERS) as CountryParameterKey[];

const asTripleOverride = (v: OverrideValue): Triple => (typeof v === 'number' ? { min: v, mode: v, max: v } : v);

/** One parameter of a country: the user's override when there is one, else the reference value. */
export function resolveParameter(
  key: CountryParameterKey,
  country: ReferenceCountry,
  selection: CountrySelection | undefined,
  ctx: ParameterContext,
): ResolvedParameter {
  const def: ParameterDefinition = COUNTRY_PARAMETERS[key];
  const reference = def.reference(country, ctx);
  const override = selection?.overrides[key];
  const base = { key, label: def.label, unit: def.unit(country) };
  if (!override) return { ...base, ...reference };
  return {
    ...base,
    value: asTripleOverride(override.value),
    origin: { kind: 'override', reference: reference.value, ...(override.note ? { note: override.note } : {}) },
  };
}

/** All parameters of a country, resolved. */
export function resolveCountryParameters(
  country: ReferenceCountry,
  selection: CountrySelection | undefined,
  ctx: ParameterContext,
): Record<CountryParameterKey, ResolvedParameter> {
  return Object.fromEntries(COUNTRY_PARAMETER_KEYS.map((k) => [k, resolveParameter(k, country, selection, ctx)])) as Record<
    CountryParameterKey,
    ResolvedParameter
  >;
}

/**
 * Checks a user's override before it is stored: returns the reason it is refused, or null.
 * Refuses non-numbers, values outside the parameter's bounds and ranges with min > mode > max.
 */
export function validateOverride(key: CountryParameterKey, value: unknown): string | null {
  const { bounds, label } = COUNTRY_PARAMETERS[key] as ParameterDefinition;
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
