import { z } from 'zod';
import { sourcedRange, sourcedValue } from './provenance';

export const THERAPEUTIC_AREA_IDS = [
  'oncology',
  'cardiovascular',
  'cns',
  'metabolic',
  'infectious-disease',
  'immunology',
  'respiratory',
  'rare-disease',
] as const;
export const therapeuticAreaIdSchema = z.enum(THERAPEUTIC_AREA_IDS);
export type TherapeuticAreaId = z.infer<typeof therapeuticAreaIdSchema>;

/** Recruitment defaults for a therapeutic area; rates in patients per site per month. */
export const therapeuticAreaSchema = z.object({
  id: therapeuticAreaIdSchema,
  name: z.string().min(1),
  baseRatePerSiteMonth: sourcedRange('patients/site/month'),
  screenFailureRate: sourcedRange('fraction'),
  dropoutRate: sourcedRange('fraction'),
  notes: z.string().optional(),
});

export const therapeuticAreasFileSchema = z.object({
  /** All-area reference rate (industry Phase III median), for context. */
  overallBaseRatePerSiteMonth: sourcedRange('patients/site/month'),
  areas: z.array(therapeuticAreaSchema).min(1),
  /** Context: median number of sites in an industry Phase III trial. */
  medianSitesPerPhase3Trial: sourcedValue('sites').optional(),
});

export type TherapeuticArea = z.infer<typeof therapeuticAreaSchema>;
export type TherapeuticAreasFile = z.infer<typeof therapeuticAreasFileSchema>;
