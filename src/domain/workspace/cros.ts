import { z } from 'zod';
import { iso2, recordId } from './ids';

export const CRO_MODELS = ['full-service', 'fsp'] as const;
export const FX_POLICIES = ['pass-through', 'fixed-at-contract', 'hedged'] as const;
export const SCORECARD_CRITERIA = ['quality', 'capacity', 'regulatory', 'therapeutic', 'governance'] as const;

const score = z.number().min(0, 'Scores run from 0 to 5').max(5, 'Scores run from 0 to 5');

/** A CRO bid: who can run which countries, how it charges and how it rates on due diligence. */
export const croSchema = z.object({
  id: recordId,
  name: z.string().trim().min(1, 'CRO name is required').max(200),
  model: z.enum(CRO_MODELS),
  coverage: z.object({
    regions: z.array(z.string().max(100, 'A region name is at most 100 characters')).max(50).default([]),
    countries: z.array(iso2).max(300).default([]),
  }),
  fees: z.object({
    /** Management fee as a share of the direct costs it manages. */
    managementFeePct: z.number().min(0).max(1),
    /** USD per site per month of the site's open period. */
    monitoringPerSiteMonthUsd: z.number().min(0),
    /** Mark-up on pass-through costs (investigator grants, fees). */
    passThroughMarkupPct: z.number().min(0).max(1),
    fxPolicy: z.enum(FX_POLICIES),
  }),
  /** Multiplier on contract and initiation durations (0.8 = 20% faster than a sponsor-run start-up). */
  startupSpeedFactor: z.number().min(0.3).max(3),
  scorecard: z.object(
    Object.fromEntries(SCORECARD_CRITERIA.map((c) => [c, score])) as Record<
      (typeof SCORECARD_CRITERIA)[number],
      typeof score
    >,
  ),
  /**
   * 'unscored' = the scorecard holds defaults nobody entered (a v1 file had no scorecard; the
   * migration filled 3s), so its score must not be read as a due-diligence rating. Absent = scored.
   */
  scorecardStatus: z.enum(['scored', 'unscored']).optional(),
  /** Where the bid comes from; `fictional` marks invented examples such as the sample's CROs. */
  provenance: z
    .object({
      source: z.string().trim().min(1).max(500),
      fictional: z.boolean().default(false),
    })
    .optional(),
  notes: z.string().max(2000).default(''),
});

export type Cro = z.infer<typeof croSchema>;
export type ScorecardCriterion = (typeof SCORECARD_CRITERIA)[number];

/** Whether a CRO's bid covers a country: the country is listed, or its region is. */
export function croCovers(cro: Pick<Cro, 'coverage'>, iso2: string, region: string | undefined): boolean {
  return (
    cro.coverage.countries.includes(iso2) || (region !== undefined && cro.coverage.regions.includes(region))
  );
}
