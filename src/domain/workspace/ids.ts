import { z } from 'zod';

/** Record ids: short, stable, human-readable where the user gives them (e.g. "US-014"). */
export const recordId = z
  .string()
  .trim()
  .min(1, 'An id is required')
  .max(64, 'An id is at most 64 characters');

/** ISO 3166-1 alpha-2 country code, upper case. */
export const iso2 = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter ISO country code such as "US"');

/** ISO 4217 currency code. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as "USD"');

/** A probability or a share in [0, 1]. */
export const fraction = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .min(0, `${label} cannot be below 0`)
    .max(1, `${label} cannot exceed 1`);

/** A fresh id with a readable prefix; uniqueness within a workspace is all that matters. */
export function newId(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 8);
  return `${prefix}-${Date.now().toString(36)}${random}`;
}
