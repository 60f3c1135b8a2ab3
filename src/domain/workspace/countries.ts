import { z } from 'zod';
import { iso2 } from './ids';

/** A user's own number replacing a reference value: a point or a min / most likely / max range. */
export const overrideValue = z.union([
  z.number({ error: 'Override must be a number' }),
  z
    .object({ min: z.number(), mode: z.number(), max: z.number() })
    .refine((r) => r.min <= r.mode && r.mode <= r.max, 'Range must satisfy min ≤ most likely ≤ max'),
]);

export const countryOverride = z.object({
  value: overrideValue,
  note: z.string().max(500).optional(),
  updatedAt: z.string().max(40).optional(),
});

/**
 * A country the workspace considers. `overrides` maps a reference field path (e.g.
 * "contractDays", "costs.siteStartupFee") to the user's value; the reference value stays intact
 * so "reset to reference" is just deleting the key.
 */
export const countrySelectionSchema = z.object({
  iso2,
  pathwayId: z.string().max(64).optional(),
  overrides: z.record(z.string(), countryOverride).default({}),
});

export type OverrideValue = z.infer<typeof overrideValue>;
export type CountryOverride = z.infer<typeof countryOverride>;
export type CountrySelection = z.infer<typeof countrySelectionSchema>;
