import { z } from 'zod';
import { currencyCode, kebabId } from './ids';
import { provenanceSchema, sourcedValue } from './provenance';

/**
 * One tier of an R&D tax incentive. A company falls in the tier whose conditions it meets
 * (turnover in local currency, R&D intensity as a fraction of total expenses). The benefit is
 * either a flat `ratePercent` of eligible spend or the company tax rate plus `premiumPoints`.
 */
export const incentiveTierSchema = z.object({
  id: kebabId,
  label: z.string().min(1),
  refundable: z.boolean(),
  maxAggregatedTurnover: sourcedValue().optional(),
  minAggregatedTurnover: sourcedValue().optional(),
  maxRdIntensity: sourcedValue('fraction').optional(),
  minRdIntensity: sourcedValue('fraction').optional(),
  /** Flat credit as a percentage of eligible spend. */
  ratePercent: sourcedValue('%').optional(),
  /** Offset = company tax rate + this many percentage points. */
  premiumPoints: sourcedValue('percentage points').optional(),
  /** Worked example of the effective offset rate (e.g. 43.5% at a 25% tax rate). */
  exampleEffectiveRatePercent: sourcedValue('%').optional(),
  condition: z.string().min(1),
});

/** A government R&D incentive the cost engine can apply to eligible local spend. */
export const incentiveSchema = z.object({
  id: kebabId,
  name: z.string().min(1),
  kind: z.enum(['rd-tax-offset', 'rd-tax-credit']),
  currency: currencyCode,
  tiers: z.array(incentiveTierSchema).min(1),
  /** Company tax rates the offset premium is added to, when the scheme works that way. */
  companyTaxRatesPercent: z.array(sourcedValue('%')).optional(),
  minimumEligibleSpend: sourcedValue().optional(),
  maximumEligibleSpend: sourcedValue().optional(),
  overseasSpend: z.object({
    eligible: z.enum(['yes', 'no', 'conditional']),
    condition: z.string().min(1),
  }),
  provenance: provenanceSchema,
  notes: z.string().optional(),
});

export type Incentive = z.infer<typeof incentiveSchema>;
export type IncentiveTier = z.infer<typeof incentiveTierSchema>;
