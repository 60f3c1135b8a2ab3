import { z } from 'zod';
import { SCORECARD_CRITERIA } from './cros';

/** Weights of the composite scenario score; they are normalised when used, so any scale works. */
export const scoreWeightsSchema = z.object({
  speed: z.number().min(0).max(100),
  cost: z.number().min(0).max(100),
  feasibility: z.number().min(0).max(100),
  regional: z.number().min(0).max(100),
});

export const scorecardWeightsSchema = z.object(
  Object.fromEntries(SCORECARD_CRITERIA.map((c) => [c, z.number().min(0).max(100)])) as Record<
    (typeof SCORECARD_CRITERIA)[number],
    z.ZodNumber
  >,
);

/** Workspace-wide modelling settings; every one is a user input with a sensible default. */
export const settingsSchema = z.object({
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  monteCarloRuns: z.number().int().min(100).max(200_000),
  /** Share by which sites' self-reported enrolment estimates are discounted (optimism bias). */
  optimismDiscount: z.number().min(0).max(0.95),
  scoreWeights: scoreWeightsSchema,
  scorecardWeights: scorecardWeightsSchema,
  /** Sponsor facts needed by incentive rules (e.g. Australia's R&D Tax Incentive). */
  sponsor: z.object({
    aggregatedTurnoverAud: z.number().min(0).optional(),
    hasAustralianEntity: z.boolean().default(false),
  }),
});

/** A market the sponsor will file in, with the share of patients its regulator expects. */
export const filingMarketSchema = z.object({
  id: z.string().min(1).max(64, 'An id is at most 64 characters'),
  label: z.string().min(1).max(100),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/))
    .min(1, 'A filing market covers at least one country')
    .max(300),
  minShare: z.number().min(0).max(1),
  /** How the share was set: MHLW Method 1, a fixed rule, or the user's judgement. */
  basis: z.string().max(500).default(''),
});

/** Randomised patients actually enrolled per site to date, for re-forecasting. */
export const actualsSchema = z.object({
  asOf: z.string().max(10, 'Use a date written YYYY-MM-DD').optional(),
  rows: z
    .array(
      z.object({
        siteId: z.string().min(1).max(64, 'An id is at most 64 characters'),
        date: z.string().max(10, 'Use a date written YYYY-MM-DD'),
        randomised: z.number().int().min(0).max(100_000),
      }),
    )
    .max(1_000_000),
});

export type ScoreWeights = z.infer<typeof scoreWeightsSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type FilingMarket = z.infer<typeof filingMarketSchema>;
export type Actuals = z.infer<typeof actualsSchema>;
