import { z } from 'zod';
import { currencyCode } from './ids';
import { sourcedValue } from './provenance';

/** Units of local currency per 1 USD, with provenance (rates are illustrative unless sourced). */
export const fxFileSchema = z.object({
  base: z.literal('USD'),
  rates: z.record(currencyCode, sourcedValue()),
});
export type FxFile = z.infer<typeof fxFileSchema>;
export type FxRate = FxFile['rates'][string];

export const metaSchema = z.object({
  dataset: z.string(),
  version: z.string(),
  updated: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  description: z.string(),
  sources: z
    .array(
      z.object({
        id: z.string().min(1),
        citation: z.string().min(1),
        url: z.url().optional(),
        usedFor: z.string().min(1),
        confidence: z.enum(['high', 'medium', 'low']),
      }),
    )
    .min(1),
});
export type ReferenceMeta = z.infer<typeof metaSchema>;
