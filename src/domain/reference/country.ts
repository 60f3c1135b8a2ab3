import { z } from 'zod';
import { currencyCode, iso2Code, kebabId } from './ids';
import { incentiveSchema } from './incentive';
import { ethicsModelSchema } from './pathway';
import { provenanceSchema, sourcedRange, sourcedValue, sourcedValueOrRange } from './provenance';
import { therapeuticAreaIdSchema } from './therapeutic-area';

export const REGIONS = [
  'North America',
  'Latin America',
  'Western Europe',
  'Eastern Europe',
  'Asia-Pacific',
  'Middle East & Africa',
] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;

/** Country-level costs; money in the country's own currency (see `currency` and fx.json). */
export const countryCostsSchema = z.object({
  /** Per-patient site grant level relative to the US (US = 1). */
  perPatientCostIndexVsUS: sourcedRange('ratio'),
  siteStartupFee: sourcedRange(),
  monitoringVisitCost: sourcedRange(),
  monthlySiteCost: sourcedRange(),
  regulatoryFee: sourcedValue().optional(),
  ethicsFee: sourcedValue().optional(),
});

/**
 * Recruitment productivity as multipliers on a therapeutic area's base rate. `byArea[area]`,
 * when present, replaces `overallMultiplier` for that area.
 */
export const countryRecruitmentSchema = z.object({
  overallMultiplier: sourcedRange('multiplier'),
  byArea: z.partialRecord(therapeuticAreaIdSchema, sourcedValueOrRange('multiplier')),
  screenFailureRate: sourcedValue('fraction').optional(),
  shareOfSitesRandomisingAtMostOne: sourcedValue('fraction').optional(),
  emaPivotalPatientsPerSite: sourcedValue('patients/site').optional(),
});

/** National ethics arrangements (for EU states: the Part II assessment under the CTR). */
export const countryEthicsSchema = z.object({
  model: ethicsModelSchema,
  body: z.string().min(1),
  durationDays: sourcedRange('days').optional(),
  governanceDays: sourcedRange('days').optional(),
  provenance: provenanceSchema,
});

export const countrySchema = z.object({
  iso2: iso2Code,
  name: z.string().min(1),
  region: regionSchema,
  euMember: z.boolean(),
  authorityId: kebabId,
  /** National competent authority when the pathway is a supranational one (EU CTR). */
  nationalCompetentAuthority: z.string().optional(),
  /** First = default pathway. */
  pathwayIds: z.array(kebabId).min(1),
  currency: currencyCode,
  ethics: countryEthicsSchema.optional(),
  /** Contract and budget negotiation with a site, calendar days. */
  contractDays: sourcedRange('days'),
  /** Site initiation after approvals and contract (SIV, green light), calendar days. */
  initiationDays: sourcedRange('days'),
  /** Share of selected sites that never activate (0–1). */
  pNeverActivate: sourcedValueOrRange('fraction'),
  /** Published median, site selection to activation, calendar days (benchmark only). */
  siteActivationMedianDays: sourcedValue('days').optional(),
  costs: countryCostsSchema,
  recruitment: countryRecruitmentSchema,
  incentives: z.array(incentiveSchema),
  localPatientsRequiredForFiling: z
    .object({ required: z.boolean(), note: z.string().min(1), provenance: provenanceSchema })
    .optional(),
  /** Trial site-years per million population (Drain et al. 2018), by income group. */
  competitionDensity: sourcedValue('site-years per million population').optional(),
  notes: z.string(),
});

export type Country = z.infer<typeof countrySchema>;
export type CountryCosts = z.infer<typeof countryCostsSchema>;
