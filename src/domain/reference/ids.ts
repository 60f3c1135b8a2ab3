import { z } from 'zod';

/** Lower-kebab identifiers for authorities, pathways, steps, gates and therapeutic areas. */
export const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-kebab-case');

/** ISO 3166-1 alpha-2 country code, upper case. */
export const iso2Code = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code (e.g. "JP")');

/** ISO 4217 currency code. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code (e.g. "EUR")');

/** ISO date YYYY-MM-DD. */
export const isoDateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');
