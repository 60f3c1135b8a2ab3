import { z } from 'zod';
import { iso2, recordId } from './ids';

export const SITE_TYPES = ['academic', 'community', 'private'] as const;

/** A principal investigator. One PI can lead several sites; PI attributes show on each of them. */
export const investigatorSchema = z.object({
  id: recordId,
  name: z.string().trim().min(1, 'PI name is required').max(200),
  specialty: z.string().max(200).default(''),
  /** Trials run in this therapeutic area (count). */
  trialsInArea: z.number().int().min(0).max(1000).default(0),
  /** Historical randomised patients per month in comparable trials; absent when unknown. */
  pastEnrollmentPerMonth: z.number().min(0).max(100).optional(),
  /** Inspection findings, audit issues, GCP concerns… */
  qualityFlags: z.array(z.string().max(200)).max(50).default([]),
});

/** A candidate or selected site. Rates are patients/month. */
export const siteSchema = z.object({
  id: recordId,
  name: z.string().trim().min(1, 'Site name is required').max(300),
  country: iso2,
  city: z.string().max(200).default(''),
  investigatorId: recordId.optional(),
  siteType: z.enum(SITE_TYPES).default('academic'),
  /** The site's own feasibility estimate of randomised patients per month (known to be optimistic). */
  selfEstimatePerMonth: z.number().min(0).max(100).optional(),
  /** Competing trials recruiting the same population at this site. */
  competingTrials: z.number().int().min(0).max(100).default(0),
  /** Days from selection to activation in this site's most recent comparable trial. */
  lastStartupDays: z.number().int().min(0).max(2000).optional(),
  /** Maximum randomised patients this site may enrol (protocol or site capacity). */
  capPatients: z.number().int().min(0).max(1_000_000).optional(),
  qualityFlags: z.array(z.string().max(200)).max(50).default([]),
});

export type Investigator = z.infer<typeof investigatorSchema>;
export type Site = z.infer<typeof siteSchema>;
