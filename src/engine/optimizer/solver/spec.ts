/**
 * Input of the country-mix optimizer (`mrct optimize FILE`, the worker): validated by zod so that
 * every error names its JSON path.
 */
import { z } from 'zod';

const nonNegative = z.number().finite().nonnegative();

/** Slowest site rate the optimizer takes (patients/site/month): 1e-315 underflowed to NaN. */
export const MIN_RATE_MEAN = 1e-4;
/** Largest between-site coefficient of variation of the rate. */
export const MAX_RATE_CV = 100;
/** Longest enrolment window the optimizer takes, months. */
export const MAX_WINDOW_MONTHS = 1200;

const opensAtSchema = z.union([
  nonNegative,
  z
    .object({ uniform: z.tuple([nonNegative, nonNegative]) })
    .strict()
    .refine((o) => o.uniform[0] <= o.uniform[1], {
      message: 'uniform: [a, b] needs a ≤ b',
      path: ['uniform'],
    }),
]);

export const countrySpecSchema = z
  .object({
    id: z.string().min(1),
    /** mean enrolment rate, patients/site/month */
    rateMean: z
      .number()
      .finite()
      .min(MIN_RATE_MEAN, `must be ≥ ${MIN_RATE_MEAN} patients per site per month`),
    /** between-site variance of the rate, (patients/site/month)²; 0 = every site has rateMean */
    rateVariance: nonNegative,
    minSites: z.number().int().nonnegative().default(0),
    maxSites: z.number().int().nonnegative(),
    /** USD per site, once */
    siteStartupCost: nonNegative.default(0),
    /** USD per open site per month */
    siteMonthlyCost: nonNegative.default(0),
    /** USD per non-dropout patient */
    perPatientCost: nonNegative.default(0),
    /** fraction of enrolled patients who drop out, [0, 1) */
    dropoutRate: z.number().min(0).lt(1).default(0),
    /** month the site opens (from study start): a number, or {uniform: [a, b]} */
    opensAt: opensAtSchema.default(0),
  })
  .strict()
  .refine((c) => c.minSites <= c.maxSites, { message: 'minSites must be ≤ maxSites', path: ['minSites'] })
  // A coefficient of variation above 100 is no longer a rate distribution: the gamma shape
  // underflows and P(success) became NaN (found by tests/unit/fuzz/boundaries.fuzz.test.ts).
  .refine((c) => c.rateVariance <= MAX_RATE_CV ** 2 * c.rateMean ** 2, {
    message: `rateVariance must be ≤ ${MAX_RATE_CV ** 2} × rateMean² (coefficient of variation ≤ ${MAX_RATE_CV})`,
    path: ['rateVariance'],
  });

export const regionSpecSchema = z
  .object({
    id: z.string().min(1),
    countries: z.array(z.string().min(1)).min(1),
    /** required share of expected non-dropout patients, (0, 1] */
    minShare: z.number().gt(0).max(1),
    /** optional: P(achieved share ≥ minShare) must be ≥ this (≥ 0.5), from the normal approximation */
    minProbability: z.number().min(0.5).lt(1).optional(),
  })
  .strict();

export const optimizerSpecSchema = z
  .object({
    /** patients who must complete (not drop out) */
    target: z.number().int().positive(),
    /**
     * enrolment window, months from study start. At most 1,200 (100 years): a window of 1e308
     * months overflowed the cost and the moments and reported P(success) 0 (issue #14).
     */
    windowMonths: z
      .number()
      .finite()
      .positive()
      .max(MAX_WINDOW_MONTHS, `must be ≤ ${MAX_WINDOW_MONTHS} months (100 years)`),
    /** required P(target reached within the window); ≥ 0.5 */
    successProbability: z.number().min(0.5).lt(1).default(0.85),
    /** optional budget (USD): switches to the dual — the most likely mix to finish within budget */
    budget: z.number().finite().positive().optional(),
    countries: z.array(countrySpecSchema).min(1),
    regions: z.array(regionSpecSchema).default([]),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const ids = new Set<string>();
    spec.countries.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({
          code: 'custom',
          message: `duplicate country id "${c.id}"`,
          path: ['countries', i, 'id'],
        });
      ids.add(c.id);
    });
    spec.regions.forEach((r, i) =>
      r.countries.forEach((id, j) => {
        if (!ids.has(id))
          ctx.addIssue({
            code: 'custom',
            message: `unknown country "${id}"`,
            path: ['regions', i, 'countries', j],
          });
      }),
    );
  });

export type OptimizerSpecInput = z.input<typeof optimizerSpecSchema>;
export type OptimizerSpec = z.output<typeof optimizerSpecSchema>;
export type CountrySpec = z.output<typeof countrySpecSchema>;
export type RegionSpec = z.output<typeof regionSpecSchema>;

/** Formats zod issues as "path: message" lines (path in JSON-pointer-ish dotted form). */
export function formatSpecIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return `${path ? `$${path}` : '$'}: ${issue.message}`;
  });
}
