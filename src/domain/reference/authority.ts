import { z } from 'zod';
import { iso2Code, kebabId } from './ids';
import { provenanceSchema } from './provenance';

/** A regulator (or, for the EU, the CTR system run through CTIS with member-state Part II). */
export const authoritySchema = z.object({
  id: kebabId,
  name: z.string().min(1),
  shortName: z.string().min(1),
  /** Jurisdictions it covers (ISO2); the EU authority lists every member state and EEA user. */
  jurisdictions: z.array(iso2Code).min(1),
  website: z.url().optional(),
  notes: z.string().optional(),
  provenance: provenanceSchema,
});

export type Authority = z.infer<typeof authoritySchema>;
