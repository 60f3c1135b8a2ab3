import type { CountrySelection, OverrideValue } from '../../domain/workspace/index';
import type {
  Pathway,
  Provenance,
  ReferenceCountry,
  SourcedValueOrRange,
} from '../../domain/reference/index';
import { asTriple } from '../../domain/reference/index';
import type { Tri } from '../forecast/types';
import { computeClock } from '../regulatory/index';
import { daysBetween } from '../../domain/dates';
import {
  COUNTRY_PARAMETER_INFO,
  COUNTRY_PARAMETER_KEYS,
  type CountryParameterKey,
  type ParameterInfo,
} from './parameter-definitions';

export { COUNTRY_PARAMETER_KEYS, validateOverride, type CountryParameterKey } from './parameter-definitions';

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
  /** Holiday calendar for the clock instead of the pathway's (the EU reporting member state's). */
  holidayCalendar?: string;
}

interface ParameterDefinition extends ParameterInfo {
  reference: (
    c: ReferenceCountry,
    ctx: ParameterContext,
  ) => Omit<ResolvedParameter, 'key' | 'label' | 'unit'>;
}

const fromSourced = (v: SourcedValueOrRange) => {
  const {
    value: _v,
    min: _a,
    mode: _b,
    max: _c,
    unit: _u,
    ...provenance
  } = v as SourcedValueOrRange & Record<string, unknown>;
  return { value: asTriple(v), origin: { kind: 'reference', provenance: provenance as Provenance } as const };
};

/**
 * Regulatory review duration from the clock engine: the statutory decision date is the minimum,
 * the decision with every RFI / clock-stop allowance used is the maximum, and the most likely is
 * half-way (sponsors usually get at least one request for information). Calendar days from the
 * planned submission, so holidays and day types are honoured.
 */
function regulatoryReference(ctx: ParameterContext) {
  const clock = computeClock(
    ctx.pathway,
    ctx.submission,
    ctx.holidayCalendar !== undefined ? { holidayCalendar: ctx.holidayCalendar } : {},
  );
  const min = daysBetween(ctx.submission, clock.decision);
  const max = daysBetween(ctx.submission, clock.decisionWithRfi);
  return {
    value: { min, mode: Math.round((min + max) / 2), max },
    origin: {
      kind: 'derived' as const,
      explanation: `${ctx.pathway.name}${ctx.holidayCalendar !== undefined ? ` (working days on ${ctx.holidayCalendar}'s holidays)` : ''}: statutory decision ${clock.decision} (${min} d); with maximum RFI ${clock.decisionWithRfi} (${max} d); most likely taken half-way.`,
      provenance: ctx.pathway.provenance,
    },
  };
}

/** How each parameter's reference value is found (labels, units and bounds: parameter-definitions.ts). */
const REFERENCE: Record<CountryParameterKey, ParameterDefinition['reference']> = {
  regulatoryDays: (_c, ctx) => regulatoryReference(ctx),
  ethicsDays: (c, ctx) => fromSourced(c.ethics?.durationDays ?? ctx.pathway.ethics.durationDays),
  contractDays: (c) => fromSourced(c.contractDays),
  initiationDays: (c) => fromSourced(c.initiationDays),
  pNeverActivate: (c) => fromSourced(c.pNeverActivate),
  recruitmentMultiplier: (c, ctx) =>
    fromSourced(
      c.recruitment.byArea[ctx.therapeuticArea as keyof typeof c.recruitment.byArea] ??
        c.recruitment.overallMultiplier,
    ),
  perPatientCostIndex: (c) => fromSourced(c.costs.perPatientCostIndexVsUS),
  siteStartupFee: (c) => fromSourced(c.costs.siteStartupFee),
  monitoringVisitCost: (c) => fromSourced(c.costs.monitoringVisitCost),
  monthlySiteCost: (c) => fromSourced(c.costs.monthlySiteCost),
};

/** Every country value a user may override, with how its reference value is found. */
export const COUNTRY_PARAMETERS = Object.fromEntries(
  COUNTRY_PARAMETER_KEYS.map((k) => [k, { ...COUNTRY_PARAMETER_INFO[k], reference: REFERENCE[k] }]),
) as Record<CountryParameterKey, ParameterDefinition>;

const asTripleOverride = (v: OverrideValue): Triple =>
  typeof v === 'number' ? { min: v, mode: v, max: v } : v;

/** One parameter of a country: the user's override when there is one, else the reference value. */
export function resolveParameter(
  key: CountryParameterKey,
  country: ReferenceCountry,
  selection: CountrySelection | undefined,
  ctx: ParameterContext,
): ResolvedParameter {
  const def = COUNTRY_PARAMETERS[key];
  const reference = def.reference(country, ctx);
  const override = selection?.overrides[key];
  const base = { key, label: def.label, unit: def.unit(country) };
  if (!override) return { ...base, ...reference };
  return {
    ...base,
    value: asTripleOverride(override.value),
    origin: {
      kind: 'override',
      reference: reference.value,
      ...(override.note ? { note: override.note } : {}),
    },
  };
}

/** All parameters of a country, resolved. */
export function resolveCountryParameters(
  country: ReferenceCountry,
  selection: CountrySelection | undefined,
  ctx: ParameterContext,
): Record<CountryParameterKey, ResolvedParameter> {
  return Object.fromEntries(
    COUNTRY_PARAMETER_KEYS.map((k) => [k, resolveParameter(k, country, selection, ctx)]),
  ) as Record<CountryParameterKey, ResolvedParameter>;
}
